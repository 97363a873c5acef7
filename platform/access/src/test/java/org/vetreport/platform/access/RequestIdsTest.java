package org.vetreport.platform.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void keepsTheCallersSensibleId() {
        assertThat(RequestIds.of("dept-system-42")).isEqualTo("dept-system-42");
        assertThat(RequestIds.of("a.b_c:d-1")).isEqualTo("a.b_c:d-1");
        assertThat(RequestIds.of("x".repeat(64))).isEqualTo("x".repeat(64));
    }

    @Test
    void makesUpANewIdForNoneOrOneThatCouldForgeLogLines() {
        for (String given : new String[] {null, "", "x".repeat(65), "two words", "id\r\nforged: line", "学号"}) {
            assertThat(RequestIds.of(given)).as("for %s", given)
                    .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        }
        assertThat(RequestIds.of(null)).isNotEqualTo(RequestIds.of(null));
    }
}
