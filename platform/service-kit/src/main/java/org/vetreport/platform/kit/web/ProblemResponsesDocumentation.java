package org.vetreport.platform.kit.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents the problem-details answers every operation can give, so each API document lists them with the
 * {@code application/problem+json} shape without repeating annotations on every endpoint.
 */
public final class ProblemResponsesDocumentation implements OperationCustomizer {

    public static final String PROBLEM = "Problem";

    /** The schema of every error body. */
    public static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().example("openedOn"))
                .addProperty("message", new StringSchema().example("'2015/09/01' is not valid: expected a date written YYYY-MM-DD"))
                .addProperty("row", new IntegerSchema().description("the file row, for bulk imports"));
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("requestId", new StringSchema())
                .addProperty("errors", new ArraySchema().items(fieldError).description("every field problem"));
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        boolean write = !isRead(handler);
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("400", "the request breaks a rule; errors name each field and rule");
        answers.put("401", "no valid bearer token");
        answers.put("403", "the token's roles do not allow this");
        answers.put("404", "no such resource for the caller (also for schools outside the token's schools)");
        if (write) {
            answers.put("409", "a conflicting change, e.g. an Idempotency-Key reused for a different request");
            answers.put("412", "If-Match names a version that is no longer current");
            answers.put("413", "the body is larger than allowed");
            answers.put("415", "the body's type or encoding cannot be read");
        }
        answers.put("503", "a dependency is unavailable; nothing was written; retry later");
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        answers.forEach((status, description) -> responses.computeIfAbsent(status, key -> new ApiResponse()
                .description(description)
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
        operation.setResponses(responses);
        return operation;
    }

    private static boolean isRead(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping != null && mapping.method().length > 0 && Arrays.stream(mapping.method())
                .allMatch(method -> method == RequestMethod.GET || method == RequestMethod.HEAD);
    }
}
