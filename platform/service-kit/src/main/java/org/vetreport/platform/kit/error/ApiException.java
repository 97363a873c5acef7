package org.vetreport.platform.kit.error;

/**
 * A failure the client can act on. The web layer renders it as RFC 9457 problem details with this status,
 * title and detail; domain code throws it without knowing about HTTP beyond the status number.
 */
public abstract class ApiException extends RuntimeException {

    private final int status;
    private final String title;

    protected ApiException(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }
}
