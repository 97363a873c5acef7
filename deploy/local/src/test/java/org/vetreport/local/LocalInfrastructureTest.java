package org.vetreport.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.vetreport.local.LocalInfrastructure.Component;

class LocalInfrastructureTest {

    @Test
    void withoutASelectionEverythingRunsAsBefore() {
        assertThat(LocalInfrastructure.components("")).containsExactlyInAnyOrder(Component.values());
    }

    @Test
    void aSelectionRunsOnlyWhatItNamesWhateverTheCaseAndSpacing() {
        assertThat(LocalInfrastructure.components("kafka")).containsExactly(Component.KAFKA);
        assertThat(LocalInfrastructure.components("MongoDB, issuer")).containsExactlyInAnyOrder(Component.MONGODB, Component.ISSUER);
    }

    @Test
    void anUnknownOrEmptySelectionIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> LocalInfrastructure.components("kafak,mongodb"))
                .hasMessageContaining("local.components").hasMessageContaining("'kafak'");
        assertThatThrownBy(() -> LocalInfrastructure.components(","))
                .hasMessageContaining("local.components names no component");
    }
}
