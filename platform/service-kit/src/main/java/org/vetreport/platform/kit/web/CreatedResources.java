package org.vetreport.platform.kit.web;

import java.net.URI;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.vetreport.platform.kit.error.InvalidInputException;
import org.vetreport.platform.kit.store.EntityStore;
import org.vetreport.platform.kit.store.Precondition;
import org.vetreport.platform.kit.store.Versioned;
import org.vetreport.platform.kit.store.WriteResult;

/**
 * The HTTP side of resources without a natural key: created with {@code POST} (optionally with an
 * {@code Idempotency-Key}), then read, replaced and deleted under the id the service gave them.
 */
public final class CreatedResources {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String IDEMPOTENCY_KEY_DESCRIPTION = "Any text of 1 to 255 characters the client makes up "
            + "for this creation, such as a UUID. Sending it again with the same body answers 200 with the resource "
            + "created the first time and creates nothing; sending it with a different body is 409.";
    private static final int MAX_KEY_LENGTH = 255;

    private CreatedResources() {
    }

    /** The {@code Idempotency-Key} a client sent, or {@code null} when it sent none. */
    public static String idempotencyKey(String header) {
        if (header == null) {
            return null;
        }
        String key = header.strip();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw InvalidInputException.of(IDEMPOTENCY_KEY, "must be 1 to " + MAX_KEY_LENGTH
                    + " characters, such as a UUID made for this request");
        }
        return key;
    }

    /**
     * 201 with the {@code Location} of the new resource, or 200 with the resource an earlier request with the same
     * idempotency key created; the {@code ETag} either way.
     */
    public static <T, R> ResponseEntity<R> created(WriteResult<T> result, Function<Versioned<T>, R> representation) {
        Versioned<T> entity = result.entity();
        if (!result.created()) {
            return EntityResponses.found(entity, representation);
        }
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().pathSegment(entity.key()).build().toUri();
        return ResponseEntity.created(location).eTag(EntityTags.of(entity.version())).body(representation.apply(entity));
    }

    /**
     * The precondition for replacing a resource under its id. The id is the service's, so a replacement never
     * creates: an unknown id is 404, and without {@code If-Match} the write still requires the resource to exist
     * should it be deleted meanwhile.
     */
    public static Precondition replacing(EntityStore<?> store, String school, String id, String ifMatch) {
        Precondition precondition = EntityTags.ifMatch(ifMatch);
        store.get(school, id);
        return precondition == Precondition.NONE ? Precondition.EXISTS : precondition;
    }
}
