package org.vetreport.report.replica;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartitionOffsetsTest {

    @Test
    void lagIsTheRecordsBetweenTheCommittedOffsetAndTheEnd() {
        PartitionOffsets partition = new PartitionOffsets("student.majors.v1", 0, 0, 12, 9L);

        assertThat(partition.nextOffset()).isEqualTo(9);
        assertThat(partition.lag()).isEqualTo(3);
    }

    @Test
    void withoutACommitTheGroupReadsFromTheStartOfThePartition() {
        PartitionOffsets partition = new PartitionOffsets("student.majors.v1", 1, 4, 10, null);

        assertThat(partition.nextOffset()).isEqualTo(4);
        assertThat(partition.lag()).isEqualTo(6);
    }

    @Test
    void aCommitBelowTheStartCountsFromTheStartAsTheConsumerResetsThere() {
        PartitionOffsets partition = new PartitionOffsets("student.majors.v1", 2, 7, 10, 3L);

        assertThat(partition.nextOffset()).isEqualTo(7);
        assertThat(partition.lag()).isEqualTo(3);
    }

    @Test
    void aCaughtUpGroupHasNoLag() {
        assertThat(new PartitionOffsets("student.majors.v1", 0, 0, 5, 5L).lag()).isZero();
        assertThat(new PartitionOffsets("student.majors.v1", 0, 0, 0, null).lag()).isZero();
    }
}
