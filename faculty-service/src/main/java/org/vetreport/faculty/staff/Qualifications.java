package org.vetreport.faculty.staff;

import io.swagger.v3.oas.annotations.media.Schema;

/** A staff member's qualifications on some day; an attribute never recorded is null. */
@Schema(description = "Qualifications in effect; an attribute never recorded is null")
public record Qualifications(Education education, Degree degree, Title title, Boolean dualQualified) {

    /** Before the first entry of a history: nothing recorded. */
    public static final Qualifications UNRECORDED = new Qualifications(null, null, null, null);

    /** These qualifications after a change: what the change gives replaces, what it leaves out stays. */
    public Qualifications with(QualificationChange change) {
        return new Qualifications(
                change.education() == null ? education : change.education(),
                change.degree() == null ? degree : change.degree(),
                change.title() == null ? title : change.title(),
                change.dualQualified() == null ? dualQualified : change.dualQualified());
    }
}
