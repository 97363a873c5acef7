package org.vetreport.gateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.vetreport.platform.access.AccessPolicy;
import org.vetreport.platform.access.ResourceFamily;

/**
 * Two routes per service, reaching every resource family the access policy gives it, so a family added to the
 * table is routed the day it is added: one for bulk imports ({@code <resource>:import}), allowed
 * {@code platform.gateway.import-timeout}, and one for everything else. Route ids and circuit breakers are named
 * after the service, and the {@value #SERVICE} metadata names it for problem details.
 */
@Configuration(proxyBeanMethods = false)
public class ApiRoutes {

    public static final String SERVICE = "service";
    private static final String IMPORTS = ":imports";

    @Bean
    RouteLocator serviceRoutes(RouteLocatorBuilder builder, Environment environment, GatewayProperties properties) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        pathPatternsByService(AccessPolicy.PLATFORM).forEach((service, patterns) -> {
            String uri = environment.getRequiredProperty("platform.services." + service);
            String[] imports = patterns.stream().filter(pattern -> pattern.endsWith(":*"))
                    .map(pattern -> pattern.replace(":*", ":import")).toArray(String[]::new);
            routes.route(service + IMPORTS, route -> route.order(-1).path(imports).and().method(HttpMethod.POST)
                    .filters(filters -> filters.circuitBreaker(breaker -> breaker.setName(service + IMPORTS)))
                    .metadata(SERVICE, service)
                    .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, properties.importTimeout().toMillis())
                    .uri(uri));
            routes.route(service, route -> route.path(patterns.toArray(String[]::new))
                    .filters(filters -> filters.circuitBreaker(breaker -> breaker.setName(service)))
                    .metadata(SERVICE, service)
                    .uri(uri));
        });
        return routes.build();
    }

    static Map<String, List<String>> pathPatternsByService(AccessPolicy policy) {
        return policy.families().stream().collect(Collectors.groupingBy(ResourceFamily::service, LinkedHashMap::new,
                Collectors.flatMapping(family -> family.pathPatterns().stream(), Collectors.toList())));
    }
}
