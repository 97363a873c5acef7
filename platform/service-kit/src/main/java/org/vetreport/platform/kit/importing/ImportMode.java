package org.vetreport.platform.kit.importing;

import java.util.Arrays;
import org.vetreport.platform.kit.error.InvalidInputException;

/** What an import does when some rows are bad. */
public enum ImportMode {
    /** One bad row rejects the whole file; nothing is written. */
    ALL_OR_NOTHING("all-or-nothing"),
    /** The good rows are written, the bad ones returned. */
    VALID_ONLY("valid-only");

    private final String parameter;

    ImportMode(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static ImportMode of(String parameter) {
        return Arrays.stream(values()).filter(mode -> mode.parameter.equals(parameter)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("mode", "must be all-or-nothing or valid-only"));
    }
}
