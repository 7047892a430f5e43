package io.pyra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Chinese bundles use the one term of docs/glossary-zh.md for each concept. */
class GlossaryTests {

  private static final Path GLOSSARY = Path.of("docs/glossary-zh.md");
  private static final Path BUNDLES = Path.of("src/main/resources/messages");
  private static final Pattern VARIANT = Pattern.compile("`([^`]+)`");

  @Test
  void noChineseBundleUsesARejectedVariant() throws IOException {
    List<String> rejected = rejectedVariants();
    assertThat(rejected).contains("来电查询", "联络");

    List<String> found = new ArrayList<>();
    for (Path bundle : chineseBundles()) {
      Properties values = load(bundle);
      for (String key : values.stringPropertyNames()) {
        String value = values.getProperty(key);
        rejected.stream()
            .filter(value::contains)
            .forEach(
                variant ->
                    found.add(
                        bundle.getFileName() + ": " + key + "=" + value + " uses " + variant));
      }
    }
    assertThat(found).as("rejected variants (see docs/glossary-zh.md)").isEmpty();
  }

  @Test
  void aStageReadsTheSameInListsAndOnACustomer() throws IOException {
    Properties customer = load(BUNDLES.resolve("customer_zh_CN.properties"));
    List<String> stages =
        customer.stringPropertyNames().stream()
            .filter(key -> key.matches("customer\\.stage\\.[A-Z_]+"))
            .toList();
    assertThat(stages).hasSizeGreaterThanOrEqualTo(6);
    for (String key : stages) {
      String list = customer.getProperty(key.replace("customer.stage.", "customers.stage."));
      assertThat(customer.getProperty(key)).as(key).isEqualTo(list).endsWith("客户");
    }
  }

  /** The variants in the glossary's third column, each written as code. */
  private static List<String> rejectedVariants() throws IOException {
    List<String> variants = new ArrayList<>();
    for (String line : Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8)) {
      if (!line.startsWith("|") || line.startsWith("|---")) {
        continue;
      }
      String[] cells = line.split("\\|", -1);
      if (cells.length < 4 || cells[3].contains("a stage shown as plain")) {
        continue;
      }
      Matcher variant = VARIANT.matcher(cells[3]);
      while (variant.find()) {
        variants.add(variant.group(1));
      }
    }
    return variants;
  }

  private static List<Path> chineseBundles() throws IOException {
    try (Stream<Path> files = Files.list(BUNDLES)) {
      return files.filter(f -> f.getFileName().toString().endsWith("_zh_CN.properties")).toList();
    }
  }

  private static Properties load(Path bundle) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
