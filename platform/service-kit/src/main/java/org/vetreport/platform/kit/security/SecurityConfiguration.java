package org.vetreport.platform.kit.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.vetreport.platform.access.AcceptedTokens;
import org.vetreport.platform.access.AccessPolicy;

/**
 * Every service is an OAuth2 resource server: it validates the bearer token again (issuer, signature, expiry,
 * audience, from the standard {@code spring.security.oauth2.resourceserver.jwt.*} properties) and applies the
 * platform's access policy; tokens it accepted are remembered until they expire ({@link AcceptedTokens}). Only
 * health, metrics and the API documents are open.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"})
@EnableConfigurationProperties(ClaimNames.class)
public class SecurityConfiguration {

    private static final String[] OPEN = {"/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    @Bean
    Callers callers(ClaimNames names) {
        return new Callers(names);
    }

    @Bean
    SecurityFilterChain platformSecurity(HttpSecurity http, Callers callers, Environment environment,
            @Value("${spring.application.name}") String service, ObjectProvider<JwtDecoder> decoder,
            @Value("${platform.security.validated-tokens.maximum-size:10000}") long validatedTokens,
            @Value("${platform.security.validated-tokens.max-age:5m}") Duration validatedTokenAge) throws Exception {
        IssuerGuard.check(environment);
        ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers(OPEN).permitAll().anyRequest().authenticated())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.decoder(new ValidatedTokens(decoder.getObject(),
                                new AcceptedTokens<>(Jwt::getExpiresAt, validatedTokens, validatedTokenAge, Clock.systemUTC()))))
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterAfter(new AccessPolicyFilter(AccessPolicy.PLATFORM, service, callers), AuthorizationFilter.class);
        return http.build();
    }
}
