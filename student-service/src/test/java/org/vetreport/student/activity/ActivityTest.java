package org.vetreport.student.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vetreport.platform.kit.error.FieldError;
import org.vetreport.platform.kit.error.InvalidInputException;

class ActivityTest {

    private static final LocalDate DAY = LocalDate.of(2021, 3, 5);

    private static Activity event(ActivityKind kind, String title, LocalDate date) {
        return new Activity(kind, title, date, null, null, 120);
    }

    private static Activity club(String title, LocalDate from, LocalDate until) {
        return new Activity(ActivityKind.CLUB, title, null, from, until, 45);
    }

    private static List<FieldError> errorsOf(Runnable creation) {
        try {
            creation.run();
        } catch (InvalidInputException e) {
            return e.errors();
        }
        throw new AssertionError("no rule was broken");
    }

    @Test
    void aClubRunsFromActiveFromAndAnEventHasADate() {
        assertThat(club(" 机器人创新社 ", LocalDate.of(2018, 9, 15), null).title()).isEqualTo("机器人创新社");
        assertThat(club("书法社", LocalDate.of(2018, 9, 15), LocalDate.of(2021, 6, 30)).activeUntil()).isEqualTo("2021-06-30");
        assertThat(event(ActivityKind.VOLUNTEER_EVENT, "学雷锋志愿服务", DAY).date()).isEqualTo(DAY);
    }

    @Test
    void aClubNeedsActiveFromAndNoDate() {
        assertThat(errorsOf(() -> new Activity(ActivityKind.CLUB, "书法社", DAY, null, null, 10)))
                .extracting(FieldError::field).containsExactly("activeFrom", "date");
    }

    @Test
    void anEventNeedsADateAndNoActivePeriod() {
        List<FieldError> errors = errorsOf(() -> new Activity(ActivityKind.SPORTS_EVENT, "校运动会", null, DAY, DAY.plusDays(2), 800));

        assertThat(errors).extracting(FieldError::field).containsExactly("date", "activeFrom", "activeUntil");
        assertThat(errors.get(1).message()).isEqualTo("applies only to a CLUB; SPORTS_EVENT is an event with a date");
    }

    @Test
    void aClubMustCloseAfterItStarted() {
        assertThat(errorsOf(() -> club("书法社", DAY, DAY))).containsExactly(
                new FieldError("activeUntil", "must be after activeFrom (2021-03-05)"));
        assertThat(errorsOf(() -> club("书法社", DAY, DAY.minusDays(1)))).extracting(FieldError::field).containsExactly("activeUntil");
    }

    @Test
    void participantsMustBeGivenAndNotNegative() {
        assertThat(errorsOf(() -> new Activity(ActivityKind.CULTURE_EVENT, "读书节", DAY, null, null, -1)))
                .containsExactly(new FieldError("participants", "must not be negative"));
        assertThat(errorsOf(() -> new Activity(ActivityKind.CULTURE_EVENT, "读书节", DAY, null, null, null)))
                .containsExactly(new FieldError("participants", "is required"));
        assertThat(event(ActivityKind.CULTURE_EVENT, "读书节", DAY).participants()).isEqualTo(120);
    }

    @Test
    void kindAndTitleAreRequired() {
        assertThat(errorsOf(() -> new Activity(null, " ", DAY, null, null, 1))).extracting(FieldError::field)
                .containsExactly("kind", "title");
    }

    @Test
    void theImportKeyComesFromKindTitleAndDayNotFromTheCounts() {
        Activity event = event(ActivityKind.VOLUNTEER_EVENT, "学雷锋志愿服务", DAY);
        Activity moreParticipants = new Activity(ActivityKind.VOLUNTEER_EVENT, "学雷锋志愿服务", DAY, null, null, 150);
        Activity closedLater = club("书法社", LocalDate.of(2018, 9, 15), LocalDate.of(2022, 6, 30));

        assertThat(event.importKey()).isEqualTo(moreParticipants.importKey()).matches("[0-9a-f]{24}");
        assertThat(closedLater.importKey()).isEqualTo(club("书法社", LocalDate.of(2018, 9, 15), null).importKey());
        assertThat(Set.of(event.importKey(), event(ActivityKind.CULTURE_EVENT, "学雷锋志愿服务", DAY).importKey(),
                event(ActivityKind.VOLUNTEER_EVENT, "学雷锋志愿服务", DAY.plusDays(1)).importKey(),
                event(ActivityKind.VOLUNTEER_EVENT, "敬老院志愿服务", DAY).importKey(),
                club("学雷锋志愿服务", DAY, null).importKey())).hasSize(5);
    }

    @Test
    void aPeriodIsAYearARangeOrTheirOverlap() {
        LocalDate march = LocalDate.of(2021, 3, 1);

        assertThat(Period.of(2021, null, null)).isEqualTo(new Period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)));
        assertThat(Period.of(2021, march, LocalDate.of(2022, 5, 1))).isEqualTo(new Period(march, LocalDate.of(2021, 12, 31)));
        assertThat(Period.of(null, march, null)).isEqualTo(new Period(march, null));
        assertThat(Period.of(null, null, null).unbounded()).isTrue();
        assertThat(Period.of(2020, march, null).isEmpty()).isTrue();
        assertThatThrownBy(() -> Period.of(null, march, march.minusDays(1))).hasMessageContaining("to: must not be before from");
        assertThatThrownBy(() -> Period.of(10_000, null, null)).hasMessageContaining("year");
    }
}
