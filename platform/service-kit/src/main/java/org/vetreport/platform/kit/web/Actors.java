package org.vetreport.platform.kit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/** Who is making a request, as recorded with every write. */
public final class Actors {

    public static final String ANONYMOUS = "anonymous";

    private Actors() {
    }

    public static String of(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal == null ? ANONYMOUS : principal.getName();
    }
}
