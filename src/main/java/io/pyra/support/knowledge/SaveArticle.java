package io.pyra.support.knowledge;

import java.util.List;

/**
 * An article as typed: title (1–200 characters), body in Markdown (1–100,000), the category's code
 * (none: uncategorised), up to 20 tags of up to 40 characters, the language ({@code en} or {@code
 * zh-CN}), the audience ({@code INTERNAL} when not given) and the version the change was made on
 * ({@code null} for a new article, or not to check).
 */
public record SaveArticle(
    String title,
    String body,
    String category,
    List<String> tags,
    String language,
    String audience,
    Long version) {}
