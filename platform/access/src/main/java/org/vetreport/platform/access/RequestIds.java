package org.vetreport.platform.access;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The {@code X-Request-Id} a request carries from its caller through the gateway to the service and back, one id that
 * ties together the caller's, the gateway's and the service's logs. The gateway and the services decide it by the
 * same rule: the caller's own id if it sent a sensible one, else a new one.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    /** The id of a request that came with this header value (null: none). */
    public static String of(String given) {
        return given != null && ACCEPTABLE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }
}
