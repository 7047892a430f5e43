package io.pyra.platform.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Which page {@code /} shows a user: the declared {@link HomePage} of highest priority whose
 * permission the user holds, or My day.
 */
@Component
public class Home {

  /** The home of everyone no declared home page applies to: My day. */
  public static final String DEFAULT_PATH = "/my-day";

  private final List<HomePage> pages;

  Home(List<ModuleHomePages> modules) {
    this.pages =
        modules.stream()
            .flatMap(m -> m.homePages().stream())
            .sorted(
                Comparator.comparingInt(HomePage::priority)
                    .reversed()
                    .thenComparing(HomePage::path))
            .toList();
  }

  /** The path of the user's home page. */
  public String pathFor(Authentication authentication) {
    return pages.stream()
        .filter(p -> p.appliesTo(authentication))
        .map(HomePage::path)
        .findFirst()
        .orElse(DEFAULT_PATH);
  }

  /** Every declared home page, highest priority first. */
  public List<HomePage> pages() {
    return pages;
  }
}
