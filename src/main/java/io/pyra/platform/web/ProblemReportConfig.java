package io.pyra.platform.web;

import io.pyra.platform.error.Problems;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts {@link ProblemReportValve} in place of Tomcat's HTML error report (which Spring Boot adds
 * before this runs), and tells the host to look for it so that Tomcat adds no second one.
 */
@Component
class ProblemReportConfig
    implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

  private final ObjectProvider<Problems> problems;
  private final ObjectProvider<JsonMapper> json;
  private final ObjectProvider<MessageSource> messages;

  ProblemReportConfig(
      ObjectProvider<Problems> problems,
      ObjectProvider<JsonMapper> json,
      ObjectProvider<MessageSource> messages) {
    this.problems = problems;
    this.json = json;
    this.messages = messages;
  }

  @Override
  public void customize(ConfigurableTomcatWebServerFactory factory) {
    factory.addContextCustomizers(
        context -> {
          if (context.getParent() instanceof StandardHost host) {
            Pipeline pipeline = host.getPipeline();
            for (Valve valve : pipeline.getValves()) {
              if (valve instanceof ErrorReportValve) {
                pipeline.removeValve(valve);
              }
            }
            host.setErrorReportValveClass(ProblemReportValve.class.getName());
            pipeline.addValve(
                new ProblemReportValve(
                    problems.getObject(), json.getObject(), messages.getObject()));
          }
        });
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
