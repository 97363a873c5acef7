package org.vetreport.platform.access;

/** The token claims the platform reads, and the audience every platform token must carry. */
public final class Claims {

    public static final String ROLES = "roles";
    public static final String SCHOOLS = "schools";
    public static final String REGIONS = "regions";
    public static final String AUDIENCE = "vetreport";

    private Claims() {
    }
}
