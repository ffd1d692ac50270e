package org.enforcementledger.personnel.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.enforcementledger.personnel.officer.Officer;
import org.enforcementledger.personnel.officer.OfficerService;
import org.enforcementledger.personnel.outbox.EventPublisher;
import org.enforcementledger.personnel.rules.DateRules;
import org.enforcementledger.personnel.rules.TrainingRules;

/** Training an officer completed (培训记录), and the year's hours against R4.3's requirement. */
@ApplicationScoped
public class TrainingService {

    private final OfficerService officers;
    private final EventPublisher events;
    private final Clock clock;
    private final BigDecimal requiredHours;

    public TrainingService(OfficerService officers, EventPublisher events, Clock clock,
            @ConfigProperty(name = "ledger.training.required-hours", defaultValue = "60") BigDecimal requiredHours) {
        this.officers = officers;
        this.events = events;
        this.clock = clock;
        this.requiredHours = requiredHours;
    }

    @Transactional
    public Training record(UUID officerId, TrainingRequests.NewTraining request) {
        DateRules.requireNotInFuture("completedOn", request.completedOn(), LocalDate.now(clock));
        Officer officer = officers.lock(officerId);
        Training training = new Training();
        training.officer = officer;
        training.course = request.course();
        training.category = request.category();
        training.hours = request.hours();
        training.completedOn = request.completedOn();
        training.provider = request.provider();
        training.persist();
        events.publish(TrainingEvents.RECORDED, officer.id.toString(), officer.orgUnit,
                new TrainingEvents.TrainingRecorded(training.id, officer.id, officer.department.code,
                        officer.department.kind, training.course, training.category, training.hours,
                        training.completedOn, training.provider));
        return training;
    }

    /** The officer's training completed in a year, by completion day (404 outside the caller's read scope). */
    public List<Training> inYear(UUID officerId, int year) {
        officers.get(officerId);
        return Training.ofOfficerInYear(officerId, year);
    }

    /** R4.3: the year's hours per category and in total, against {@code ledger.training.required-hours}. */
    public TrainingViews.TrainingSummary summary(UUID officerId, int year) {
        TrainingRules.YearHours hours = TrainingRules.yearHours(inYear(officerId, year).stream()
                .map(t -> new TrainingRules.Completed(t.category, t.hours)).toList(), requiredHours);
        return new TrainingViews.TrainingSummary(officerId, year, hours.byCategory(), hours.total(), requiredHours,
                hours.met());
    }
}
