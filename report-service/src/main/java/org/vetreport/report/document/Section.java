package org.vetreport.report.document;

import java.util.List;

/**
 * One section of the report: a numbered heading, its content and its subsections.
 *
 * @param id       stable id within the template, e.g. {@code 1.2} or {@code talent.students}; narrative is stored by it
 * @param number   the heading number as printed, e.g. {@code 1.2} (renderers may print it in Chinese style: 一、（一）)
 * @param level    1 for a chapter, 2 for a section, 3 for a subsection
 */
public record Section(String id, String number, String title, int level, List<Block> blocks, List<Section> children) {

    public Section {
        blocks = List.copyOf(blocks);
        children = List.copyOf(children);
    }
}
