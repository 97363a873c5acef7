package org.vetreport.report.template;

import java.math.BigDecimal;

/** One point of a yearly series, {@code value} {@code null} when the year has no figure. */
public record YearValue(int year, BigDecimal value) {
}
