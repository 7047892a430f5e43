package io.pyra.testing;

import static org.mockito.Mockito.mock;

import io.pyra.platform.PlaceNames;
import io.pyra.platform.error.Problems;
import io.pyra.platform.validation.InputLimits;
import io.pyra.platform.web.FormErrors;
import io.pyra.platform.web.ShellPreferences;
import io.pyra.platform.web.Sidebar;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The platform's web plumbing that a {@code @WebMvcTest} slice does not scan but its filters,
 * advices, controllers and the page layout need: problem details, input limits, form errors and the
 * sidebar; the sidebar's saved state (a table) is replaced by "expanded". A slice imports it
 * through {@code io.pyra.identity.security.WebSliceSecurity}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({Problems.class, InputLimits.class, FormErrors.class, Sidebar.class, PlaceNames.class})
public class WebSlicePlatform {

  @Bean
  ShellPreferences shellPreferences() {
    return mock(ShellPreferences.class);
  }
}
