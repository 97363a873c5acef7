package org.vetreport.platform.kit.lock;

import java.net.URI;
import org.vetreport.platform.kit.error.ApiException;

/**
 * A write refused because this service has not yet read which report years are locked (it started while the
 * broker was unreachable). Nothing was written; the same request succeeds once the locks are known.
 */
public class YearLocksUnknownException extends ApiException {

    public static final URI TYPE = URI.create("urn:vetreport:problem:report-years-unknown");

    public YearLocksUnknownException() {
        super(503, "Report years not yet known", "this service has not yet read which report years are locked, "
                + "so it cannot tell whether this write would change a locked year; nothing was written, retry later");
    }
}
