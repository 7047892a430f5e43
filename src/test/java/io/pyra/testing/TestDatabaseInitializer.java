package io.pyra.testing;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points each test application context at its own fresh database. */
public class TestDatabaseInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    Map<String, Object> properties = new HashMap<>(TestDatabase.create());
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(new MapPropertySource("pyraTestDatabase", properties));
  }
}
