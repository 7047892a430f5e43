package io.pyra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SpreadsheetTextTests {

  @Test
  void textThatASpreadsheetWouldRunAsAFormulaGetsAnApostropheAndNumbersStayNumbers() {
    assertThat(SpreadsheetText.cell("=SUM(1+2)")).isEqualTo("'=SUM(1+2)");
    assertThat(SpreadsheetText.cell("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
    assertThat(SpreadsheetText.cell("-2+3")).isEqualTo("'-2+3");
    assertThat(SpreadsheetText.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(SpreadsheetText.cell("\tx")).isEqualTo("'\tx");
    assertThat(SpreadsheetText.cell("\rx")).isEqualTo("'\rx");
    assertThat(SpreadsheetText.cell("-300.00")).isEqualTo("-300.00");
    assertThat(SpreadsheetText.cell("+8613800138000")).isEqualTo("+8613800138000");
    assertThat(SpreadsheetText.cell("+86 138 0013 8000")).isEqualTo("'+86 138 0013 8000");
    assertThat(SpreadsheetText.cell("张伟 = 王芳")).isEqualTo("张伟 = 王芳");
    assertThat(SpreadsheetText.cell("")).isEmpty();
    assertThat(SpreadsheetText.cell(null)).isEmpty();
    assertThat(SpreadsheetText.cell(42)).isEqualTo("42");
    assertThat(SpreadsheetText.cells(Arrays.asList("=1", null, "ok")))
        .containsExactly("'=1", "", "ok");
  }
}
