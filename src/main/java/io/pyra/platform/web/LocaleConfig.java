package io.pyra.platform.web;

import io.pyra.platform.LocalizedName;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * The interface speaks English or Simplified Chinese: the signed-in user's preference (kept in the
 * session at sign-in), else {@code ?lang=}, else the browser's Accept-Language, else English.
 */
@Configuration(proxyBeanMethods = false)
public class LocaleConfig implements WebMvcConfigurer {

  public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

  /**
   * A request attribute holding the {@link Locale} to render this request in, whatever the session
   * or the browser says: set by public pages that take the language as a parameter and must not
   * open a session for it.
   */
  public static final String REQUEST_LOCALE = LocaleConfig.class.getName() + ".requestLocale";

  @Bean
  LocaleResolver localeResolver() {
    SessionLocaleResolver resolver =
        new SessionLocaleResolver() {
          @Override
          public Locale resolveLocale(HttpServletRequest request) {
            return request.getAttribute(REQUEST_LOCALE) instanceof Locale chosen
                ? chosen
                : super.resolveLocale(request);
          }
        };
    resolver.setDefaultLocaleFunction(
        request -> {
          String header = request.getHeader("Accept-Language");
          if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
          }
          try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return match == null ? Locale.ENGLISH : match;
          } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
          }
        });
    return resolver;
  }

  /** The locale for a preference code such as {@code en} or {@code zh-CN}. */
  public static Locale forTag(String tag) {
    Locale locale = tag == null ? Locale.ENGLISH : Locale.forLanguageTag(tag);
    return LocalizedName.chinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    // a public form is rendered in the language it is asked in, for that request only: a visitor's
    // choice never opens a session
    registry.addInterceptor(change).excludePathPatterns("/forms/**");
  }
}
