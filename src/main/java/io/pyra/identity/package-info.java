/** Users, roles and permissions, org units, API tokens, sign-in and the current user. */
@ApplicationModule(allowedDependencies = "platform")
package io.pyra.identity;

import org.springframework.modulith.ApplicationModule;
