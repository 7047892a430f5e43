package io.pyra.support.web;

import io.pyra.support.knowledge.Articles;
import io.pyra.support.knowledge.SaveArticle;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An article to create or to replace as a whole. */
record ArticleRequest(
    @Schema(description = "1 to 200 characters") @Size(max = Articles.TITLE_MAX) String title,
    @Schema(description = "Markdown, 1 to 100,000 characters; raw HTML is shown as text")
        @Size(max = Articles.BODY_MAX)
        String body,
    @Schema(description = "a category's code; empty or left out: none") @Size(max = 60)
        String category,
    @Schema(description = "up to 20 tags of up to 40 characters; repeats (case ignored) count once")
        @Size(max = Articles.TAGS_MAX)
        List<@Size(max = Articles.TAG_MAX) String> tags,
    @Schema(description = "en or zh-CN") @Size(max = 10) String language,
    @Schema(description = "INTERNAL (the default) or CUSTOMER (customer-visible)") @Size(max = 10)
        String audience) {

  SaveArticle command(Long version) {
    return new SaveArticle(title, body, category, tags, language, audience, version);
  }
}
