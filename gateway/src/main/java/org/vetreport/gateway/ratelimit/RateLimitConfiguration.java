package org.vetreport.gateway.ratelimit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vetreport.gateway.GatewayProperties;

/** The rate limiter the security chain puts in front of the services, unless rate limits are switched off. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "platform.gateway.rate-limit.enabled", havingValue = "true")
class RateLimitConfiguration {

    @Bean
    ClientRateLimiter clientRateLimiter(GatewayProperties properties, ApplicationContext context) {
        GatewayProperties.RateLimit limit = properties.rateLimit();
        return switch (limit.store()) {
            case MEMORY -> new InMemoryRateLimiter(limit.requestsPerSecond(), limit.burst(), System::nanoTime);
            case REDIS -> new RedisClientRateLimiter(limit.requestsPerSecond(), limit.burst(), context);
        };
    }
}
