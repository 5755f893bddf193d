package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.netwerkregie.command.aggregates.Dated;
import nl.netwerkregie.events.CycleStepStarted;
import nl.netwerkregie.events.DevelopmentPeriodCorrected;
import nl.netwerkregie.events.MeetingMomentPlanned;
import nl.netwerkregie.events.PositionShifted;
import nl.netwerkregie.events.ProgrammeCycleStarted;
import nl.netwerkregie.events.ThemeBuurtenChanged;
import nl.netwerkregie.events.ThemeNamed;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.CycleStep;
import nl.netwerkregie.values.DevelopmentPeriod;
import nl.netwerkregie.values.MeetingId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.PositionShift;
import nl.netwerkregie.values.ThemeId;

/**
 * Tells an aggregate what it may know of other themes: whether they exist, in which municipality, and
 * the {@link Facts} rules that span aggregates need. Resolved as a command-handler parameter.
 */
public interface ThemeDirectory {
    /** The theme's facts as recorded now; empty when no such theme exists. Blocks on the store. */
    Optional<Facts> facts(ThemeId themeId);

    /** The municipality the theme was named for; empty when no such theme exists. */
    default Optional<MunicipalityCode> municipalityOf(ThemeId themeId) {
        return facts(themeId).map(Facts::municipality);
    }

    /**
     * What another aggregate may ask about a theme, folded from the theme's events: its municipality, the
     * day it was named, the buurten it runs in on a date, the development period of each programme cycle
     * and who holds a position of involvement in its network on a date. Built and kept up to date by the
     * {@link ThemeDirectory}; every method is safe to call while another thread applies newer events.
     */
    final class Facts {
        private MunicipalityCode municipality;
        private LocalDate namedOn;
        private final List<Dated<List<BuurtCode>>> buurten = new ArrayList<>();
        private final Map<Integer, DevelopmentPeriod> cycles = new HashMap<>();
        private final Map<ActorId, List<PositionShift>> shifts = new HashMap<>();
        private final Map<Integer, Map<CycleStep, LocalDate>> steps = new HashMap<>();
        private final Map<MeetingId, Integer> meetings = new HashMap<>();
        private long lastSequence = -1;

        /** The facts of the events given in stream order, numbered from 0. */
        public static Facts of(List<?> events) {
            Facts facts = new Facts();
            for (int i = 0; i < events.size(); i++) {
                facts.apply(events.get(i), i);
            }
            return facts;
        }

        /** Takes in one event of the theme's stream; events at or below the last sequence applied are passed over. */
        public synchronized void apply(Object event, long sequence) {
            if (sequence <= lastSequence) {
                return;
            }
            lastSequence = sequence;
            if (event instanceof ThemeNamed named) {
                municipality = named.municipality();
                namedOn = named.effectiveDate();
                buurten.add(new Dated<>(named.effectiveDate(), sequence, List.copyOf(named.buurten())));
                cycles.put(1, named.developmentPeriod());
            } else if (event instanceof ThemeBuurtenChanged changed) {
                buurten.add(new Dated<>(changed.effectiveDate(), sequence, List.copyOf(changed.buurten())));
            } else if (event instanceof ProgrammeCycleStarted started) {
                cycles.put(started.cycle(), started.developmentPeriod());
            } else if (event instanceof CycleStepStarted started) {
                steps.computeIfAbsent(started.cycle(), c -> new java.util.EnumMap<>(CycleStep.class))
                        .put(started.step(), started.effectiveDate());
            } else if (event instanceof MeetingMomentPlanned planned) {
                meetings.put(planned.meetingId(), planned.cycle());
            } else if (event instanceof DevelopmentPeriodCorrected corrected) {
                cycles.put(corrected.cycle(), corrected.developmentPeriod());
            } else if (event instanceof PositionShifted shifted) {
                shifts.computeIfAbsent(shifted.actorId(), a -> new ArrayList<>())
                        .add(new PositionShift(shifted.effectiveDate(), sequence, shifted.taken(), shifted.left()));
            }
        }

        public synchronized long lastSequence() {
            return lastSequence;
        }

        /** Whether the stream began with the theme being named. */
        public synchronized boolean named() {
            return municipality != null;
        }

        public synchronized MunicipalityCode municipality() {
            return municipality;
        }

        public synchronized LocalDate namedOn() {
            return namedOn;
        }

        /** Whether the theme runs in {@code buurt} on {@code date}. */
        public synchronized boolean runsIn(BuurtCode buurt, LocalDate date) {
            List<BuurtCode> on = Dated.on(buurten, date);
            return on != null && on.contains(buurt);
        }

        /** The development period of cycle {@code n} as last recorded, if the cycle was started. */
        public synchronized Optional<DevelopmentPeriod> cyclePeriod(int n) {
            return Optional.ofNullable(cycles.get(n));
        }

        /** The day step {@code step} of cycle {@code n} started, if it has. */
        public synchronized Optional<LocalDate> stepStarted(int n, CycleStep step) {
            return Optional.ofNullable(steps.getOrDefault(n, Map.of()).get(step));
        }

        /** The cycle whose programme line has the meeting moment, if one was planned under this id. */
        public synchronized Optional<Integer> cycleOfMeeting(MeetingId meeting) {
            return Optional.ofNullable(meetings.get(meeting));
        }

        /** Whether the actor holds at least one position of involvement in the theme's network on {@code date}. */
        public synchronized boolean inNetwork(ActorId actor, LocalDate date) {
            List<PositionShift> of = shifts.get(actor);
            return of != null && !PositionShift.heldOn(of, date).isEmpty();
        }
    }
}
