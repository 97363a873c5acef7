package org.vetreport.platform.kit.store;

import java.util.List;
import org.vetreport.platform.events.ChangeEvent;

/**
 * The pending events of one entity document, in the order they were written, as the relay publishes them.
 *
 * @param documentVersion the entity version when the batch was read; if it is unchanged when the relay clears
 *                        the batch, nothing was added meanwhile and the whole outbox can go
 * @param pending         the events as stored, for the entity's history
 * @param events          the same events as they go to Kafka
 */
public record OutboxBatch(EntityStore<?> store, String documentId, long documentVersion, List<PendingEvent> pending,
                          List<ChangeEvent> events) {
}
