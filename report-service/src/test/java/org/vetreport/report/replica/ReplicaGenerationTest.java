package org.vetreport.report.replica;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vetreport.platform.events.Topics;

class ReplicaGenerationTest {

    @Test
    void theFirstGenerationKeepsTheNamesTheReplicaAlwaysHad() {
        assertThat(ReplicaGeneration.collectionName(1, Topics.STUDENT_MAJORS)).isEqualTo("replica_student_majors_v1");
        assertThat(ReplicaGeneration.collectionName(2, Topics.TRAINING_ROOMS)).isEqualTo("replica_g2_training_training_rooms_v1");
    }

    @Test
    void aCollectionNameTellsItsGenerationOnlyWhenItCopiesADomainTopic() {
        assertThat(ReplicaGeneration.generationOf("replica_student_majors_v1")).contains(1);
        assertThat(ReplicaGeneration.generationOf("replica_g12_faculty_teacher_trainings_v1")).contains(12);
        assertThat(ReplicaGeneration.generationOf("replica_watermark")).isEmpty();
        assertThat(ReplicaGeneration.generationOf("replica_generation")).isEmpty();
        assertThat(ReplicaGeneration.generationOf("replica_g2_report_schools_v1")).isEmpty();
        assertThat(ReplicaGeneration.generationOf("audit")).isEmpty();
    }
}
