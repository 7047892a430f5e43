package io.pyra.support.knowledge;

import io.pyra.platform.taxonomy.TermStore;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleCategoryRepository
    extends JpaRepository<ArticleCategory, UUID>, TermStore<ArticleCategory> {}
