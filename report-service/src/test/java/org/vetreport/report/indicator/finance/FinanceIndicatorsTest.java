package org.vetreport.report.indicator.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetreport.report.indicator.records.Fixture.day;
import static org.vetreport.report.indicator.records.Fixture.student;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vetreport.report.indicator.IndicatorEngine;
import org.vetreport.report.indicator.IndicatorValue;
import org.vetreport.report.indicator.ReportingPeriod;
import org.vetreport.report.indicator.SchoolRecords;
import org.vetreport.report.indicator.records.Fixture;
import org.vetreport.report.indicator.records.IncomeRecord;

class FinanceIndicatorsTest {

    private static final ReportingPeriod YEAR_2020 = ReportingPeriod.calendarYear(2020);

    private final IndicatorEngine engine = new IndicatorEngine(FinanceIndicators.all());

    private static IncomeRecord voucher(String no, String postedOn, String category, String nature, String signedYuan) {
        return new IncomeRecord(no, day(postedOn), category, nature, new BigDecimal(signedYuan));
    }

    /** 2020: 1.56 million yuan once V5 and its reversal R5 cancel out; 2019: V6 alone. Seven students both years. */
    private final Fixture school = new Fixture().income(
            voucher("V1", "2020-02-01", "FISCAL_SUBSIDY", "BASIC", "1000000.00"),
            voucher("V2", "2020-03-01", "FISCAL_SUBSIDY", "PROJECT", "400000.00"),
            voucher("V3", "2020-04-01", "BUSINESS", "BASIC", "100000.00"),
            voucher("V4", "2020-05-01", "OTHER", "BASIC", "60000.00"),
            voucher("V5", "2020-06-01", "OTHER", "PROJECT", "50000.00"),
            voucher("R5", "2020-06-15", "OTHER", "PROJECT", "-50000.00"),
            voucher("V6", "2019-12-31", "BUSINESS", "BASIC", "200000.00"));

    {
        for (int i = 0; i < 7; i++) {
            school.students(student("s" + i, "MALE", "2018-09-01"));
        }
    }

    private IndicatorValue value(String id, SchoolRecords records) {
        return engine.compute(records, YEAR_2020, List.of(id)).get(0);
    }

    @Test
    void totalIncomeIsThePeriodsVouchersLessTheirReversalsWithTheChangeInPercent() {
        IndicatorValue total = value("finance.income.total", school);

        assertThat(total.value()).isEqualByComparingTo("156.00");
        assertThat(total.numerator()).isEqualByComparingTo("1560000.00");
        assertThat(total.previous()).isEqualByComparingTo("20.00");
        assertThat(total.changePercent()).isEqualByComparingTo("680.00");
    }

    @Test
    void aReversedVoucherNetsOutOfItsCategoryAndNature() {
        SchoolRecords reversedOnly = new Fixture().income(voucher("V5", "2020-06-01", "OTHER", "PROJECT", "50000.00"),
                voucher("R5", "2020-06-15", "OTHER", "PROJECT", "-50000.00"));

        assertThat(value("finance.income.total", reversedOnly).value()).isEqualByComparingTo("0.00");
        assertThat(value("finance.income.other", reversedOnly).value()).isEqualByComparingTo("0.00");
        assertThat(value("finance.income.project", reversedOnly).value()).isEqualByComparingTo("0.00");
        assertThat(value("finance.income.otherShare", reversedOnly).value()).isNull();
    }

    @Test
    void aReversalPostedTheYearAfterItsVoucherLowersTheYearItIsPostedIn() {
        SchoolRecords lateReversal = new Fixture().income(voucher("V6", "2019-12-31", "BUSINESS", "BASIC", "200000.00"),
                voucher("R6", "2020-01-10", "BUSINESS", "BASIC", "-200000.00"),
                voucher("V7", "2020-02-01", "BUSINESS", "BASIC", "300000.00"));

        IndicatorValue business = value("finance.income.business", lateReversal);
        assertThat(business.value()).isEqualByComparingTo("10.00");
        assertThat(business.previous()).isEqualByComparingTo("20.00");
    }

    @ParameterizedTest
    @CsvSource({"fiscalSubsidy, 140.00, 89.74, 0.00, 0.00", "business, 10.00, 6.41, 20.00, 100.00",
            "other, 6.00, 3.85, 0.00, 0.00", "basic, 116.00, 74.36, 20.00, 100.00", "project, 40.00, 25.64, 0.00, 0.00"})
    void eachCategoryAndNatureHasItsIncomeAndItsShareOfTheTotal(String slice, String amount, String share,
                                                                String previousAmount, String previousShare) {
        IndicatorValue income = value("finance.income." + slice, school);
        assertThat(income.value()).isEqualByComparingTo(amount);
        assertThat(income.previous()).isEqualByComparingTo(previousAmount);

        IndicatorValue ofTotal = value("finance.income." + slice + "Share", school);
        assertThat(ofTotal.value()).isEqualByComparingTo(share);
        assertThat(ofTotal.denominator()).isEqualByComparingTo("1560000.00");
        assertThat(ofTotal.previous()).isEqualByComparingTo(previousShare);
    }

    @Test
    void fiscalSubsidyPerStudentDividesTheYearsSubsidyByTheStudentsEnrolled() {
        IndicatorValue perStudent = value("finance.fiscalSubsidyPerStudent", school);

        assertThat(perStudent.value()).isEqualByComparingTo("200000.00");
        assertThat(perStudent.denominator()).isEqualByComparingTo("7");
        assertThat(perStudent.previous()).isEqualByComparingTo("0.00");
        assertThat(value("finance.fiscalSubsidyPerStudent", new Fixture().income(school.income()
                .toArray(IncomeRecord[]::new))).value()).isNull();
    }
}
