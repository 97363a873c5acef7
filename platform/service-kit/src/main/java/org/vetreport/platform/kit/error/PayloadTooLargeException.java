package org.vetreport.platform.kit.error;

public class PayloadTooLargeException extends ApiException {

    public PayloadTooLargeException(long limitBytes) {
        super(413, "Content Too Large", "the request body is larger than the limit of " + limitBytes + " bytes");
    }
}
