package org.vetreport.platform.kit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.vetreport.platform.events.Topic;
import org.vetreport.platform.events.Topics;
import jakarta.validation.Validator;
import org.vetreport.platform.kit.importing.Importer;
import org.vetreport.platform.kit.importing.Imports;
import org.vetreport.platform.kit.kafka.DeadLetters;
import org.vetreport.platform.kit.kafka.PlatformKafkaProperties;
import org.vetreport.platform.kit.kafka.PlatformTopics;
import org.vetreport.platform.kit.lock.LockedPeriods;
import org.vetreport.platform.kit.lock.ReportYearsListener;
import org.vetreport.platform.kit.outbox.OutboxProperties;
import org.vetreport.platform.kit.outbox.OutboxRelay;
import org.vetreport.platform.kit.outbox.OutboxSignal;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.EntityStoreFactory;
import org.vetreport.platform.kit.tenancy.SchoolPathInterceptor;
import org.vetreport.platform.kit.web.ProblemDetailsHandler;
import org.vetreport.platform.kit.web.ProblemResponsesDocumentation;
import org.vetreport.platform.kit.web.RequestIdFilter;
import org.vetreport.platform.kit.web.RequestSizeLimitFilter;
import org.vetreport.platform.kit.web.StrictJson;
import org.vetreport.platform.kit.web.WebProperties;
import tools.jackson.databind.json.JsonMapper;

/** Wires the shared mechanics into every service that has the kit on its class path. */
@AutoConfiguration
@EnableConfigurationProperties({OutboxProperties.class, PlatformKafkaProperties.class, WebProperties.class})
@Import(ProblemDetailsHandler.class)
public class PlatformAutoConfiguration {

    private static final String BEARER = "bearer";
    private static final String LOCKS_ENABLED = "platform.locks.enabled";

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    MongoDatabase mongoDatabase(MongoClient client, MongoProperties properties) {
        return client.getDatabase(properties.getMongoClientDatabase());
    }

    @Bean
    OutboxSignal outboxSignal() {
        return new OutboxSignal();
    }

    @Bean
    LockedPeriods lockedPeriods(@Value("${" + LOCKS_ENABLED + ":true}") boolean followed) {
        return followed ? new LockedPeriods() : LockedPeriods.noneLocked();
    }

    @Bean
    @ConditionalOnBooleanProperty(name = LOCKS_ENABLED, matchIfMissing = true)
    ReportYearsListener reportYearsListener(KafkaProperties kafka, LockedPeriods locks, JsonMapper json,
            @Value("${spring.application.name}") String service,
            @Value("${platform.locks.startup-wait:30s}") Duration startupWait) {
        return new ReportYearsListener(kafka.buildConsumerProperties(), service, locks, json,
                startupWait);
    }

    @Bean
    EntityStoreFactory entityStoreFactory(MongoDatabase database, JsonMapper json, Clock clock,
            OutboxSignal signal, @Value("${spring.application.name}") String service, LockedPeriods locks) {
        return new EntityStoreFactory(database, json, clock, "/" + service, signal::signal, locks);
    }

    @Bean
    OutboxRelay outboxRelay(ObjectProvider<EntityStore<?>> stores, KafkaTemplate<String, byte[]> kafka,
            KafkaAdmin admin, OutboxProperties properties, OutboxSignal signal, MeterRegistry meters) {
        return new OutboxRelay(stores, kafka, admin, properties, signal, meters);
    }

    @Bean
    PlatformTopics platformTopics(PlatformKafkaProperties properties) {
        return new PlatformTopics(properties);
    }

    /**
     * The topics of this service's entities, and the report years it follows to know the locked ones: declared
     * here too so that it can follow them whichever service starts first, and in the same list so that a service
     * that also owns them declares them once.
     */
    @Bean
    KafkaAdmin.NewTopics ownedTopics(PlatformTopics topics, List<EntityStore<?>> stores, Environment environment) {
        Stream<Topic> owned = stores.stream().map(store -> store.type().topic());
        if (environment.getProperty(LOCKS_ENABLED, Boolean.class, true)) {
            owned = Stream.concat(owned, Stream.of(Topics.REPORT_YEARS));
        }
        return topics.entityTopics(owned.distinct().toList());
    }

    @Bean
    @ConditionalOnMissingBean
    CommonErrorHandler kafkaErrorHandler(KafkaTemplate<?, ?> template) {
        return DeadLetters.errorHandler(template);
    }

    @Bean
    Imports imports(JsonMapper json, Validator validator) {
        return new Imports(new Importer(json, validator));
    }

    @Bean
    ProblemResponsesDocumentation problemResponsesDocumentation() {
        return new ProblemResponsesDocumentation();
    }

    @Bean
    StrictJson strictJson() {
        return new StrictJson();
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(WebProperties properties) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(properties));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    WebMvcConfigurer schoolPathValidation() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new SchoolPathInterceptor()).addPathPatterns("/api/v1/schools/**");
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI openApi(@Value("${spring.application.name}") String service,
            @Value("${platform.api.description:}") String description) {
        return new OpenAPI().info(new Info().title(service).version("v1").description(description))
                .components(new Components()
                        .addSchemas(ProblemResponsesDocumentation.PROBLEM, ProblemResponsesDocumentation.problemSchema())
                        .addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("An access token of the platform's identity provider; roles and schools as "
                                + "its roles and schools claims grant")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
