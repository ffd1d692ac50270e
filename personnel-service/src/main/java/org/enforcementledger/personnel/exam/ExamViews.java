package org.enforcementledger.personnel.exam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the exam API answers. */
public final class ExamViews {

    private ExamViews() {
    }

    @Schema(name = "Exam")
    public record ExamView(long id, UUID officerId, ExamKind kind, LocalDate takenOn, BigDecimal score,
            boolean passed) {
        static ExamView of(Exam e) {
            return new ExamView(e.id, e.officer.id, e.kind, e.takenOn, e.score, e.passed);
        }
    }
}
