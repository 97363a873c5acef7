package org.vetreport.training.apprenticeship;

import java.util.List;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.training.shared.Codes;

/**
 * A modern apprenticeship (现代学徒制) class: the students of one major the school trains together with one partner
 * enterprise, whose mentors (企业导师) teach some of the courses. The report counts 学徒制学生, 企业导师 and the courses
 * they taught.
 *
 * @param year       the year (年度) the class starts in
 * @param studentNos the apprentices: at least one, each once, as the student service numbers them
 * @param mentors    how many enterprise mentors teach the class
 * @param courses    how many courses the mentors teach
 */
public record Apprenticeship(String code, String partnerCode, String majorCode, Integer year, List<String> studentNos,
                             Integer mentors, Integer courses) {

    public Apprenticeship {
        FieldErrors errors = new FieldErrors()
                .check(Codes.isCode(code), "code", Codes.CODE_RULE)
                .check(partnerCode != null, "partnerCode", "is required: the code of a partner of this school")
                .check(partnerCode == null || Codes.isCode(partnerCode), "partnerCode", Codes.CODE_RULE)
                .check(Codes.isMajorCode(majorCode), "majorCode", Codes.MAJOR_CODE_RULE)
                .check(year != null && year >= 2000 && year <= 2100, "year", "must be a year from 2000 to 2100")
                .check(mentors != null, "mentors", "is required: how many enterprise mentors (企业导师) teach, 0 or more")
                .check(mentors == null || mentors >= 0, "mentors", "must not be negative")
                .check(courses != null, "courses", "is required: how many courses the mentors teach, 0 or more")
                .check(courses == null || courses >= 0, "courses", "must not be negative");
        if (studentNos == null || studentNos.isEmpty()) {
            errors.add("studentNos", "must name at least one apprentice");
        } else {
            Codes.checkEach(studentNos, "studentNos", Codes::isStudentNo, Codes.STUDENT_NO_RULE, errors);
        }
        errors.throwIfAny();
        studentNos = List.copyOf(studentNos);
    }
}
