package io.pyra.support.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Markdown becomes HTML that cannot run a script or carry a style into the page. */
class ArticleMarkdownTests {

  @Test
  void markdownBecomesHtml() {
    String html =
        ArticleMarkdown.html("# Refunds\n\nSee **the form** and [the policy](https://x.test/p).");
    assertThat(html)
        .contains("<h1>Refunds</h1>")
        .contains("<strong>the form</strong>")
        .contains(
            "<a rel=\"nofollow noopener noreferrer\" href=\"https://x.test/p\">the policy</a>");
  }

  @Test
  void rawHtmlIsShownAsTextNeverRun() {
    String html =
        ArticleMarkdown.html(
            "<script>alert(1)</script>\n\nHi <img src=x onerror=alert(2)> and"
                + " <span style=\"color:red\">red</span>\n\n<div onclick=\"x()\">block</div>");
    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<span")
        .doesNotContain("<div")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&lt;img src=x onerror=alert(2)&gt;");
  }

  @Test
  void scriptAddressesAreDroppedFromLinksAndImages() {
    String html =
        ArticleMarkdown.html(
            "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) [c](java\tscript:alert(3))"
                + " ![d](data:text/html;base64,PHNjcmlwdD4=) [e](vbscript:x) [f](/knowledge)"
                + " [g](mailto:help@pyra.test)");
    assertThat(html.toLowerCase())
        .doesNotContain("javascript:")
        .doesNotContain("vbscript:")
        .doesNotContain("data:");
    assertThat(html).contains("href=\"/knowledge\"").contains("href=\"mailto:help@pyra.test\"");
  }

  @Test
  void theExcerptIsPlainText() {
    assertThat(ArticleMarkdown.excerpt("# Title\n\nSome **bold** <b>x</b> text", 100))
        .isEqualTo("Title Some bold <b>x</b> text");
    assertThat(ArticleMarkdown.excerpt("abcdef", 3)).isEqualTo("abc…");
  }
}
