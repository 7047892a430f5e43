package io.pyra.support.knowledge;

import java.util.Locale;
import java.util.Set;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * An article's Markdown as HTML that is safe to put into a page: raw HTML in the text is shown as
 * text (escaped), links and images keep only http, https and mailto addresses (or relative ones),
 * and nothing the renderer writes carries a script or a style, so the strict
 * Content-Security-Policy holds. Links open with {@code rel="nofollow noopener noreferrer"}.
 */
public final class ArticleMarkdown {

  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

  private static final Parser PARSER = Parser.builder().build();

  private static final HtmlRenderer HTML =
      HtmlRenderer.builder()
          .escapeHtml(true)
          .sanitizeUrls(true)
          .urlSanitizer(new SafeUrls())
          .attributeProviderFactory(
              context ->
                  (node, tag, attributes) -> {
                    if (node instanceof Link) {
                      attributes.put("rel", "nofollow noopener noreferrer");
                    }
                    attributes.remove("style");
                  })
          .build();

  private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

  private ArticleMarkdown() {}

  /** The Markdown as safe HTML. */
  public static String html(String markdown) {
    return HTML.render(parse(markdown));
  }

  /** The first {@code max} characters of the Markdown's text, without its marks. */
  public static String excerpt(String markdown, int max) {
    String text = TEXT.render(parse(markdown)).replaceAll("\\s+", " ").strip();
    return text.length() > max ? text.substring(0, max).stripTrailing() + "…" : text;
  }

  private static Node parse(String markdown) {
    return PARSER.parse(markdown == null ? "" : markdown);
  }

  /** Keeps relative addresses and those of the safe schemes; anything else becomes empty. */
  private static final class SafeUrls implements UrlSanitizer {

    @Override
    public String sanitizeLinkUrl(String url) {
      return safe(url);
    }

    @Override
    public String sanitizeImageUrl(String url) {
      return safe(url);
    }

    private static String safe(String url) {
      String cleaned = url.replaceAll("[\\p{Cntrl}\\s]", "");
      int colon = cleaned.indexOf(':');
      int slash = cleaned.indexOf('/');
      boolean hasScheme = colon >= 0 && (slash < 0 || colon < slash);
      if (!hasScheme) {
        return url;
      }
      String scheme = cleaned.substring(0, colon).toLowerCase(Locale.ROOT);
      return SAFE_SCHEMES.contains(scheme) ? url : "";
    }
  }
}
