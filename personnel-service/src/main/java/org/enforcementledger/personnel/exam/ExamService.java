package org.enforcementledger.personnel.exam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.enforcementledger.personnel.officer.Officer;
import org.enforcementledger.personnel.officer.OfficerService;
import org.enforcementledger.personnel.outbox.EventPublisher;
import org.enforcementledger.personnel.rules.DateRules;
import org.enforcementledger.personnel.rules.ExamRules;

/**
 * Exams an officer sat (考试记录): the qualification exam a certificate needs (§4.1) and the annual legal exam (R4.4),
 * and absences from the annual legal exam (R4.4).
 */
@ApplicationScoped
public class ExamService {

    private final OfficerService officers;
    private final EventPublisher events;
    private final Clock clock;

    public ExamService(OfficerService officers, EventPublisher events, Clock clock) {
        this.officers = officers;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Exam record(UUID officerId, ExamRequests.NewExam request) {
        DateRules.requireNotInFuture("takenOn", request.takenOn(), LocalDate.now(clock));
        Officer officer = officers.lock(officerId);
        if (request.kind() == ExamKind.ANNUAL_LEGAL) {
            ExamRules.requireNotAbsent(officerId, request.takenOn(),
                    ExamAbsence.recordedOn(officerId, request.kind(), request.takenOn()));
        }
        Exam exam = new Exam();
        exam.officer = officer;
        exam.kind = request.kind();
        exam.takenOn = request.takenOn();
        exam.score = request.score();
        exam.passed = request.passed();
        exam.persist();
        events.publish(ExamEvents.RECORDED, officer.id.toString(), officer.orgUnit,
                new ExamEvents.ExamRecorded(exam.id, officer.id, officer.department.code, officer.department.kind,
                        exam.kind, exam.takenOn, exam.score, exam.passed));
        return exam;
    }

    /**
     * Records that the officer was absent from the annual legal exam held on a day (R4.4): an officer of the town, on
     * the staff that day, neither recorded as sitting the exam nor already as absent that day.
     */
    @Transactional
    public ExamAbsence recordAbsence(UUID officerId, ExamRequests.NewAbsence request) {
        DateRules.requireNotInFuture("heldOn", request.heldOn(), LocalDate.now(clock));
        ExamRules.requireAnnualLegalExam(request.kind() == ExamKind.ANNUAL_LEGAL);
        Officer officer = officers.lock(officerId);
        ExamRules.requireOnStaff(officerId, officer.joinedOn, officer.leftOn, request.heldOn());
        ExamRules.requireNotAbsent(officerId, request.heldOn(),
                ExamAbsence.recordedOn(officerId, request.kind(), request.heldOn()));
        ExamRules.requireNotSat(officerId, request.heldOn(), Exam.takenOn(officerId, request.kind(), request.heldOn()));
        ExamAbsence absence = new ExamAbsence();
        absence.officer = officer;
        absence.kind = request.kind();
        absence.heldOn = request.heldOn();
        absence.reason = request.reason();
        absence.persist();
        events.publish(ExamEvents.ABSENCE_RECORDED, officer.id.toString(), officer.orgUnit,
                new ExamEvents.AbsenceRecorded(absence.id, officer.id, officer.department.code,
                        officer.department.kind, absence.kind, absence.heldOn, absence.reason));
        return absence;
    }

    /** The officer's absences from exams, oldest first (404 for an officer outside the caller's read scope). */
    public List<ExamAbsence> absencesOf(UUID officerId) {
        officers.get(officerId);
        return ExamAbsence.ofOfficer(officerId);
    }

    /** The officer's exams, oldest first (404 for an officer outside the caller's read scope). */
    public List<Exam> ofOfficer(UUID officerId) {
        officers.get(officerId);
        return Exam.ofOfficer(officerId);
    }
}
