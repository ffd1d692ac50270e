package org.enforcementledger.report.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.enforcementledger.report.problem.RuleViolationException;
import org.enforcementledger.report.publication.PublicationApi.Status;
import org.junit.jupiter.api.Test;

/** Spec §11.1: a year is published after it ends, by 31 January of the next, in the town's calendar. */
class DeadlineTest {

    private static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");

    @Test
    void aYearIsPublishedOnlyOnceItHasEnded() {
        RuleViolationException running = catchThrowableOfType(RuleViolationException.class,
                () -> Deadline.requireEnded(2024, LocalDate.of(2024, 12, 31)));
        assertThat(running.rule()).isEqualTo("§11.1");
        assertThat(running.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("year");
            assertThat(error.message()).isEqualTo(
                    "is published after it ends: 2024 can be published from 2025-01-01 (today is 2024-12-31)");
        });
        assertThat(catchThrowableOfType(RuleViolationException.class,
                () -> Deadline.requireEnded(2026, LocalDate.of(2025, 6, 1))).rule()).isEqualTo("§11.1");
        assertThatCode(() -> Deadline.requireEnded(2024, LocalDate.of(2025, 1, 1))).doesNotThrowAnyException();
    }

    @Test
    void publishedBy31JanuaryInTheTownsCalendarIsOnTime() {
        assertThat(Deadline.of(2024)).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(Deadline.status(2024, OffsetDateTime.parse("2025-01-31T23:59:59+08:00"), TOWN))
                .isEqualTo(Status.ON_TIME);
        assertThat(Deadline.status(2024, OffsetDateTime.parse("2025-01-31T16:30:00Z"), TOWN))
                .as("00:30 on 1 February in Chongqing").isEqualTo(Status.LATE);
        assertThat(Deadline.status(2024, OffsetDateTime.parse("2025-01-15T09:00:00+08:00"), TOWN))
                .isEqualTo(Status.ON_TIME);
        assertThat(Deadline.status(2024, null, TOWN)).isEqualTo(Status.NOT_PUBLISHED);
    }
}
