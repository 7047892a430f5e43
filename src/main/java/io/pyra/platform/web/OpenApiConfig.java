package io.pyra.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and the bearer-token scheme every operation uses. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

  @Bean
  OpenAPI pyraOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Pyra CRM API")
                .version("v1")
                .description(
                    "Get a token with POST /api/v1/auth/token, then send it as 'Authorization: Bearer <token>'. "
                        + "Errors are RFC 9457 problem details; updates need If-Match with the record's strong ETag "
                        + "(a weak W/\"3\" never matches: 412). A broken rule is listed in 'errors' with its field, "
                        + "named as in 'address.city' or 'phones[0].number'. Text may not hold control characters "
                        + "(U+0000-U+001F and U+007F) other than tab, line feed and carriage return (rule 'control-character'); "
                        + "lists may not hold null (rule 'null-item'); whole numbers must be whole (1.5 is refused), "
                        + "true and false are not numbers. Bodies are application/json; uploads multipart/form-data "
                        + "with a boundary."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
        .addSecurityItem(new SecurityRequirement().addList("bearer"));
  }
}
