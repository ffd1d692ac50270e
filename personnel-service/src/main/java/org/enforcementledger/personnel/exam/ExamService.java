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

/** Exams an officer sat (考试记录): the qualification exam a certificate needs (§4.1) and the annual legal exam (R4.4). */
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

    /** The officer's exams, oldest first (404 for an officer outside the caller's read scope). */
    public List<Exam> ofOfficer(UUID officerId) {
        officers.get(officerId);
        return Exam.ofOfficer(officerId);
    }
}
