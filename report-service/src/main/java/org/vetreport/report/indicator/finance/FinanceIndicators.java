package org.vetreport.report.indicator.finance;

import static org.vetreport.platform.events.Topics.FINANCE_INCOME;
import static org.vetreport.platform.events.Topics.STUDENT_STUDENTS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.vetreport.report.indicator.Indicator;
import org.vetreport.report.indicator.Measurement;
import org.vetreport.report.indicator.ReportingPeriod;
import org.vetreport.report.indicator.SchoolRecords;
import org.vetreport.report.indicator.records.IncomeRecord;
import org.vetreport.report.indicator.students.StudentIndicators;

/** 6.1 办学经费: the income of the period, by category and by nature, each with its share of the total. */
public final class FinanceIndicators {

    private record Slice(String id, String zh, String en, Predicate<IncomeRecord> which) {
    }

    /** The categories, then the natures; the first is the fiscal subsidy. */
    private static final List<Slice> SLICES = List.of(
            new Slice("fiscalSubsidy", "财政补助收入", "Fiscal subsidy", i -> "FISCAL_SUBSIDY".equals(i.category())),
            new Slice("business", "事业收入", "Business income", i -> "BUSINESS".equals(i.category())),
            new Slice("other", "其他收入", "Other income", i -> "OTHER".equals(i.category())),
            new Slice("basic", "基本收入", "Basic income", i -> "BASIC".equals(i.nature())),
            new Slice("project", "项目收入", "Project income", i -> "PROJECT".equals(i.nature())));

    private FinanceIndicators() {
    }

    /** The income of the period in yuan: posted vouchers less reversals. */
    private static BigDecimal income(SchoolRecords records, ReportingPeriod period, Predicate<IncomeRecord> which) {
        return records.income().stream().filter(i -> i.postedOn() != null && period.contains(i.postedOn())).filter(which)
                .map(IncomeRecord::signedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static List<Indicator> all() {
        List<Indicator> all = new ArrayList<>();
        all.add(Indicator.of("finance.income.total", "总收入", "Total income", "万元").chapter("6.1")
                .defined("Income vouchers posted in the period, less the reversals posted in it.")
                .from(FINANCE_INCOME)
                .computed((r, p) -> Measurement.tenThousandYuan(income(r, p, i -> true), r.income().size())));
        for (Slice slice : SLICES) {
            all.add(Indicator.of("finance.income." + slice.id(), slice.zh(), slice.en(), "万元").chapter("6.1")
                    .defined(slice.en() + " posted in the period, less its reversals.")
                    .from(FINANCE_INCOME)
                    .computed((r, p) -> Measurement.tenThousandYuan(income(r, p, slice.which()), r.income().size())));
            all.add(Indicator.of("finance.income." + slice.id() + "Share", slice.zh() + "占比", slice.en() + " share", "%")
                    .chapter("6.1")
                    .defined(slice.en() + " / total income of the period.")
                    .from(FINANCE_INCOME)
                    .computed((r, p) -> Measurement.rate(income(r, p, slice.which()), income(r, p, i -> true), r.income().size())));
        }
        all.add(Indicator.of("finance.fiscalSubsidyPerStudent", "生均财政拨款", "Fiscal subsidy per student", "元")
                .chapter("6.1")
                .defined("Fiscal subsidy income of the period, less its reversals / full-time students enrolled at the "
                        + "reference date, in yuan rounded to the fen: the 发展保障 (举办者履责) figure of the 2024 "
                        + "outline.")
                .from(FINANCE_INCOME, STUDENT_STUDENTS)
                .computed((r, p) -> Measurement.ratio(income(r, p, SLICES.get(0).which()),
                        BigDecimal.valueOf(StudentIndicators.enrolled(r, p.referenceDate())), 2,
                        r.income().size() + r.students().size())));
        return all;
    }
}
