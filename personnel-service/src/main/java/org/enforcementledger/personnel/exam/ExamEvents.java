package org.enforcementledger.personnel.exam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.enforcementledger.personnel.department.DepartmentKind;

/** The data of exam events on {@code personnel.events}, keyed by officer id. */
public final class ExamEvents {

    public static final String RECORDED = "exam.recorded.v1";
    public static final String ABSENCE_RECORDED = "exam.absence-recorded.v1";

    private ExamEvents() {
    }

    public record ExamRecorded(long examId, UUID officerId, String departmentCode, DepartmentKind departmentKind,
            ExamKind kind, LocalDate takenOn, BigDecimal score, boolean passed) {
    }

    /** An absence from the annual legal exam (R4.4); {@code reason} is null when none was given. */
    public record AbsenceRecorded(long absenceId, UUID officerId, String departmentCode, DepartmentKind departmentKind,
            ExamKind kind, LocalDate heldOn, String reason) {
    }
}
