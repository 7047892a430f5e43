package io.pyra;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** The Pyra CRM server: one deployable made of the modules under this package. */
@Modulithic(sharedModules = "platform")
@SpringBootApplication
@ConfigurationPropertiesScan
public class PyraApplication {

  public static void main(String[] args) {
    SpringApplication.run(PyraApplication.class, args);
  }
}
