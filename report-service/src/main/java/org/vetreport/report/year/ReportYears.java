package org.vetreport.report.year;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.platform.events.ReportingYear;
import org.vetreport.platform.events.Topic;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.store.EntityType;

/**
 * Report years on {@code report.years.v1}, keyed by the year ({@code <school>:<year>} on the topic), announced as
 * a {@link ReportingYear}: {@code year.validated}, {@code year.locked}, {@code year.reopened}. The stored entity
 * also says who took each step and when, which stays in this service.
 */
@Configuration(proxyBeanMethods = false)
class ReportYears implements EntityType<ReportYear> {

    @Override
    public String name() {
        return "year";
    }

    @Override
    public Class<ReportYear> javaType() {
        return ReportYear.class;
    }

    @Override
    public Topic topic() {
        return Topics.REPORT_YEARS;
    }

    @Override
    public String eventType(ReportYear before, ReportYear after) {
        return switch (after.status()) {
            case VALIDATED -> "year.validated";
            case LOCKED -> "year.locked";
            case DRAFT -> "year.reopened";
        };
    }

    @Override
    public Object eventPayload(ReportYear value) {
        return value.event();
    }

    @Bean
    EntityStore<ReportYear> reportYearStore(EntityStoreFactory stores) {
        return stores.create(this);
    }
}
