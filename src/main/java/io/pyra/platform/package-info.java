/**
 * Shared building blocks every module may use: identifiers, errors and problem details, the audit
 * log, internationalisation and the web shell.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package io.pyra.platform;

import org.springframework.modulith.ApplicationModule;
