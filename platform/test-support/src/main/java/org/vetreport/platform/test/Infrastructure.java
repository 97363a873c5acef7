package org.vetreport.platform.test;

/** The Kafka broker and MongoDB server an integration test runs against. */
public interface Infrastructure {

    /** System property or test property that picks the infrastructure: {@code embedded} (default) or {@code containers}. */
    String SWITCH = "platform.test.infrastructure";

    String kafkaBootstrapServers();

    String mongoConnectionString();

    /** Stops the broker, keeping its data, to test what happens while Kafka is unreachable. */
    void stopKafka();

    /** Starts a stopped broker again on the same address with the same data. */
    void startKafka();

    static Infrastructure select(String kind) {
        if (kind == null || kind.isBlank() || kind.equals("embedded")) {
            return EmbeddedInfrastructure.shared();
        }
        if (kind.equals("containers")) {
            return ContainerInfrastructure.shared();
        }
        throw new IllegalArgumentException(SWITCH + " must be 'embedded' or 'containers' but was '" + kind + "'");
    }
}
