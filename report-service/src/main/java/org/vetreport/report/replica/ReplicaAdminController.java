package org.vetreport.report.replica;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "admin", description = "Operating the report service (admins only): how far the replica has read, and "
        + "rebuilding it from the compacted topics")
class ReplicaAdminController {

    static final String STATUS = "/api/v1/admin/replica";

    private final Replicas replicas;
    private final Watermark watermark;
    private final ReplicaOffsets offsets;
    private final ReplicaRebuild rebuild;
    private final KafkaListenerEndpointRegistry listeners;

    ReplicaAdminController(Replicas replicas, Watermark watermark, ReplicaOffsets offsets, ReplicaRebuild rebuild,
            KafkaListenerEndpointRegistry listeners) {
        this.replicas = replicas;
        this.watermark = watermark;
        this.offsets = offsets;
        this.rebuild = rebuild;
        this.listeners = listeners;
    }

    @GetMapping(STATUS)
    @Operation(summary = "The replica's position on every partition of every replicated topic, and its rebuilds",
            description = "Per partition: the offset of the last record applied (the watermark indicator values "
                    + "carry), the next offset the live consumer group reads, the end offset and the lag between "
                    + "them, and the time of the last event applied. Overall: the active generation of the replica, "
                    + "whether a rebuild is running and the last rebuild.")
    ReplicaStatus status() {
        MessageListenerContainer container = listeners.getListenerContainer(ReplicaConsumer.LISTENER_ID);
        Map<String, Watermark.Position> applied = watermark.positions().stream()
                .collect(Collectors.toMap(position -> position.topic() + ":" + position.partition(), Function.identity()));
        Map<String, List<PartitionStatus>> byTopic = new LinkedHashMap<>();
        for (PartitionOffsets partition : offsets.snapshot(container.getGroupId())) {
            Watermark.Position position = applied.get(partition.topic() + ":" + partition.partition());
            byTopic.computeIfAbsent(partition.topic(), topic -> new ArrayList<>()).add(new PartitionStatus(
                    partition.partition(), position == null ? null : position.offset(), partition.nextOffset(),
                    partition.end(), partition.lag(), position == null ? null : position.lastEventTime()));
        }
        List<TopicStatus> topics = byTopic.entrySet().stream().map(topic -> new TopicStatus(topic.getKey(),
                topic.getValue().stream().mapToLong(PartitionStatus::lag).sum(), topic.getValue())).toList();
        RebuildStatus lastRebuild = rebuild.status().orElse(null);
        return new ReplicaStatus(replicas.activeGeneration(), lastRebuild != null && lastRebuild.isRunning(),
                lastRebuild, topics);
    }

    @PostMapping(STATUS + ":rebuild")
    @Operation(summary = "Rebuild the whole replica from the compacted topics, without interrupting readers",
            description = "Fills a new generation of the replica from the earliest offsets while the current one "
                    + "keeps serving reads and receiving changes, then switches to it and drops the old one. Events "
                    + "are not recorded in the audit log again; records that break the event contract go to their "
                    + "topic's dead-letter topic. Follow the progress at the Location.")
    @ApiResponse(responseCode = "202", description = "the rebuild started; its progress is at the Location")
    @ApiResponse(responseCode = "409", description = "a rebuild is running already",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<RebuildStatus> startRebuild() {
        RebuildStatus started = rebuild.start();
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(STATUS).build().toUri();
        return ResponseEntity.accepted().location(location).body(started);
    }

    @Schema(name = "ReplicaStatus", description = "How far the replica has read every replicated topic, and its rebuilds")
    record ReplicaStatus(
            @Schema(description = "the generation of the replica readers use") int generation,
            @Schema(description = "whether a rebuild is filling the next generation") boolean rebuilding,
            @Schema(description = "the running rebuild, or the last one") RebuildStatus lastRebuild,
            List<TopicStatus> topics) {
    }

    @Schema(name = "ReplicaTopicStatus", description = "The replica's position on one topic")
    record TopicStatus(String topic, @Schema(description = "the lag of all its partitions") long lag,
                       List<PartitionStatus> partitions) {
    }

    @Schema(name = "ReplicaPartitionStatus", description = "The replica's position on one partition of a topic")
    record PartitionStatus(
            int partition,
            @Schema(description = "the offset of the last record applied (the watermark); absent before the first")
            Long offset,
            @Schema(description = "the next offset the live consumer group reads, as it last committed") long nextOffset,
            @Schema(description = "the offset the next record written to the partition will get") long endOffset,
            @Schema(description = "records written to the partition and not read yet: endOffset - nextOffset") long lag,
            @Schema(description = "the time of the last event applied; absent before the first") Instant lastEventTime) {
    }
}
