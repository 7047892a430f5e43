package io.pyra.testing;

import io.pyra.platform.error.Problems;
import io.pyra.platform.validation.InputLimits;
import io.pyra.platform.web.FormErrors;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The platform's web plumbing that a {@code @WebMvcTest} slice does not scan but its filters,
 * advices and controllers need: problem details, input limits and form errors. A slice imports it
 * through {@code io.pyra.identity.security.WebSliceSecurity}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({Problems.class, InputLimits.class, FormErrors.class})
public class WebSlicePlatform {}
