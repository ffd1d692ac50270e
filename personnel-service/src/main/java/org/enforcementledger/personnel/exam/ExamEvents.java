package org.enforcementledger.personnel.exam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.enforcementledger.personnel.department.DepartmentKind;

/** The data of exam events on {@code personnel.events}, keyed by officer id. */
public final class ExamEvents {

    public static final String RECORDED = "exam.recorded.v1";

    private ExamEvents() {
    }

    public record ExamRecorded(long examId, UUID officerId, String departmentCode, DepartmentKind departmentKind,
            ExamKind kind, LocalDate takenOn, BigDecimal score, boolean passed) {
    }
}
