package org.vetreport.report.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An outline of the yearly report: a tree of sections numbered by their place in it (1, 1.2, 3.2.1).
 *
 * @param id   what a school picks, e.g. {@code outline-2016}
 * @param name what the outline is, in Chinese
 */
public record ReportTemplate(String id, String name, List<TemplateSection> sections) {

    public ReportTemplate {
        sections = List.copyOf(sections);
        List<String> ids = sectionIds(sections);
        if (ids.size() != ids.stream().distinct().count()) {
            throw new IllegalArgumentException("template " + id + " uses a section id twice: " + ids);
        }
    }

    /** Every section id, depth first in print order. */
    public List<String> sectionIds() {
        return sectionIds(sections);
    }

    public Optional<TemplateSection> section(String sectionId) {
        return find(sections, sectionId);
    }

    private static Optional<TemplateSection> find(List<TemplateSection> sections, String sectionId) {
        for (TemplateSection section : sections) {
            if (section.id().equals(sectionId)) {
                return Optional.of(section);
            }
            Optional<TemplateSection> child = find(section.children(), sectionId);
            if (child.isPresent()) {
                return child;
            }
        }
        return Optional.empty();
    }

    private static List<String> sectionIds(List<TemplateSection> sections) {
        List<String> ids = new ArrayList<>();
        for (TemplateSection section : sections) {
            ids.add(section.id());
            ids.addAll(sectionIds(section.children()));
        }
        return ids;
    }
}
