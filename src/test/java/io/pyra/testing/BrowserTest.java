package io.pyra.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives the pages in a real, headless Chromium (Debian's, through Playwright) against
 * the whole application. Test methods take a {@link com.microsoft.playwright.Page} parameter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PyraIntegrationTest
@Tag("browser")
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {}
