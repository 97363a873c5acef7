package org.vetreport.report.check;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.platform.kit.error.NotFoundException;
import org.vetreport.report.indicator.IndicatorEngine;
import org.vetreport.report.indicator.IndicatorValue;
import org.vetreport.report.indicator.ReportingPeriod;
import org.vetreport.report.indicator.SchoolFigures;
import org.vetreport.report.indicator.SchoolRecords;
import org.vetreport.report.school.ReportingPeriods;

/** Runs the checks on a school's replicated data and keeps the editors' explanations of what they find. */
@Service
public class CheckService {

    private final CheckRules rules;
    private final IndicatorEngine engine;
    private final SchoolFigures figures;
    private final Explanations explanations;
    private final Clock clock;

    CheckService(CheckRules rules, IndicatorEngine engine, SchoolFigures figures, Explanations explanations,
                 Clock clock) {
        this.rules = rules;
        this.engine = engine;
        this.figures = figures;
        this.explanations = explanations;
        this.clock = clock;
    }

    /** Every finding on the school's current data for the year, with the explanations given so far. */
    public CheckReport run(String school, int year) {
        ReportingPeriods.requireReportYear(year);
        SchoolFigures.Snapshot snapshot = figures.snapshot(school, year);
        ReportingPeriod period = snapshot.period();
        SchoolRecords records = figures.records(school);
        IndicatorEngine.SchoolFigures computed = snapshot.figures();
        List<IndicatorValue> values = engine.values(computed.current(), computed.previous(), computed.sourceCounts(), List.of());
        Map<String, Explanation> explained = explanations.of(school, year);
        List<Finding> findings = rules.run(new CheckContext(records, period, values)).stream()
                .map(finding -> explained.containsKey(finding.id()) ? finding.explained(explained.get(finding.id())) : finding)
                .toList();
        return new CheckReport(school, period, findings);
    }

    /**
     * Records why a finding's data are right. An explained warning no longer blocks the year; an error still does,
     * and keeps its explanation for the editor who fixes it.
     *
     * @throws InvalidInputException when the text is blank or longer than {@value Explanation#MAX_LENGTH} characters
     * @throws NotFoundException     when the school's current data have no finding of this id
     */
    public Finding explain(String school, String findingId, String text, String actor) {
        int length = text == null ? 0 : text.codePointCount(0, text.length());
        new FieldErrors()
                .check(text != null && !text.isBlank(), "text", "is required: say why the data are right")
                .check(length <= Explanation.MAX_LENGTH, "text",
                        "has " + length + " characters; at most " + Explanation.MAX_LENGTH + " are allowed")
                .throwIfAny();
        int year = Finding.yearOf(findingId).filter(ReportingPeriods::isReportYear)
                .orElseThrow(() -> NotFoundException.of("finding", school, findingId));
        Finding finding = run(school, year).findings().stream().filter(f -> f.id().equals(findingId)).findFirst()
                .orElseThrow(() -> NotFoundException.of("finding", school, findingId));
        Explanation explanation = new Explanation(text.strip(), actor, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        explanations.save(school, year, findingId, explanation);
        return finding.explained(explanation);
    }
}
