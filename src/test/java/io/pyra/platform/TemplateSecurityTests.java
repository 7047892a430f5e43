package io.pyra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The pages satisfy the Content-Security-Policy ({@code script-src 'self'; style-src 'self'}): no
 * inline script, no inline event handler, no style attribute, no unescaped output.
 */
class TemplateSecurityTests {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");

  @Test
  void templatesHaveNoInlineScriptsStylesOrEventHandlers() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path template : templates()) {
      Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
      String name = TEMPLATES.relativize(template).toString();
      for (Element element : document.getAllElements()) {
        if (element.tagName().equals("script")
            && !element.hasAttr("src")
            && !element.hasAttr("th:src")) {
          problems.add(name + ": inline <script>");
        }
        if (element.tagName().equals("style")) {
          problems.add(name + ": inline <style>");
        }
        for (Attribute attribute : element.attributes()) {
          String key = attribute.getKey().toLowerCase();
          if (key.equals("style") || key.equals("th:style") || key.equals("th:styleappend")) {
            problems.add(name + ": style attribute on <" + element.tagName() + ">");
          }
          if (key.startsWith("on") || key.startsWith("th:on") || key.startsWith("hx-on")) {
            problems.add(name + ": event handler " + key + " on <" + element.tagName() + ">");
          }
          if (key.equals("th:utext")) {
            problems.add(name + ": unescaped th:utext on <" + element.tagName() + ">");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }
}
