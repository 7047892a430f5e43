package io.pyra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Every visible word comes from the message bundles, and both languages have every key. */
class MessagesTests {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static final Set<String> TEXT_ATTRIBUTES =
      Set.of("placeholder", "title", "aria-label", "alt", "value");

  @Test
  void englishAndChineseHaveTheSameKeys() {
    Set<String> english = load("messages.properties");
    Set<String> chinese = load("messages_zh_CN.properties");

    assertThat(difference(english, chinese))
        .as("keys missing in messages_zh_CN.properties")
        .isEmpty();
    assertThat(difference(chinese, english)).as("keys missing in messages.properties").isEmpty();
  }

  @Test
  void noKeyIsDefinedTwice() throws IOException {
    for (String name : List.of("messages.properties", "messages_zh_CN.properties")) {
      List<String> keys =
          Files.readAllLines(Path.of("src/main/resources", name)).stream()
              .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
              .map(line -> line.substring(0, line.indexOf('=')).strip())
              .toList();
      assertThat(keys).as("keys defined twice in " + name).doesNotHaveDuplicates();
    }
  }

  @Test
  void everyKeyATemplateUsesExists() throws IOException {
    Set<String> english = load("messages.properties");
    List<String> missing = new ArrayList<>();
    for (Path template : templates()) {
      Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
      while (matcher.find()) {
        if (!english.contains(matcher.group(1))) {
          missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void templatesContainNoLiteralText() throws IOException {
    List<String> literals = new ArrayList<>();
    for (Path template : templates()) {
      Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
      for (Element element : document.getAllElements()) {
        if (isReplaced(element)
            || element.tagName().equals("script")
            || element.tagName().equals("style")) {
          continue;
        }
        if (LETTER.matcher(element.ownText()).find()) {
          literals.add(
              TEMPLATES.relativize(template)
                  + ": <"
                  + element.tagName()
                  + "> "
                  + element.ownText().strip());
        }
        for (String attribute : TEXT_ATTRIBUTES) {
          boolean input = element.tagName().equals("input") || element.tagName().equals("option");
          if (attribute.equals("value") && (input || !element.tagName().equals("button"))) {
            continue;
          }
          if (element.hasAttr(attribute)
              && LETTER.matcher(element.attr(attribute)).find()
              && !element.hasAttr("th:" + attribute)
              && !element.attr("th:attr").contains(attribute + "=")) {
            literals.add(
                TEMPLATES.relativize(template)
                    + ": "
                    + attribute
                    + "=\""
                    + element.attr(attribute)
                    + "\"");
          }
        }
      }
    }
    assertThat(literals).as("literal text in templates (use th:text=\"#{key}\")").isEmpty();
  }

  private static boolean isReplaced(Element element) {
    for (Element e = element; e != null; e = e.parent()) {
      if (e.hasAttr("th:text")
          || e.hasAttr("th:utext")
          || e.hasAttr("th:replace")
          || e.hasAttr("th:insert")
          || e.hasAttr("th:errors")) {
        return true;
      }
    }
    return false;
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  private static Set<String> load(String name) {
    Properties properties = new Properties();
    try (InputStream in = MessagesTests.class.getResourceAsStream("/" + name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> result = new TreeSet<>(a);
    result.removeAll(b);
    return result;
  }
}
