package io.pyra.support.policy;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Duration;

/** A duration of working time as whole seconds, as the policy and setting tables keep it. */
@Converter
class SecondsConverter implements AttributeConverter<Duration, Long> {

  @Override
  public Long convertToDatabaseColumn(Duration duration) {
    return duration == null ? null : duration.toSeconds();
  }

  @Override
  public Duration convertToEntityAttribute(Long seconds) {
    return seconds == null ? null : Duration.ofSeconds(seconds);
  }
}
