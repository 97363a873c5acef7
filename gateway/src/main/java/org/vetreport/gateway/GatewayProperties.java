package org.vetreport.gateway;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** The gateway's own settings ({@code platform.gateway.*}); defaults and meanings are in application.yml. */
@ConfigurationProperties("platform.gateway")
public record GatewayProperties(DataSize maxRequestSize, Duration timeout, Duration importTimeout, Cors cors, RateLimit rateLimit,
                                CircuitBreaker circuitBreaker) {

    public record Cors(List<String> allowedOrigins) {

        public Cors {
            allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        }
    }

    public record RateLimit(boolean enabled, int requestsPerSecond, int burst, Store store) {

        public enum Store { MEMORY, REDIS }

        public RateLimit {
            if (enabled && (requestsPerSecond < 1 || burst < requestsPerSecond)) {
                throw new IllegalArgumentException("platform.gateway.rate-limit needs requests-per-second >= 1 and burst >= "
                        + "requests-per-second, got " + requestsPerSecond + " and " + burst);
            }
        }
    }

    public record CircuitBreaker(int minimumCalls, float failureRateThreshold, Duration openDuration) {
    }
}
