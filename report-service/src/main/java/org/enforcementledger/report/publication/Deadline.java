package org.enforcementledger.report.publication;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.enforcementledger.report.problem.RuleViolationException;
import org.enforcementledger.report.publication.PublicationApi.Status;

/**
 * When a year is published (spec §11.1): after it ends — the statistical year runs from 1 January to 31 December, so
 * the current year cannot be published before it is over, nor a future one — and by 31 January of the next year, in
 * the town's calendar ({@code ledger.time-zone}).
 */
final class Deadline {

    private Deadline() {
    }

    /** 31 January of the next year. */
    static LocalDate of(int year) {
        return LocalDate.of(year + 1, 1, 31);
    }

    /** Refuses a year not over yet: the current one or one to come. */
    static void requireEnded(int year, LocalDate today) {
        if (today.getYear() <= year) {
            throw new RuleViolationException("§11.1", "year", "is published after it ends: " + year
                    + " can be published from " + (year + 1) + "-01-01 (today is " + today + ")");
        }
    }

    /** A town's standing for the year, from its first publication (null: none). */
    static Status status(int year, OffsetDateTime firstPublishedAt, ZoneId zone) {
        if (firstPublishedAt == null) {
            return Status.NOT_PUBLISHED;
        }
        return firstPublishedAt.atZoneSameInstant(zone).toLocalDate().isAfter(of(year)) ? Status.LATE
                : Status.ON_TIME;
    }
}
