package org.vetreport.platform.access;

import java.util.Arrays;
import java.util.Optional;

/** The roles a token's {@code roles} claim may name (DESIGN §7). */
public enum Role {
    /** 教务/学生处: writes student-service data. */
    REGISTRAR("registrar"),
    /** 人事处: writes faculty-service data. */
    HR("hr"),
    /** 财务处: writes finance-service data. */
    FINANCE("finance"),
    /** 培训/实训部门: writes training-service data. */
    TRAINING("training"),
    /** Writes narrative, editions, check explanations and locks of the report. */
    REPORT_EDITOR("report-editor"),
    /** Reads indicators and reports; with a {@code regions} claim, the roll-ups of those regions. */
    VIEWER("viewer"),
    /** Manages schools, replica rebuilds and reads the audit log. */
    ADMIN("admin");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    /** The role as it is written in a token. */
    public String claim() {
        return claim;
    }

    public static Optional<Role> fromClaim(String value) {
        return Arrays.stream(values()).filter(role -> role.claim.equals(value)).findFirst();
    }
}
