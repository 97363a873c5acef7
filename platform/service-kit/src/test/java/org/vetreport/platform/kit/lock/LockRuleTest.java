package org.vetreport.platform.kit.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.events.Topics;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.store.EntityType;

class LockRuleTest {

    record Voucher(String voucherNo, LocalDate postedOn, BigDecimal amount) {
    }

    record Room(String code, String name, Integer workstations, LocalDate openedOn, LocalDate closedOn) {
    }

    private static final EntityType<Voucher> VOUCHERS = EntityType.of("income", Voucher.class, Topics.FINANCE_INCOME,
            voucher -> List.of(DatedField.on("postedOn", voucher.postedOn())));
    private static final EntityType<Room> ROOMS = EntityType.lasting("training-room", Room.class,
            Topics.TRAINING_ROOMS, "openedOn", Room::openedOn, "closedOn", Room::closedOn, "name");
    private static final ReportPeriod Y2024 = new ReportPeriod(2024, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    private static final List<ReportPeriod> LOCKED = List.of(Y2024);

    private static Voucher voucher(String postedOn, String amount) {
        return new Voucher("V1", LocalDate.parse(postedOn), new BigDecimal(amount));
    }

    private static Room room(String name, int workstations, String closedOn) {
        return new Room("R1", name, workstations, LocalDate.of(2018, 9, 1), closedOn == null ? null : LocalDate.parse(closedOn));
    }

    @Test
    void creatingARecordDatedInALockedYearIsRefusedNamingTheDateSchoolYearAndPeriod() {
        Optional<YearLockedException> refusal = LockRule.check(VOUCHERS, "jxtc", "V1", null,
                voucher("2024-03-01", "100"), LOCKED);

        assertThat(refusal).hasValueSatisfying(e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.title()).isEqualTo("Report year locked");
            assertThat(e.detail()).contains("report year 2024", "'jxtc'", "2024-01-01 to 2024-12-31",
                    "postedOn 2024-03-01", "creating income 'V1'");
            assertThat(e.errors()).extracting(FieldError::field).containsExactly("postedOn");
        });
    }

    @Test
    void recordsDatedOutsideTheLockedYearAreWrittenFreely() {
        assertThat(LockRule.check(VOUCHERS, "jxtc", "V1", null, voucher("2025-01-01", "100"), LOCKED)).isEmpty();
        assertThat(LockRule.check(VOUCHERS, "jxtc", "V1", voucher("2023-12-31", "100"), voucher("2023-12-31", "90"),
                LOCKED)).isEmpty();
    }

    @Test
    void changingAFieldOfARecordInTheLockedYearNamesThatField() {
        Optional<YearLockedException> refusal = LockRule.check(VOUCHERS, "jxtc", "V1", voucher("2024-03-01", "100"),
                voucher("2024-03-01", "90"), LOCKED);

        assertThat(refusal).hasValueSatisfying(e ->
                assertThat(e.errors()).extracting(FieldError::field).containsExactly("amount"));
    }

    @Test
    void movingARecordOutOfOrIntoTheLockedYearIsRefused() {
        assertThat(LockRule.check(VOUCHERS, "jxtc", "V1", voucher("2024-03-01", "100"), voucher("2025-03-01", "100"),
                LOCKED)).hasValueSatisfying(e -> assertThat(e.errors()).extracting(FieldError::field)
                .containsExactly("postedOn"));
        assertThat(LockRule.check(VOUCHERS, "jxtc", "V1", voucher("2025-03-01", "100"), voucher("2024-03-01", "100"),
                LOCKED)).isPresent();
    }

    @Test
    void deletingARecordTheLockedYearCountsIsRefused() {
        assertThat(LockRule.check(VOUCHERS, "jxtc", "V1", voucher("2024-03-01", "100"), null, LOCKED))
                .hasValueSatisfying(e -> assertThat(e.detail()).contains("deleting income 'V1'"));
        assertThat(LockRule.check(VOUCHERS, "jxtc", "V1", voucher("2022-03-01", "100"), null, LOCKED)).isEmpty();
    }

    @Test
    void withoutLockedYearsEverythingIsAllowed() {
        assertThat(LockRule.check(VOUCHERS, "jxtc", "V1", voucher("2024-03-01", "100"), null, List.of())).isEmpty();
    }

    @Test
    void aLastingThingMayCloseAfterTheLockedYearButNotInsideIt() {
        assertThat(LockRule.check(ROOMS, "jxtc", "R1", room("A", 40, null), room("A", 40, "2025-07-01"), LOCKED))
                .isEmpty();
        assertThat(LockRule.check(ROOMS, "jxtc", "R1", room("A", 40, null), room("A", 40, "2024-07-01"), LOCKED))
                .hasValueSatisfying(e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("closedOn"));
    }

    @Test
    void aFieldNoFigureReadsStaysCorrectableWhileOneTheFiguresReadDoesNot() {
        assertThat(LockRule.check(ROOMS, "jxtc", "R1", room("A", 40, null), room("B", 40, null), LOCKED)).isEmpty();
        assertThat(LockRule.check(ROOMS, "jxtc", "R1", room("A", 40, null), room("A", 41, null), LOCKED))
                .hasValueSatisfying(e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("workstations"));
    }

    @Test
    void aThingClosedBeforeTheLockedYearIsNotInItsFigures() {
        assertThat(LockRule.check(ROOMS, "jxtc", "R1", room("A", 40, "2023-06-30"), room("A", 41, "2023-06-30"),
                LOCKED)).isEmpty();
    }

    @Test
    void aYearLabelPlacesARecordInThePeriodOfThatLabel() {
        DatedField graduationYear = DatedField.inYear("graduationYear", 2024);

        assertThat(graduationYear.in(Y2024)).isTrue();
        assertThat(DatedField.inYear("graduationYear", 2023).in(Y2024)).isFalse();
        assertThat(DatedField.inYear("graduationYear", null).in(Y2024)).isFalse();
    }

    @Test
    void aSpanIsInEveryPeriodItOverlaps() {
        assertThat(DatedField.between("startOn", LocalDate.of(2023, 11, 1), LocalDate.of(2024, 1, 1)).in(Y2024)).isTrue();
        assertThat(DatedField.between("startOn", LocalDate.of(2023, 11, 1), null).in(Y2024)).isTrue();
        assertThat(DatedField.between("startOn", LocalDate.of(2023, 11, 1), LocalDate.of(2023, 12, 31)).in(Y2024))
                .isFalse();
        assertThat(DatedField.between("startOn", LocalDate.of(2025, 1, 1), null).in(Y2024)).isFalse();
    }
}
