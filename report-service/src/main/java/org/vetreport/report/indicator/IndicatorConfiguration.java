package org.vetreport.report.indicator;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.report.indicator.facilities.FacilityIndicators;
import org.vetreport.report.indicator.faculty.FacultyIndicators;
import org.vetreport.report.indicator.finance.FinanceIndicators;
import org.vetreport.report.indicator.outcomes.OutcomeIndicators;
import org.vetreport.report.indicator.programmes.ProgrammeIndicators;
import org.vetreport.report.indicator.students.StudentIndicators;

@Configuration(proxyBeanMethods = false)
class IndicatorConfiguration {

    /** The published catalogue, family by family in the order of the report's chapters. */
    static List<Indicator> catalogue() {
        return Stream.of(FacilityIndicators.all(), StudentIndicators.all(), FacultyIndicators.all(),
                OutcomeIndicators.all(), ProgrammeIndicators.all(), FinanceIndicators.all())
                .flatMap(List::stream).toList();
    }

    @Bean
    IndicatorEngine indicatorEngine() {
        return new IndicatorEngine(catalogue());
    }
}
