package org.vetreport.report.indicator;

import java.util.List;
import java.util.function.BiFunction;
import org.vetreport.platform.events.Topic;

/** One figure of the report: what it means and how to compute it from one school's records for one period. */
public record Indicator(IndicatorDefinition definition, BiFunction<SchoolRecords, ReportingPeriod, Measurement> measure) {

    public Measurement measure(SchoolRecords records, ReportingPeriod period) {
        return measure.apply(records, period);
    }

    public String id() {
        return definition.id();
    }

    /** Starts the definition of an indicator; {@link Builder#computed} finishes it. */
    public static Builder of(String id, String nameZh, String nameEn, String unit) {
        return new Builder(id, nameZh, nameEn, unit);
    }

    public static final class Builder {

        private final String id;
        private final String nameZh;
        private final String nameEn;
        private final String unit;
        private String chapter = "";
        private String definition = "";
        private List<Topic> sources = List.of();

        private Builder(String id, String nameZh, String nameEn, String unit) {
            this.id = id;
            this.nameZh = nameZh;
            this.nameEn = nameEn;
            this.unit = unit;
        }

        /** The section of the 2016 report outline the figure belongs to. */
        public Builder chapter(String chapter) {
            this.chapter = chapter;
            return this;
        }

        /** The definition in words, as the catalogue publishes it. */
        public Builder defined(String definition) {
            this.definition = definition;
            return this;
        }

        public Builder from(Topic... sources) {
            this.sources = List.of(sources);
            return this;
        }

        public Indicator computed(BiFunction<SchoolRecords, ReportingPeriod, Measurement> measure) {
            return new Indicator(new IndicatorDefinition(id, nameZh, nameEn, unit, chapter, definition, sources), measure);
        }
    }
}
