package org.vetreport.finance.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.FieldErrors;

class YuanTest {

    private static List<FieldError> problems(String amount, Yuan.Sign sign) {
        FieldErrors errors = new FieldErrors();
        Yuan.check(new BigDecimal(amount), "amount", sign, errors);
        return errors.list();
    }

    @Test
    void amountsWithAtMostTwoDecimalsPassAndAreKeptToTheFen() {
        assertThat(problems("628450", Yuan.Sign.POSITIVE)).isEmpty();
        assertThat(problems("0.01", Yuan.Sign.POSITIVE)).isEmpty();
        assertThat(problems("1234.500", Yuan.Sign.POSITIVE)).isEmpty();
        assertThat(Yuan.exact(new BigDecimal("628450"))).isEqualTo(new BigDecimal("628450.00"));
        assertThat(Yuan.exact(new BigDecimal("1234.500"))).isEqualTo(new BigDecimal("1234.50"));
        assertThat(Yuan.exact(new BigDecimal("1E+3")).toString()).isEqualTo("1000.00");
        assertThat(Yuan.exact(null)).isNull();
    }

    @Test
    void aThirdDecimalIsRefusedNotRounded() {
        assertThat(problems("1234.505", Yuan.Sign.POSITIVE)).containsExactly(new FieldError("amount",
                "must be yuan with at most 2 decimals (fen); 1234.505 is not rounded here"));
    }

    @Test
    void zeroAndNegativeAmountsAreRefusedWhereTheSignSaysSo() {
        assertThat(problems("0", Yuan.Sign.POSITIVE)).extracting(FieldError::message).containsExactly("must be greater than 0");
        assertThat(problems("-0.01", Yuan.Sign.POSITIVE)).extracting(FieldError::message).containsExactly("must be greater than 0");
        assertThat(problems("0", Yuan.Sign.NOT_NEGATIVE)).isEmpty();
        assertThat(problems("-5", Yuan.Sign.NOT_NEGATIVE)).extracting(FieldError::message).containsExactly("must not be negative");
    }

    @Test
    void absurdAmountsAreRefusedWithoutExpandingTheirExponent() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(problems("100000000000.01", Yuan.Sign.POSITIVE)).extracting(FieldError::message)
                    .containsExactly("must be at most 100000000000 yuan");
            assertThat(problems("1E+999999999", Yuan.Sign.POSITIVE)).extracting(FieldError::message)
                    .containsExactly("must be at most 100000000000 yuan");
            assertThat(problems("1E-999999999", Yuan.Sign.POSITIVE)).extracting(FieldError::message)
                    .containsExactly("must be yuan with at most 2 decimals (fen); 1E-999999999 is not rounded here");
        });
        assertThat(problems("100000000000", Yuan.Sign.POSITIVE)).isEmpty();
    }
}
