package org.vetreport.training.session;

import java.time.LocalDate;
import java.util.List;
import org.vetreport.platform.kit.error.FieldErrors;
import org.vetreport.training.shared.Codes;
import org.vetreport.training.shared.Texts;

/**
 * One session of social training or skill appraisal (社会培训, 技能鉴定) the school ran: for whom, in which trade (工种),
 * commissioned by whom, for which region when it was counterpart support (对口支援, e.g. 四川阿坝), with how many
 * trainees (人次), of whom how many were appraised and passed. The report's 社会培训人次, 通过率 and 涉及工种 count these.
 *
 * @param endOn     the last day, absent for a session of one day
 * @param appraised trainees appraised (鉴定人数), 0 when absent; never more than the trainees
 * @param passed    of those, how many passed (通过人数), 0 when absent; never more than the appraised
 */
public record TrainingSession(String code, String title, String occupation, TrainingProgramme programme,
                              Audience audience, String commissionedBy, String region, LocalDate startOn,
                              LocalDate endOn, Integer trainees, Integer appraised, Integer passed) {

    private static final int TITLE_LENGTH = 100;
    private static final int LABEL_LENGTH = 50;

    public TrainingSession {
        title = Texts.strip(title);
        occupation = Texts.strip(occupation);
        commissionedBy = Texts.strip(commissionedBy);
        region = Texts.strip(region);
        appraised = appraised == null ? 0 : appraised;
        passed = passed == null ? 0 : passed;
        FieldErrors errors = new FieldErrors()
                .check(Codes.isCode(code), "code", Codes.CODE_RULE)
                .check(Texts.fits(title, TITLE_LENGTH), "title", Texts.rule(TITLE_LENGTH))
                .check(occupation == null || Texts.fits(occupation, LABEL_LENGTH), "occupation", Texts.rule(LABEL_LENGTH))
                .check(programme != null, "programme", "is required: one of " + List.of(TrainingProgramme.values()))
                .check(audience != null, "audience", "is required: one of " + List.of(Audience.values()))
                .check(commissionedBy == null || Texts.fits(commissionedBy, TITLE_LENGTH), "commissionedBy",
                        Texts.rule(TITLE_LENGTH))
                .check(region == null || Texts.fits(region, LABEL_LENGTH), "region", Texts.rule(LABEL_LENGTH))
                .check(startOn != null, "startOn", "is required")
                .check(trainees != null, "trainees", "is required: the number of trainees (培训人次), 0 or more")
                .check(trainees == null || trainees >= 0, "trainees", "must not be negative")
                .check(appraised >= 0, "appraised", "must not be negative")
                .check(passed >= 0, "passed", "must not be negative");
        if (trainees != null && trainees >= 0 && appraised >= 0) {
            errors.check(appraised <= trainees, "appraised", "must not be more than trainees (" + trainees + ")");
        }
        if (appraised >= 0 && passed >= 0) {
            errors.check(passed <= appraised, "passed", "must not be more than appraised (" + appraised + ")");
        }
        if (startOn != null && endOn != null) {
            errors.check(!endOn.isBefore(startOn), "endOn", "must not be before startOn (" + startOn + ")");
        }
        errors.throwIfAny();
    }
}
