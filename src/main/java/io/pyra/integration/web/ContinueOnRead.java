package io.pyra.integration.web;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat answers {@code Expect: 100-continue} only when the application reads the body, so an
 * upload refused for its declared size is refused before the client sends a byte of it.
 */
@Component
class ContinueOnRead implements TomcatConnectorCustomizer {

  @Override
  public void customize(org.apache.catalina.connector.Connector connector) {
    connector.setProperty("continueResponseTiming", "onRead");
  }
}
