package nl.netwerkregie.command.theme;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.platform.domain.RuleViolationException;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.values.CycleStep;
import nl.netwerkregie.values.DevelopmentPeriod;
import nl.netwerkregie.values.MeetingId;

/**
 * The state one programme cycle's rules need: its number and development period, when each step
 * started, its meeting moments, its manifestation, its practice agreements, and whether they are fixed
 * or the cycle is closed. Kept by {@link Programme}; every rule that depends on time is judged on the
 * command's effective date, so a back-dated fact is checked against the cycle as it stood then.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class ProgrammeCycle {
    private int number;
    private DevelopmentPeriod period;
    private final Map<CycleStep, LocalDate> steps = new EnumMap<>(CycleStep.class);
    private final Map<MeetingId, Meeting> meetings = new HashMap<>();
    private LocalDate manifestationOn;
    private int practiceAgreements;
    private LocalDate fixedOn;
    private LocalDate closedOn;
    /** The dates of every fact recorded in the cycle, which a corrected period must keep inside it. */
    private final List<LocalDate> factDates = new ArrayList<>();

    ProgrammeCycle() {
        // for snapshots
    }

    ProgrammeCycle(int number, DevelopmentPeriod period) {
        this.number = number;
        this.period = period;
    }

    record Meeting(LocalDate date, LocalDate preparationStart, boolean held) {}

    int number() {
        return number;
    }

    DevelopmentPeriod period() {
        return period;
    }

    LocalDate fixedOn() {
        return fixedOn;
    }

    LocalDate closedOn() {
        return closedOn;
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(period.start()) && !date.isAfter(period.end());
    }

    // ---- rules ----

    /** Anything recorded in a cycle after its closing date is refused; closing itself is not such a fact. */
    void requireOpenOn(LocalDate date) {
        if (closedOn != null && date.isAfter(closedOn)) {
            throw new RuleViolationException(
                    "cycle-closed", "effectiveDate", "cycle " + number + " was closed on " + closedOn);
        }
    }

    /** {@code date} lies in the development period; {@code field} names the date at fault. */
    void requireInside(LocalDate date, String field, String what) {
        if (!contains(date)) {
            throw new RuleViolationException(
                    "outside-cycle",
                    field,
                    what + " on " + date + " lies outside cycle " + number + " (" + period.start() + " to "
                            + period.end() + ")");
        }
    }

    /** The step had started on {@code date}; {@code rule} names what the caller tried too early. */
    void requireStarted(CycleStep step, LocalDate date, String rule, String what) {
        LocalDate started = steps.get(step);
        if (started == null || started.isAfter(date)) {
            throw new RuleViolationException(
                    rule,
                    "effectiveDate",
                    what + " needs step " + step.number() + " of cycle " + number + " to have started by " + date
                            + (started == null ? "; it has not started" : "; it started on " + started));
        }
    }

    void requireCanStart(CycleStep step, LocalDate date) {
        requireOpenOn(date);
        if (steps.containsKey(step)) {
            throw new RuleViolationException(
                    "step-already-started",
                    "step",
                    "step " + step.number() + " of cycle " + number + " started on " + steps.get(step));
        }
        if (date.isAfter(period.end())) {
            requireInside(date, "effectiveDate", "starting step " + step.number());
        }
        step.previous().ifPresent(previous -> {
            LocalDate started = steps.get(previous);
            if (started == null || started.isAfter(date)) {
                throw new RuleViolationException(
                        "step-out-of-order",
                        "step",
                        "step " + step.number() + " cannot start before step " + previous.number()
                                + (started == null ? ", which has not started" : ", which started on " + started));
            }
        });
    }

    Meeting meeting(MeetingId id) {
        Meeting meeting = meetings.get(id);
        if (meeting == null) {
            throw new UnknownResourceException("meeting moment", id.value(), "meetingId");
        }
        return meeting;
    }

    boolean hasMeeting(MeetingId id) {
        return meetings.containsKey(id);
    }

    boolean manifestationHeld() {
        return manifestationOn != null;
    }

    LocalDate manifestationOn() {
        return manifestationOn;
    }

    int practiceAgreements() {
        return practiceAgreements;
    }

    /** A corrected period must keep every recorded fact inside it. */
    void requireCovers(DevelopmentPeriod corrected) {
        for (LocalDate date : factDates) {
            if (date.isBefore(corrected.start()) || date.isAfter(corrected.end())) {
                throw new RuleViolationException(
                        "period-excludes-recorded-facts",
                        "developmentPeriod",
                        "cycle " + number + " has a fact recorded on " + date + ", outside " + corrected.start()
                                + " to " + corrected.end());
            }
        }
    }

    // ---- state changes, from events ----

    void periodCorrected(DevelopmentPeriod corrected) {
        period = corrected;
    }

    void stepStarted(CycleStep step, LocalDate date) {
        steps.put(step, date);
        factDates.add(date);
    }

    void factRecorded(LocalDate date) {
        factDates.add(date);
    }

    void meetingPlanned(MeetingId id, LocalDate date, LocalDate preparationStart) {
        meetings.put(id, new Meeting(date, preparationStart, false));
        factDates.add(date);
    }

    void meetingHeld(MeetingId id, LocalDate date) {
        Meeting planned = meetings.get(id);
        meetings.put(
                id,
                new Meeting(
                        planned == null ? date : planned.date(),
                        planned == null ? null : planned.preparationStart(),
                        true));
        factDates.add(date);
    }

    void manifestationHeld(LocalDate date) {
        manifestationOn = date;
        factDates.add(date);
    }

    void practiceAgreementMade(LocalDate date) {
        practiceAgreements++;
        factDates.add(date);
    }

    void practiceAgreementsFixed(LocalDate date) {
        fixedOn = date;
        factDates.add(date);
    }

    void closed(LocalDate date) {
        closedOn = date;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProgrammeCycle c
                && number == c.number
                && practiceAgreements == c.practiceAgreements
                && java.util.Objects.equals(period, c.period)
                && steps.equals(c.steps)
                && meetings.equals(c.meetings)
                && java.util.Objects.equals(manifestationOn, c.manifestationOn)
                && java.util.Objects.equals(fixedOn, c.fixedOn)
                && java.util.Objects.equals(closedOn, c.closedOn)
                && factDates.equals(c.factDates);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(number, period, steps, meetings, fixedOn, closedOn);
    }
}
