package org.vetreport.student.award;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.student.student.Student;

/**
 * A prize students of one school won at a skills competition (技能大赛获奖): one medal in one event (项目) of one
 * competition, won alone or as a team.
 *
 * @param studentNos the winners: at least one, each once, in the order given
 */
public record Award(String competition, String event, AwardTier tier, Medal medal, LocalDate awardedOn,
                    List<String> studentNos) {

    private static final Pattern TEXT = Pattern.compile("[^\\p{Cntrl}]{1,100}");
    private static final Pattern STUDENT_NO = Pattern.compile(Student.NUMBER_PATTERN);
    /** No field may contain it (names exclude control characters), so two different awards never share an identity. */
    private static final String SEPARATOR = "\u001f";

    public Award {
        FieldErrors errors = new FieldErrors()
                .check(competition != null && TEXT.matcher(competition.strip()).matches(), "competition",
                        "must be a name of 1 to 100 characters without control characters")
                .check(event != null && TEXT.matcher(event.strip()).matches(), "event",
                        "must be a name of 1 to 100 characters without control characters")
                .check(tier != null, "tier", "is required: one of " + List.of(AwardTier.values()))
                .check(medal != null, "medal", "is required: one of " + List.of(Medal.values()))
                .check(awardedOn != null, "awardedOn", "is required");
        if (studentNos == null || studentNos.isEmpty()) {
            errors.add("studentNos", "must name at least one student");
        } else {
            checkStudentNos(studentNos, errors);
        }
        errors.throwIfAny();
        competition = competition.strip();
        event = event.strip();
        studentNos = List.copyOf(studentNos);
    }

    private static void checkStudentNos(List<String> studentNos, FieldErrors errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < studentNos.size(); i++) {
            String studentNo = studentNos.get(i);
            String field = "studentNos[" + i + "]";
            if (!isStudentNo(studentNo)) {
                errors.add(field, "must be a student number: 1 to 32 letters, digits or '-'");
            } else if (!seen.add(studentNo)) {
                errors.add(field, "names '" + studentNo + "' a second time");
            }
        }
    }

    static boolean isStudentNo(String studentNo) {
        return studentNo != null && STUDENT_NO.matcher(studentNo).matches();
    }

    /**
     * What makes two records the same award: competition, event, tier, medal, date and the winners in any order.
     * An imported award is stored under the key derived from it, so importing a file again finds the same awards.
     */
    public String identity() {
        return String.join(SEPARATOR, competition, event, tier.name(), medal.name(), awardedOn.toString(),
                String.join(",", studentNos.stream().sorted().toList()));
    }

    /** The key an imported award is stored under. */
    public String importKey() {
        return EntityStore.keyFor(identity());
    }
}
