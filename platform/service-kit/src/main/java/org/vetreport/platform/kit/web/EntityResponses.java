package org.vetreport.platform.kit.web;

import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.vetreport.platform.kit.store.Versioned;
import org.vetreport.platform.kit.store.WriteResult;

/** The HTTP answers to reads and writes of versioned entities: status, {@code ETag} and {@code Location}. */
public final class EntityResponses {

    private EntityResponses() {
    }

    public static <T, R> ResponseEntity<R> found(Versioned<T> entity, Function<Versioned<T>, R> representation) {
        return ResponseEntity.ok().eTag(EntityTags.of(entity.version())).body(representation.apply(entity));
    }

    /** 201 with {@code Location} for a new entity, 200 otherwise; always the current {@code ETag}. */
    public static <T, R> ResponseEntity<R> written(WriteResult<T> result, Function<Versioned<T>, R> representation) {
        Versioned<T> entity = result.entity();
        R body = representation.apply(entity);
        if (result.created()) {
            return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().build().toUri())
                    .eTag(EntityTags.of(entity.version())).body(body);
        }
        return ResponseEntity.ok().eTag(EntityTags.of(entity.version())).body(body);
    }

    public static ResponseEntity<Void> deleted() {
        return ResponseEntity.noContent().build();
    }
}
