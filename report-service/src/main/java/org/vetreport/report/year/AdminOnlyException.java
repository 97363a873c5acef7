package org.vetreport.report.year;

import org.vetreport.platform.kit.error.ApiException;

/** A step the access policy lets every writer of years request but only an administrator may take. */
class AdminOnlyException extends ApiException {

    AdminOnlyException(String detail) {
        super(403, "Forbidden", detail);
    }
}
