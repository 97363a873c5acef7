package org.vetreport.finance.money;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts as finance offices write them in spreadsheet cells: {@code 1234.5}, {@code 1,234.50}, {@code ¥1,234.50},
 * {@code 1234.50元}. Only forms that cannot be misread are accepted: commas strictly between groups of three digits
 * before the decimal point, a leading ¥ (half or full width), a trailing 元. Anything else, such as the European
 * {@code 1.234,50} or a misplaced comma in {@code 1,23.4}, is refused rather than guessed. The value is exact: no
 * digit is dropped or rounded here (a third decimal is the amount rule's business).
 */
public final class MoneyText {

    public static final String ACCEPTED = "write yuan as digits with a decimal point, optionally with commas between "
            + "groups of three digits, a leading ¥ or a trailing 元, such as 1234.50, 1,234.50, ¥1,234.50 or 1234.50元";

    private static final Pattern AMOUNT = Pattern.compile(
            "(-)?\\s*[¥￥]?\\s*(\\d+|[1-9]\\d{0,2}(?:,\\d{3})+)(\\.\\d+)?\\s*元?");

    private MoneyText() {
    }

    /** @return the exact amount the text writes, or nothing if it is not one of the accepted forms */
    public static Optional<BigDecimal> parse(String text) {
        Matcher amount = AMOUNT.matcher(text.strip());
        if (!amount.matches()) {
            return Optional.empty();
        }
        String digits = amount.group(2).replace(",", "") + (amount.group(3) == null ? "" : amount.group(3));
        BigDecimal value = new BigDecimal(digits);
        return Optional.of(amount.group(1) == null ? value : value.negate());
    }

    public static String problem(String text) {
        return "'" + text + "' is not an amount of yuan: " + ACCEPTED;
    }
}
