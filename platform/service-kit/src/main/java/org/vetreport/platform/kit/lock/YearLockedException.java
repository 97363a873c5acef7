package org.vetreport.platform.kit.lock;

import java.net.URI;
import java.util.List;
import org.vetreport.platform.kit.error.ApiException;
import org.vetreport.platform.kit.error.FieldError;

/** A write refused because it would change the figures of a locked report year. */
public class YearLockedException extends ApiException {

    public static final URI TYPE = URI.create("urn:vetreport:problem:report-year-locked");
    public static final String TITLE = "Report year locked";

    private final List<FieldError> errors;

    public YearLockedException(String detail, List<FieldError> errors) {
        super(409, TITLE, detail);
        this.errors = List.copyOf(errors);
    }

    /** The fields whose change the locked year's figures would see. */
    public List<FieldError> errors() {
        return errors;
    }
}
