package io.pyra.platform.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.pyra.platform.error.ControlCharacterException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * What every JSON body is held to, for all operations at once rather than per request type: no
 * control characters in any text (also inside maps and free-form fields: Jackson's untyped reader
 * uses the String reader given here), no {@code null} inside a list or set, no 1.5 where a whole
 * number is expected (Jackson would cut it to 1) and no number where true or false is expected
 * (Jackson would read any number but 0 as true).
 */
@Configuration(proxyBeanMethods = false)
class JsonInputRules {

  @Bean
  JsonMapperBuilderCustomizer pyraJsonInputRules() {
    return builder ->
        builder
            .addModule(
                new SimpleModule("pyra-input-rules")
                    .addDeserializer(String.class, new CheckedStrings()))
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .withCoercionConfig(
                LogicalType.Integer,
                c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
            .withCoercionConfig(
                LogicalType.Boolean,
                c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .withConfigOverride(
                List.class, o -> o.setNullHandling(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
            .withConfigOverride(
                Set.class, o -> o.setNullHandling(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
            .withConfigOverride(
                Collection.class,
                o -> o.setNullHandling(JsonSetter.Value.forContentNulls(Nulls.FAIL)));
  }

  /** Jackson's own String reader, refusing control characters. */
  static final class CheckedStrings extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws JacksonException {
      String value = super.deserialize(parser, context);
      if (ControlCharacters.refused(value)) {
        throw new ControlCharacterException(parser);
      }
      return value;
    }
  }
}
