package org.vetreport.report.template;

import java.util.List;

/**
 * One section of a template: generated content first, then the editors' narrative, then the subsections. Every
 * section takes narrative under its id; a case (案例) section is printed only once an editor wrote it.
 *
 * @param id stable within the template; narrative is stored under it
 */
public record TemplateSection(String id, String title, boolean caseStudy, List<Content> content,
                              List<TemplateSection> children) {

    public TemplateSection {
        content = List.copyOf(content);
        children = List.copyOf(children);
    }

    public static TemplateSection of(String id, String title, Content... content) {
        return new TemplateSection(id, title, false, List.of(content), List.of());
    }

    public static TemplateSection caseStudy(String id, String title) {
        return new TemplateSection(id, title, true, List.of(), List.of());
    }

    public TemplateSection with(TemplateSection... children) {
        return new TemplateSection(id, title, caseStudy, content, List.of(children));
    }
}
