package org.vetreport.report.indicator;

/** One figure of the report: its definition and how to compute it from one school's replicated records. */
public interface Indicator {

    IndicatorDefinition definition();

    Measurement measure(SchoolRecords records, ReportingPeriod period);
}
