package org.enforcementledger.report.personnel;

import static org.enforcementledger.report.consumer.Sql.date;
import static org.enforcementledger.report.consumer.Sql.uuid;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.enforcementledger.report.consumer.Batch;
import org.enforcementledger.report.consumer.CloudEvent;
import org.enforcementledger.report.consumer.EventHandler;
import org.enforcementledger.report.consumer.Figures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Training hours count in the calendar year of completion (R4.3); the annual legal exam (R4.4) counts as taken and,
 * if passed, passed in the year it was sat.
 */
@ApplicationScoped
public class TrainingAndExamEventsHandler implements EventHandler {

    static final String TRAINING = "enforcementledger.personnel.training.recorded.v1";
    static final String EXAM = "enforcementledger.personnel.exam.recorded.v1";

    public static final String TRAINING_HOURS = "personnel.trainingHoursTotal";
    public static final String EXAMS_TAKEN = "personnel.examsTaken";
    public static final String EXAMS_PASSED = "personnel.examsPassed";

    @Override
    public Set<String> types() {
        return Set.of(TRAINING, EXAM);
    }

    @Override
    public void apply(Batch batch, CloudEvent event) throws SQLException {
        JsonNode data = event.data();
        if (TRAINING.equals(event.type())) {
            LocalDate completedOn = date(data, "completedOn");
            batch.defer("INSERT INTO training_projection (training_id, officer_id, org_unit, category, hours,"
                    + " completed_on) VALUES (?, ?, ?, ?, ?, ?)", data.path("trainingId").asLong(),
                    uuid(data, "officerId"), event.orgUnit(), data.path("category").asText(),
                    data.path("hours").decimalValue(), completedOn);
            Figures.add(batch.connection(), event.orgUnit(), completedOn.getYear(), TRAINING_HOURS,
                    data.path("hours").decimalValue());
            return;
        }
        LocalDate takenOn = date(data, "takenOn");
        boolean passed = data.path("passed").asBoolean();
        batch.defer("INSERT INTO exam_projection (exam_id, officer_id, org_unit, kind, taken_on, score, passed)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", data.path("examId").asLong(), uuid(data, "officerId"),
                event.orgUnit(), data.path("kind").asText(), takenOn, data.path("score").decimalValue(), passed);
        if ("ANNUAL_LEGAL".equals(data.path("kind").asText())) {
            Figures.increment(batch.connection(), event.orgUnit(), takenOn.getYear(), EXAMS_TAKEN);
            if (passed) {
                Figures.increment(batch.connection(), event.orgUnit(), takenOn.getYear(), EXAMS_PASSED);
            }
        }
    }
}
