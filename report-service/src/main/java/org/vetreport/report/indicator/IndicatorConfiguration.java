package org.vetreport.report.indicator;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.report.indicator.majors.MajorGroupsCount;
import org.vetreport.report.indicator.majors.MajorsCount;

@Configuration(proxyBeanMethods = false)
class IndicatorConfiguration {

    /** The published catalogue, in the order of the report's chapters. */
    @Bean
    IndicatorEngine indicatorEngine() {
        return new IndicatorEngine(List.of(
                new MajorsCount(),
                new MajorGroupsCount()));
    }
}
