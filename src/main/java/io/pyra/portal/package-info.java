/** Customer self-service pages, built on the APIs of the modules they show. */
@ApplicationModule
package io.pyra.portal;

import org.springframework.modulith.ApplicationModule;
