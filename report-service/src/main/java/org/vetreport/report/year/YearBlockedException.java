package org.vetreport.report.year;

import java.util.List;
import org.vetreport.platform.kit.error.ConflictException;

/** The year cannot take the step while findings block it; the answer lists them so the editor can act on each. */
class YearBlockedException extends ConflictException {

    private final List<String> blocking;

    YearBlockedException(int year, String step, List<String> blocking) {
        super("the year " + year + " cannot be " + step + ": " + blocking.size() + " findings block it (every error, "
                + "and every warning not yet explained); fix the data or explain the warnings, then retry. "
                + "GET .../checks?year=" + year + " lists them");
        this.blocking = List.copyOf(blocking);
    }

    List<String> blocking() {
        return blocking;
    }
}
