package org.enforcementledger.personnel.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.enforcementledger.personnel.department.DepartmentKind;
import org.enforcementledger.personnel.rules.TrainingCategory;

/** The data of training events on {@code personnel.events}, keyed by officer id. */
public final class TrainingEvents {

    public static final String RECORDED = "training.recorded.v1";

    private TrainingEvents() {
    }

    public record TrainingRecorded(long trainingId, UUID officerId, String departmentCode,
            DepartmentKind departmentKind, String course, TrainingCategory category, BigDecimal hours,
            LocalDate completedOn, String provider) {
    }
}
