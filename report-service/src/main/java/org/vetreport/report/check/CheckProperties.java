package org.vetreport.report.check;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the edit checks ({@code report.checks.*}).
 *
 * @param yearOverYearThreshold the largest change of an indicator from the previous year, in percent of the
 *                              previous value and either way, that passes without a warning
 */
@ConfigurationProperties("report.checks")
record CheckProperties(BigDecimal yearOverYearThreshold) {

    CheckProperties {
        yearOverYearThreshold = yearOverYearThreshold == null ? BigDecimal.valueOf(30) : yearOverYearThreshold;
    }
}
