package org.enforcementledger.report.personnel;

import static org.enforcementledger.report.consumer.Sql.date;
import static org.enforcementledger.report.consumer.Sql.uuid;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.enforcementledger.report.consumer.Batch;
import org.enforcementledger.report.consumer.CloudEvent;
import org.enforcementledger.report.consumer.EventHandler;
import org.enforcementledger.report.consumer.FactIds;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Training hours count in the calendar year of completion (R4.3). Exams and absences from them are stored for
 * {@link PersonnelFigures}, which counts the officers who sat, passed or were absent from the annual legal exam (R4.4),
 * not the sittings. Each training, exam and absence is stored and counted once under its id.
 */
@ApplicationScoped
public class TrainingAndExamEventsHandler implements EventHandler {

    static final String TRAINING = "enforcementledger.personnel.training.recorded.v1";
    static final String EXAM = "enforcementledger.personnel.exam.recorded.v1";
    static final String ABSENCE = "enforcementledger.personnel.exam.absence-recorded.v1";

    private static final FactIds.Table TRAININGS = new FactIds.Table("training_projection", "training_id", "bigint");
    private static final FactIds.Table EXAMS = new FactIds.Table("exam_projection", "exam_id", "bigint");
    private static final String INSERT_TRAINING = TRAININGS
            .insert("training_id, officer_id, org_unit, category, hours, completed_on");
    private static final String INSERT_EXAM = EXAMS
            .insert("exam_id, officer_id, org_unit, kind, taken_on, score, passed");
    private static final FactIds.Table ABSENCES = new FactIds.Table("exam_absence", "absence_id", "bigint");
    private static final String INSERT_ABSENCE = ABSENCES.insert("absence_id, officer_id, org_unit, kind, held_on");

    @Override
    public Set<String> types() {
        return Set.of(TRAINING, EXAM, ABSENCE);
    }

    @Override
    public void load(Batch batch, List<CloudEvent> events) throws SQLException {
        FactIds facts = FactIds.of(batch);
        facts.load(TRAININGS, ids(events, TRAINING, "trainingId"));
        facts.load(EXAMS, ids(events, EXAM, "examId"));
        facts.load(ABSENCES, ids(events, ABSENCE, "absenceId"));
    }

    @Override
    public void apply(Batch batch, CloudEvent event) {
        JsonNode data = event.data();
        if (TRAINING.equals(event.type())) {
            long trainingId = data.path("trainingId").asLong();
            if (!FactIds.of(batch).add(TRAININGS, trainingId)) {
                return;
            }
            LocalDate completedOn = date(data, "completedOn");
            batch.defer(INSERT_TRAINING, trainingId, uuid(data, "officerId"), event.orgUnit(),
                    data.path("category").asText(), data.path("hours").decimalValue(), completedOn);
            batch.add(event.orgUnit(), completedOn.getYear(), PersonnelCounters.TRAINING_HOURS,
                    data.path("hours").decimalValue());
            return;
        }
        if (ABSENCE.equals(event.type())) {
            long absenceId = data.path("absenceId").asLong();
            if (FactIds.of(batch).add(ABSENCES, absenceId)) {
                batch.defer(INSERT_ABSENCE, absenceId, uuid(data, "officerId"), event.orgUnit(),
                        data.path("kind").asText(), date(data, "heldOn"));
            }
            return;
        }
        long examId = data.path("examId").asLong();
        if (!FactIds.of(batch).add(EXAMS, examId)) {
            return;
        }
        batch.defer(INSERT_EXAM, examId, uuid(data, "officerId"), event.orgUnit(), data.path("kind").asText(),
                date(data, "takenOn"), data.path("score").decimalValue(), data.path("passed").asBoolean());
    }

    private static List<Long> ids(List<CloudEvent> events, String type, String field) {
        return events.stream().filter(e -> type.equals(e.type())).map(e -> e.data().path(field).asLong()).toList();
    }
}
