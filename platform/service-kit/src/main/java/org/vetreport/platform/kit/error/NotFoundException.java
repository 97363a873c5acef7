package org.vetreport.platform.kit.error;

public class NotFoundException extends ApiException {

    public NotFoundException(String detail) {
        super(404, "Not Found", detail);
    }

    public static NotFoundException of(String what, String school, String key) {
        return new NotFoundException(what + " '" + key + "' does not exist in school '" + school + "'");
    }
}
