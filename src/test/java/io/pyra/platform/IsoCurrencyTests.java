package io.pyra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IsoCurrencyTests {

  @Test
  void aKnownCodeInAnyCaseAroundBlanksIsAnsweredInCapitals() {
    assertThat(IsoCurrency.of("cny")).contains("CNY");
    assertThat(IsoCurrency.of(" Usd ")).contains("USD");
    assertThat(IsoCurrency.of("EUR")).contains("EUR");
  }

  @Test
  void anythingElseIsNoCurrency() {
    assertThat(IsoCurrency.of(null)).isEmpty();
    assertThat(IsoCurrency.of("")).isEmpty();
    assertThat(IsoCurrency.of("US")).isEmpty();
    assertThat(IsoCurrency.of("USDD")).isEmpty();
    assertThat(IsoCurrency.of("XQZ")).isEmpty();
    assertThat(IsoCurrency.of("12A")).isEmpty();
    assertThat(IsoCurrency.of("ÜSD")).isEmpty();
    assertThat(IsoCurrency.of("人民币")).isEmpty();
  }
}
