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
  void everyModuleBundleHasTheSameKeysInEnglishAndChinese() {
    assertThat(bundles()).isNotEmpty();
    for (String bundle : bundles()) {
      Set<String> english = load(bundle + ".properties");
      Set<String> chinese = load(bundle + "_zh_CN.properties");
      assertThat(difference(english, chinese))
          .as("keys missing in " + bundle + "_zh_CN.properties")
          .isEmpty();
      assertThat(difference(chinese, english))
          .as("keys missing in " + bundle + ".properties")
          .isEmpty();
    }
  }

  @Test
  void everyBundleTheApplicationNamesExistsAndNoOtherIsLeftOut() throws IOException {
    String configured =
        Files.readAllLines(Path.of("src/main/resources/application.yml")).stream()
            .map(String::strip)
            .filter(line -> line.startsWith("basename:"))
            .findFirst()
            .orElseThrow()
            .substring("basename:".length())
            .strip();
    assertThat(new TreeSet<>(List.of(configured.split(",")))).isEqualTo(new TreeSet<>(bundles()));
  }

  @Test
  void noKeyIsDefinedTwiceInOneLanguage() throws IOException {
    for (String suffix : List.of(".properties", "_zh_CN.properties")) {
      List<String> keys = new ArrayList<>();
      for (String bundle : bundles()) {
        Files.readAllLines(Path.of("src/main/resources", bundle + suffix)).stream()
            .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
            .map(line -> line.substring(0, line.indexOf('=')).strip())
            .forEach(keys::add);
      }
      assertThat(keys)
          .as("keys defined twice in the *" + suffix + " bundles")
          .doesNotHaveDuplicates();
    }
  }

  @Test
  void bundlesAreReadableUtf8WithChineseWrittenAsChinese() throws IOException {
    for (String bundle : bundles()) {
      for (String suffix : List.of(".properties", "_zh_CN.properties")) {
        Path file = Path.of("src/main/resources", bundle + suffix);
        String text =
            java.nio.charset.StandardCharsets.UTF_8
                .newDecoder()
                .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString();
        assertThat(text).as(file + " uses no \\u escapes").doesNotContain("\\u");
      }
      assertThat(Files.readString(Path.of("src/main/resources", bundle + "_zh_CN.properties")))
          .as(bundle + "_zh_CN.properties is written in Chinese")
          .containsPattern("\\p{IsHan}");
    }
  }

  @Test
  void everyKeyATemplateUsesExists() throws IOException {
    Set<String> english = new TreeSet<>();
    for (String bundle : bundles()) {
      english.addAll(load(bundle + ".properties"));
    }
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

  /** The module bundles, e.g. "messages/customer" for messages/customer.properties. */
  private static List<String> bundles() {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".properties") && !n.contains("_"))
          .map(n -> "messages/" + n.substring(0, n.length() - ".properties".length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
