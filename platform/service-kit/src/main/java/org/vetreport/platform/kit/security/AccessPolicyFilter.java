package org.vetreport.platform.kit.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.vetreport.platform.access.AccessPolicy;
import org.vetreport.platform.access.Caller;
import org.vetreport.platform.access.Decision;
import org.vetreport.platform.access.ResourceFamily;
import org.vetreport.platform.kit.web.ProblemResponses;

/**
 * Applies the platform's {@link AccessPolicy} to every API request of an authenticated caller, for the resource
 * families this service owns: another school's resources are 404 (indistinguishable from ones that do not exist),
 * an operation the caller's roles do not allow is 403. A path of no family of this service is 404 too, so an
 * endpoint left out of the table is unreachable rather than open.
 */
final class AccessPolicyFilter extends OncePerRequestFilter {

    private final AccessPolicy policy;
    private final String service;
    private final Callers callers;

    AccessPolicyFilter(AccessPolicy policy, String service, Callers callers) {
        this.policy = policy;
        this.service = service;
        this.callers = callers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI();
        Caller caller = callers.from(token.getToken());
        boolean ours = policy.familyOf(path).map(ResourceFamily::service).filter(service::equals).isPresent();
        Decision decision = ours ? policy.decide(request.getMethod(), path, caller) : Decision.NOT_FOUND;
        switch (decision) {
            case ALLOW -> chain.doFilter(request, response);
            case FORBIDDEN -> ProblemResponses.write(request, response, HttpStatus.FORBIDDEN,
                    "your roles " + caller.roles() + " may not " + (isRead(request) ? "read" : "change")
                            + " this resource");
            case NOT_FOUND -> ProblemResponses.write(request, response, HttpStatus.NOT_FOUND,
                    "no resource exists at " + path + " for you");
        }
    }

    private static boolean isRead(HttpServletRequest request) {
        return request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
    }
}
