package org.vetreport.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.vetreport.gateway.GatewayProperties;
import org.vetreport.gateway.Problems;
import org.vetreport.gateway.ratelimit.ClientRateLimiter;
import org.vetreport.gateway.ratelimit.RateLimitFilter;
import org.vetreport.platform.access.AcceptedTokens;
import org.vetreport.platform.access.Claims;

/**
 * The gateway authenticates: every API request needs a valid bearer token of the platform's identity provider.
 * Roles and schools are the services' business (they validate the same token again, against the access policy),
 * so the gateway passes the Authorization header on untouched. A token it accepted is remembered until it expires
 * ({@link AcceptedTokens}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Health probes, metrics scraping and the API documentation answer without a token. */
    static final String[] OPEN = {"/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/v3/api-docs/**"};

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, Environment environment, GatewayProperties properties,
                                           Problems problems, ObjectProvider<ClientRateLimiter> rateLimiter,
                                           ObjectProvider<ReactiveJwtDecoder> decoder,
                                           @Value("${platform.security.validated-tokens.maximum-size:10000}") long validatedTokens,
                                           @Value("${platform.security.validated-tokens.max-age:5m}") Duration validatedTokenAge) {
        TrustedIssuer.check(environment);
        ProblemAuthenticationEntryPoint unauthenticated = new ProblemAuthenticationEntryPoint(problems);
        ServerAccessDeniedHandler denied = (exchange, failure) -> problems.write(exchange, HttpStatus.FORBIDDEN,
                "this token does not give access to " + exchange.getRequest().getPath().value());
        // stateless: no CSRF token, session or saved request, since every request brings its own bearer token
        http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(cors -> cors.configurationSource(cors(properties.cors())))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(OPEN).permitAll()
                        // the remaining actuator endpoints (e.g. the route list) reveal internals: not on the public port
                        .pathMatchers("/actuator/**").denyAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenConverter(new BearerTokens())
                        .jwt(jwt -> jwt.jwtDecoder(new ValidatedTokens(decoder.getObject(), new AcceptedTokens<>(
                                Jwt::getExpiresAt, validatedTokens, validatedTokenAge, Clock.systemUTC()))))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied));
        // after authentication, so an authenticated caller is limited by its token's subject
        rateLimiter.ifAvailable(limiter ->
                http.addFilterBefore(new RateLimitFilter(limiter, problems), SecurityWebFiltersOrder.AUTHORIZATION));
        return http.build();
    }

    /**
     * No observation (timer and span) per security filter, authentication and authorization: 5% of the gateway's
     * CPU samples under the mixed load (bench/mixed-load.sh), and nothing http.server.requests does not tell (a
     * refused token is its 401, a refused path its 403); the request's own observation and trace stay.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring Security's request firewall, with its header character rules checked without regular expressions. */
    @Bean
    ServerWebExchangeFirewall firewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters::allowedName);
        firewall.setAllowedHeaderValues(HeaderCharacters::allowedValue);
        return firewall;
    }

    /** Every platform token must name the platform as its audience, whatever else the deployment configures. */
    @Bean
    OAuth2TokenValidator<Jwt> platformAudience() {
        return new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                audience -> audience != null && audience.contains(Claims.AUDIENCE));
    }

    static CorsConfigurationSource cors(GatewayProperties.Cors properties) {
        CorsConfiguration cors = new CorsConfiguration();
        // an empty list refuses every cross-origin request
        cors.setAllowedOrigins(properties.allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "PUT", "POST", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "If-None-Match", "Idempotency-Key",
                "X-Request-Id"));
        cors.setExposedHeaders(List.of("ETag", "Location", "X-Request-Id", "X-Trace-Id", "Retry-After"));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
