package org.vetreport.gateway.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.gateway.ApiRoutes;
import org.vetreport.gateway.GatewayProperties;

/**
 * The circuit breaker of each service route: after repeated failures to reach a service the gateway answers 503
 * at once for a while instead of trying again, so callers of a dead service do not wait on connection attempts.
 * Its time limit is the gateway's timeout, long enough for any ordinary request (Resilience4j's own default of
 * one second would cut report computations), or the import timeout on a service's import route.
 */
@Configuration(proxyBeanMethods = false)
class CircuitBreakerConfiguration {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> serviceCircuitBreakers(GatewayProperties properties) {
        GatewayProperties.CircuitBreaker breaker = properties.circuitBreaker();
        CircuitBreakerConfig circuitBreaker = CircuitBreakerConfig.custom()
                .slidingWindowType(SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(breaker.minimumCalls())
                .minimumNumberOfCalls(breaker.minimumCalls())
                .failureRateThreshold(breaker.failureRateThreshold())
                .waitDurationInOpenState(breaker.openDuration())
                .build();
        TimeLimiterConfig timeLimiter = TimeLimiterConfig.custom().timeoutDuration(properties.timeout()).build();
        TimeLimiterConfig importTimeLimiter = TimeLimiterConfig.custom().timeoutDuration(properties.importTimeout()).build();
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(circuitBreaker)
                .timeLimiterConfig(id.endsWith(ApiRoutes.IMPORTS) ? importTimeLimiter : timeLimiter)
                .build());
    }
}
