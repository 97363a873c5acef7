package org.vetreport.gateway.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.gateway.GatewayProperties;

/**
 * The circuit breaker of each service route: after repeated failures to reach a service the gateway answers 503
 * at once for a while instead of trying again, so callers of a dead service do not wait on connection attempts.
 * It has no time limiter of its own (spring.cloud.circuitbreaker.resilience4j.disable-time-limiter): the HTTP
 * client's response timeout already limits every request, to the gateway's timeout or, on a service's import
 * route, the import timeout, and a request it cuts counts as a failure here like any other.
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
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(circuitBreaker)
                .build());
    }
}
