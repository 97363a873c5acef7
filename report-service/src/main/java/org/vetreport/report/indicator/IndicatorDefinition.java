package org.vetreport.report.indicator;

import java.util.List;
import org.vetreport.platform.events.Topic;

/**
 * What an indicator means, as the catalogue publishes it. An id, once published, keeps its meaning; a changed
 * definition gets a new id.
 *
 * @param chapter the section of the 2016 report outline the figure belongs to, e.g. {@code 3.1}
 * @param sources the topics whose records the figure is computed from
 */
public record IndicatorDefinition(String id, String nameZh, String nameEn, String unit, String chapter,
                                  String definition, List<Topic> sources) {
}
