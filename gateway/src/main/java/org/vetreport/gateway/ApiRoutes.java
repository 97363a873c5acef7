package org.vetreport.gateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.vetreport.platform.access.AccessPolicy;
import org.vetreport.platform.access.ResourceFamily;

/**
 * One route per service, reaching every resource family the access policy gives it, so a family added to the
 * table is routed the day it is added. The route id is the service name: problem details and circuit breakers
 * are named after it.
 */
@Configuration(proxyBeanMethods = false)
class ApiRoutes {

    @Bean
    RouteLocator serviceRoutes(RouteLocatorBuilder builder, Environment environment) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        pathPatternsByService(AccessPolicy.PLATFORM).forEach((service, patterns) -> routes.route(service, route -> route
                .path(patterns.toArray(String[]::new))
                .filters(filters -> filters.circuitBreaker(breaker -> breaker.setName(service)))
                .uri(environment.getRequiredProperty("platform.services." + service))));
        return routes.build();
    }

    static Map<String, List<String>> pathPatternsByService(AccessPolicy policy) {
        return policy.families().stream().collect(Collectors.groupingBy(ResourceFamily::service, LinkedHashMap::new,
                Collectors.flatMapping(family -> family.pathPatterns().stream(), Collectors.toList())));
    }
}
