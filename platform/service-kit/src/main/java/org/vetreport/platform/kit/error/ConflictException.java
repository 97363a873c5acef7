package org.vetreport.platform.kit.error;

public class ConflictException extends ApiException {

    public ConflictException(String detail) {
        super(409, "Conflict", detail);
    }
}
