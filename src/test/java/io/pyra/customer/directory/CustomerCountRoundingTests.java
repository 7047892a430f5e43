package io.pyra.customer.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomerCountRoundingTests {

  @Test
  void anEstimateIsRoundedToThreeSignificantDigitsAndNeverBelowTheCap() {
    assertThat(CustomerCount.about(12_437))
        .isEqualTo(new CustomerCount(12_400, CustomerCount.Precision.ABOUT));
    assertThat(CustomerCount.about(1_234_567).value()).isEqualTo(1_230_000);
    assertThat(CustomerCount.about(500).value()).isEqualTo(10_000);
  }

  @Test
  void pagesAreRoundedUpAndAtLeastOne() {
    assertThat(CustomerCount.exact(0).pages(50)).isEqualTo(1);
    assertThat(CustomerCount.exact(107).pages(50)).isEqualTo(3);
    assertThat(CustomerCount.exact(100).pages(50)).isEqualTo(2);
  }
}
