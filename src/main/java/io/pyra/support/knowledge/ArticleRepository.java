package io.pyra.support.knowledge;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleRepository extends JpaRepository<Article, UUID> {}
