package org.vetreport.platform.kit.tenancy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.vetreport.platform.kit.error.InvalidInputException;

/**
 * Checks the {@code {school}} path segment of every tenant-scoped request and puts it into the log context, so
 * every log line of the request names the school.
 */
public final class SchoolPathInterceptor implements HandlerInterceptor {

    public static final String MDC_KEY = "school";
    private static final String VARIABLE = "school";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String school = variables == null ? null : variables.get(VARIABLE);
        if (school == null) {
            return true;
        }
        if (!SchoolCode.isValid(school)) {
            throw InvalidInputException.of(VARIABLE, "school code '" + abbreviate(school)
                    + "' must be 2 to 32 lower-case letters, digits or '-', starting with a letter");
        }
        MDC.put(MDC_KEY, school);
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        MDC.remove(MDC_KEY);
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
