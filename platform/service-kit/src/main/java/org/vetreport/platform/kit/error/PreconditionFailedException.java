package org.vetreport.platform.kit.error;

/** The caller's {@code If-Match} names a version that is no longer current. */
public class PreconditionFailedException extends ApiException {

    public PreconditionFailedException(String detail) {
        super(412, "Precondition Failed", detail);
    }
}
