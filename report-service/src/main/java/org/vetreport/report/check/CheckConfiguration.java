package org.vetreport.report.check;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CheckProperties.class)
class CheckConfiguration {

    @Bean
    CheckRules checkRules(CheckProperties properties) {
        return CheckRules.standard(properties.yearOverYearThreshold());
    }
}
