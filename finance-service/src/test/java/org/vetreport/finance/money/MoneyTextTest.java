package org.vetreport.finance.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1234.5|1234.5", "1234.50|1234.50", "0.01|0.01", "628450|628450", "1,234.50|1234.50", "1,234|1234",
            "12,345,678.90|12345678.90", "¥1,234.50|1234.50", "￥1,234.50|1234.50", "1234.50元|1234.50",
            "¥ 1,234.50 元|1234.50", "  ¥1234.5  |1234.5", "-1,234.50|-1234.50", "-¥20|-20", "007|7"})
    void acceptedFormsAreReadExactly(String text, String amount) {
        assertThat(MoneyText.parse(text)).contains(new BigDecimal(amount));
    }

    @Test
    void noDigitIsDroppedOrRounded() {
        assertThat(MoneyText.parse("1,234.505")).contains(new BigDecimal("1234.505"));
        assertThat(MoneyText.parse("98,765,432,109,876,543.21")).contains(new BigDecimal("98765432109876543.21"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.234,50", "1,23.4", "12,34", "1,2345", "1,234,56", "0,123", ",123", "1 234.50", "1234.",
            ".5", "1e3", "1E+3", "12 元 5", "$1,234.50", "1，234.50", "¥¥5", "5元元", "--5", "¥-5", "+5", "五百", "", "¥",
            "元", "1234.50 CNY", "١٢٣"})
    void formsThatCouldBeMisreadAreRefused(String text) {
        assertThat(MoneyText.parse(text)).isEmpty();
    }

    @Test
    void theRefusalSaysWhatIsAccepted() {
        assertThat(MoneyText.problem("1.234,50")).isEqualTo("'1.234,50' is not an amount of yuan: write yuan as digits "
                + "with a decimal point, optionally with commas between groups of three digits, a leading ¥ or a "
                + "trailing 元, such as 1234.50, 1,234.50, ¥1,234.50 or 1234.50元");
    }
}
