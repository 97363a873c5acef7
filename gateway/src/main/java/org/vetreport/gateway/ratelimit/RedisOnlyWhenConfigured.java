package org.vetreport.gateway.ratelimit;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Keeps Spring Boot's Redis auto-configurations (connection factory, templates, health check) out unless the
 * rate limits are kept in Redis: the Redis client is on the class path for that case only, and a gateway without
 * Redis must neither connect to one nor report one's health.
 */
public class RedisOnlyWhenConfigured implements AutoConfigurationImportFilter, EnvironmentAware {

    private static final String REDIS_AUTO_CONFIGURATIONS = "org.springframework.boot.data.redis.";

    private boolean redisStore;

    @Override
    public void setEnvironment(Environment environment) {
        redisStore = environment.getProperty("platform.gateway.rate-limit.enabled", Boolean.class, true)
                && "redis".equalsIgnoreCase(environment.getProperty("platform.gateway.rate-limit.store"));
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < matches.length; i++) {
            String candidate = autoConfigurationClasses[i];
            matches[i] = redisStore || candidate == null || !candidate.startsWith(REDIS_AUTO_CONFIGURATIONS);
        }
        return matches;
    }
}
