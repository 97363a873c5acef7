package org.vetreport.student.student;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** One entry of a student's status history: from {@code effectiveOn} the student is {@code status}. */
@Schema(description = "A change of a student's status")
public record StatusChange(
        @Schema(example = "SUSPENDED") @NotNull StudentStatus status,
        @Schema(example = "2020-03-01") @NotNull LocalDate effectiveOn,
        @Schema(example = "因病休学") @Size(max = 200) String reason) {
}
