package nl.netwerkregie.query.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.netwerkregie.events.CapacityAssessed;
import nl.netwerkregie.events.ConversationMediumUsed;
import nl.netwerkregie.events.ConversationMethodUsed;
import nl.netwerkregie.events.CycleStepStarted;
import nl.netwerkregie.events.DevelopmentPeriodCorrected;
import nl.netwerkregie.events.FacilityNeeded;
import nl.netwerkregie.events.GovernmentAlignmentRecorded;
import nl.netwerkregie.events.HarvestItemRetracted;
import nl.netwerkregie.events.ManifestationHarvestRecorded;
import nl.netwerkregie.events.ManifestationHeld;
import nl.netwerkregie.events.MeetingMomentHeld;
import nl.netwerkregie.events.MeetingMomentPlanned;
import nl.netwerkregie.events.PracticeAgreementMade;
import nl.netwerkregie.events.PracticeAgreementsFixed;
import nl.netwerkregie.events.ProgrammeCycleClosed;
import nl.netwerkregie.events.ProgrammeCycleStarted;
import nl.netwerkregie.events.ProviderAgreementPrepared;
import nl.netwerkregie.events.RemarkHeard;
import nl.netwerkregie.events.StepInstrumentUsed;
import nl.netwerkregie.events.ThemeAligned;
import nl.netwerkregie.events.ThemeAlignmentEnded;
import nl.netwerkregie.events.ThemeEvent;
import nl.netwerkregie.events.ThemeLetGo;
import nl.netwerkregie.events.ThemeNamed;
import nl.netwerkregie.events.ThemeRecurrenceChanged;
import nl.netwerkregie.events.ThemeRenamed;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.platform.personaldata.PersonalDataVault;
import nl.netwerkregie.query.programme.CycleView.Period;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.CycleState;
import nl.netwerkregie.values.Recurrence;
import org.springframework.stereotype.Component;

/**
 * Answers the programme views on a date by folding a theme's stored programme facts dated on or
 * before it, in the order of their effective dates (the recording order breaks ties). A period
 * correction counts from its effective date.
 */
@Component
public class ProgrammeViews {
    private final ProgrammeProjection projection;
    private final PersonalDataVault vault;

    ProgrammeViews(ProgrammeProjection projection, PersonalDataVault vault) {
        this.projection = projection;
        this.vault = vault;
    }

    /** One cycle on {@code on}; unknown when the cycle had not started by then. */
    public CycleView cycleOn(String municipality, String themeId, int number, LocalDate on) {
        return cycleOn(municipality, themeId, number, on, Long.MAX_VALUE);
    }

    /** One cycle on {@code on} from the facts recorded up to the theme's event {@code upTo} (as known then). */
    public CycleView cycleOn(String municipality, String themeId, int number, LocalDate on, long upTo) {
        Programme p = fold(municipality, themeId, on, upTo);
        Cycle c = p.cycles.get(number);
        if (c == null) {
            throw new UnknownResourceException("programme cycle", String.valueOf(number), "cycle");
        }
        return withRemarksOpened(municipality, c.view(p, on));
    }

    /** The cycle's remarks heard from persons, opened for the reader where allowed (and logged). */
    private CycleView withRemarksOpened(String municipality, CycleView v) {
        List<CycleView.Remark> remarks = v.conversation().remarks();
        List<nl.netwerkregie.values.SealedPersonalData> sealed = remarks.stream()
                .map(CycleView.Remark::sealedText)
                .filter(java.util.Objects::nonNull)
                .toList();
        PersonalDataVault.OpenedTexts opened = vault.openTextsForReader(municipality, sealed);
        List<CycleView.Remark> out = new ArrayList<>(remarks.size());
        int k = 0;
        for (CycleView.Remark r : remarks) {
            out.add(r.sealedText() == null ? r : r.opened(opened.texts().get(k++), opened.withheld()));
        }
        return v.withConversation(new CycleView.Conversation(
                v.conversation().media(), List.copyOf(out), v.conversation().methods()));
    }

    /**
     * The rung per subject and the parties' sources of influence on {@code on}, folded in the order of effective
     * dates (the recording order breaks ties), so a back-dated choice takes its place in time.
     */
    public ParticipationLadderView ladderOn(String municipality, String themeId, LocalDate on) {
        ProgrammeProjection.StoredProgramme stored = projection
                .find(themeId)
                .filter(s -> s.municipality().equals(municipality))
                .orElseThrow(() -> new UnknownResourceException("theme", themeId, "themeId"));
        record Fact(long sequence, ThemeEvent event) {}
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < stored.events().size(); i++) {
            if (stored.events().get(i) instanceof ThemeEvent e
                    && !e.effectiveDate().isAfter(on)
                    && (e instanceof nl.netwerkregie.events.ParticipationRungChosen
                            || e instanceof nl.netwerkregie.events.InfluenceSourcesNoted)) {
                facts.add(new Fact(stored.sequences().get(i), e));
            }
        }
        facts.sort(Comparator.comparing((Fact f) -> f.event().effectiveDate()).thenComparingLong(Fact::sequence));
        Programme programme = fold(municipality, themeId, on);
        Map<String, List<ParticipationLadderView.Step>> steps = new java.util.TreeMap<>();
        Map<String, ParticipationLadderView.Influence> influence = new java.util.TreeMap<>();
        for (Fact f : facts) {
            if (f.event() instanceof nl.netwerkregie.events.ParticipationRungChosen r) {
                steps.computeIfAbsent(r.subject().value(), s -> new ArrayList<>())
                        .add(new ParticipationLadderView.Step(
                                r.rung(),
                                r.effectiveDate(),
                                r.reason().value(),
                                r.decidedBy().stream()
                                        .map(nl.netwerkregie.values.ActorId::value)
                                        .toList(),
                                f.sequence(),
                                cycleOf(programme, r.effectiveDate(), on)));
            } else if (f.event() instanceof nl.netwerkregie.events.InfluenceSourcesNoted n) {
                influence.put(
                        n.actorId().value(),
                        new ParticipationLadderView.Influence(
                                n.actorId().value(),
                                n.sources(),
                                n.note() == null ? null : n.note().value(),
                                n.effectiveDate()));
            }
        }
        List<ParticipationLadderView.Subject> subjects = new ArrayList<>();
        steps.forEach((subject, list) -> {
            ParticipationLadderView.Step now = list.get(list.size() - 1);
            subjects.add(new ParticipationLadderView.Subject(
                    subject,
                    now.rung(),
                    ParticipationLadderView.meaning(now.rung()),
                    now.since(),
                    now.why(),
                    now.decidedBy(),
                    List.copyOf(list)));
        });
        return new ParticipationLadderView(municipality, themeId, on, subjects, List.copyOf(influence.values()));
    }

    /** MOVISIE's regie of the theme on {@code on}: elements, own role per level, phases, folded by effective date. */
    public RegieView regieOn(String municipality, String themeId, LocalDate on) {
        ProgrammeProjection.StoredProgramme stored = projection
                .find(themeId)
                .filter(s -> s.municipality().equals(municipality))
                .orElseThrow(() -> new UnknownResourceException("theme", themeId, "themeId"));
        List<ThemeEvent> facts = new ArrayList<>();
        for (Object o : stored.events()) {
            if (o instanceof ThemeEvent e
                    && !e.effectiveDate().isAfter(on)
                    && (e instanceof nl.netwerkregie.events.RegieElementNoted
                            || e instanceof nl.netwerkregie.events.OwnRoleDescribed
                            || e instanceof nl.netwerkregie.events.PhaseRegieDescribed)) {
                facts.add(e);
            }
        }
        // effective order; a stable sort keeps the recording order among facts of one date
        facts.sort(Comparator.comparing(ThemeEvent::effectiveDate));
        Programme programme = fold(municipality, themeId, on);
        Map<nl.netwerkregie.values.RegieElement, List<nl.netwerkregie.events.RegieElementNoted>> elements =
                new java.util.EnumMap<>(nl.netwerkregie.values.RegieElement.class);
        Map<nl.netwerkregie.values.RegieLevel, List<nl.netwerkregie.events.OwnRoleDescribed>> levels =
                new java.util.EnumMap<>(nl.netwerkregie.values.RegieLevel.class);
        Map<nl.netwerkregie.values.RegiePhase, List<nl.netwerkregie.events.PhaseRegieDescribed>> phases =
                new java.util.EnumMap<>(nl.netwerkregie.values.RegiePhase.class);
        for (ThemeEvent e : facts) {
            if (e instanceof nl.netwerkregie.events.RegieElementNoted x) {
                elements.computeIfAbsent(x.element(), k -> new ArrayList<>()).add(x);
            } else if (e instanceof nl.netwerkregie.events.OwnRoleDescribed x) {
                levels.computeIfAbsent(x.level(), k -> new ArrayList<>()).add(x);
            } else if (e instanceof nl.netwerkregie.events.PhaseRegieDescribed x) {
                phases.computeIfAbsent(x.phase(), k -> new ArrayList<>()).add(x);
            }
        }
        List<RegieView.Element> e = new ArrayList<>();
        elements.forEach((k, list) -> {
            var now = list.get(list.size() - 1);
            e.add(new RegieView.Element(
                    k,
                    now.note().value(),
                    now.effectiveDate(),
                    list.stream()
                            .map(x -> new RegieView.Noted(
                                    x.note().value(), x.effectiveDate(), cycleOf(programme, x.effectiveDate(), on)))
                            .toList()));
        });
        List<RegieView.Level> l = new ArrayList<>();
        levels.forEach((k, list) -> {
            var now = list.get(list.size() - 1);
            l.add(new RegieView.Level(
                    k,
                    now.role().value(),
                    now.effectiveDate(),
                    list.stream()
                            .map(x -> new RegieView.Noted(
                                    x.role().value(), x.effectiveDate(), cycleOf(programme, x.effectiveDate(), on)))
                            .toList()));
        });
        List<RegieView.Phase> p = new ArrayList<>();
        phases.forEach((k, list) -> {
            var now = list.get(list.size() - 1);
            p.add(new RegieView.Phase(
                    k,
                    now.regieOn().value(),
                    now.skills(),
                    now.note() == null ? null : now.note().value(),
                    now.effectiveDate(),
                    list.stream()
                            .map(x -> new RegieView.Noted(
                                    x.regieOn().value(), x.effectiveDate(), cycleOf(programme, x.effectiveDate(), on)))
                            .toList()));
        });
        return new RegieView(municipality, themeId, on, e, l, p);
    }

    /** The cycle whose development period (as known on {@code on}) holds {@code date}, or {@code null}. */
    private static Integer cycleOf(Programme p, LocalDate date, LocalDate on) {
        for (Cycle c : p.cycles.values()) {
            if (c.contains(c.periodOn(on), date)) {
                return c.number;
            }
        }
        return null;
    }

    /** Every cycle started by {@code on}, side by side. */
    public CyclesView cyclesOn(String municipality, String themeId, LocalDate on) {
        return cyclesOn(fold(municipality, themeId, on), on);
    }

    /**
     * Every cycle of each of {@code themeIds} as known now, by theme, from one read of all their programmes; themes
     * of another municipality or not yet in this family are left out.
     */
    Map<String, List<CyclesView.CycleSummary>> cyclesOfThemes(
            String municipality, java.util.Collection<String> themeIds) {
        Map<String, List<CyclesView.CycleSummary>> out = new java.util.HashMap<>();
        projection.findAll(themeIds).forEach((themeId, stored) -> {
            if (stored.municipality().equals(municipality)) {
                out.put(
                        themeId,
                        cyclesOn(fold(stored, municipality, themeId, LocalDate.MAX, Long.MAX_VALUE), LocalDate.MAX)
                                .cycles());
            }
        });
        return out;
    }

    private CyclesView cyclesOn(Programme p, LocalDate on) {
        String municipality = p.municipality;
        String themeId = p.themeId;
        List<CyclesView.CycleSummary> summaries = new ArrayList<>();
        Integer current = null;
        for (Cycle c : p.cycles.values()) {
            CycleView v = c.view(p, on);
            if (v.state() != CycleState.CLOSED && c.contains(c.periodOn(on), on)) {
                current = c.number;
            }
            summaries.add(new CyclesView.CycleSummary(
                    v.cycle(),
                    v.name(),
                    v.developmentPeriod(),
                    v.state(),
                    v.startedOn(),
                    v.steps().isEmpty()
                            ? null
                            : v.steps().get(v.steps().size() - 1).step(),
                    v.practiceAgreementsFixedOn(),
                    v.closedOn(),
                    v.practiceAgreements(),
                    v.practiceAgreements().stream().anyMatch(CycleView.PracticeAgreement::running)));
        }
        List<String> aligned = p.alignments.entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        return new CyclesView(municipality, themeId, on, p.recurrence, p.letGoOn, current, summaries, aligned);
    }

    /** The development period of a cycle as known now, every correction applied; for {@code cycle=N} on other views. */
    public Period periodOf(String municipality, String themeId, int number) {
        Programme p = fold(municipality, themeId, LocalDate.MAX);
        Cycle c = p.cycles.get(number);
        if (c == null) {
            throw new UnknownResourceException("programme cycle", String.valueOf(number), "cycle");
        }
        return c.periodOn(LocalDate.MAX);
    }

    private Programme fold(String municipality, String themeId, LocalDate on) {
        return fold(municipality, themeId, on, Long.MAX_VALUE);
    }

    private Programme fold(String municipality, String themeId, LocalDate on, long upTo) {
        ProgrammeProjection.StoredProgramme stored = projection
                .find(themeId)
                .filter(s -> s.municipality().equals(municipality))
                .orElseThrow(() -> new UnknownResourceException("theme", themeId, "themeId"));
        return fold(stored, municipality, themeId, on, upTo);
    }

    private static Programme fold(
            ProgrammeProjection.StoredProgramme stored, String municipality, String themeId, LocalDate on, long upTo) {
        Programme p = new Programme();
        p.municipality = municipality;
        p.themeId = themeId;
        List<Map.Entry<Long, ThemeEvent>> facts = new ArrayList<>();
        for (int i = 0; i < stored.events().size(); i++) {
            Object e = stored.events().get(i);
            long seq = stored.sequences().get(i);
            if (seq > upTo || !(e instanceof ThemeEvent t)) {
                continue;
            }
            // a harvest item taken back is left out on every date, whatever the retraction's own date
            if (t instanceof HarvestItemRetracted r) {
                p.retractedItems
                        .computeIfAbsent(r.sequence(), s -> new java.util.HashSet<>())
                        .add(r.item());
            } else if (!t.effectiveDate().isAfter(on)) {
                facts.add(Map.entry(seq, t));
            }
        }
        // effective order; a stable sort keeps the recording order among facts of one date
        facts.sort(Comparator.comparing(f -> f.getValue().effectiveDate()));
        facts.forEach(f -> p.apply(f.getValue(), f.getKey()));
        return p;
    }

    /** A theme's programme folded up to a date. */
    static final class Programme {
        String municipality;
        String themeId;
        Recurrence recurrence = Recurrence.RECURRING;
        LocalDate letGoOn;
        final List<Map.Entry<LocalDate, String>> names = new ArrayList<>();
        final TreeMap<Integer, Cycle> cycles = new TreeMap<>();
        final Map<String, Boolean> alignments = new LinkedHashMap<>();
        /** The places of the harvest items taken back, by the harvests' sequence numbers. */
        final Map<Long, java.util.Set<Integer>> retractedItems = new java.util.HashMap<>();

        String nameOn(LocalDate date) {
            String name = null;
            for (Map.Entry<LocalDate, String> n : names) {
                if (!n.getKey().isAfter(date)) {
                    name = n.getValue();
                }
            }
            return name;
        }

        void apply(ThemeEvent e, long seq) {
            if (e instanceof ThemeNamed n) {

                recurrence = n.recurrence() == null ? Recurrence.RECURRING : n.recurrence();
                names.add(Map.entry(n.effectiveDate(), n.name().value()));
                cycles.put(1, new Cycle(1, period(n.developmentPeriod()), n.effectiveDate()));

            } else if (e instanceof ThemeRenamed r) {
                names.add(Map.entry(r.effectiveDate(), r.name().value()));
            } else if (e instanceof ThemeRecurrenceChanged r) {
                recurrence = r.recurrence();
            } else if (e instanceof ThemeLetGo g) {
                letGoOn = g.effectiveDate();
            } else if (e instanceof ThemeAligned a) {
                alignments.put(a.otherThemeId().value(), true);
            } else if (e instanceof ThemeAlignmentEnded a) {
                alignments.put(a.otherThemeId().value(), false);
            } else if (e instanceof ProgrammeCycleStarted s) {

                Cycle c = new Cycle(s.cycle(), period(s.developmentPeriod()), s.effectiveDate());
                c.name = s.name() == null ? null : s.name().value();
                cycles.put(s.cycle(), c);

            } else {
                Cycle c = cycles.get(cycleOf(e));
                if (c != null) {
                    c.apply(e, seq, retractedItems);
                }
            }
        }

        private static int cycleOf(ThemeEvent e) {
            if (e instanceof DevelopmentPeriodCorrected x) {
                return x.cycle();
            }
            if (e instanceof CycleStepStarted x) {
                return x.cycle();
            }
            if (e instanceof StepInstrumentUsed x) {
                return x.cycle();
            }
            if (e instanceof ConversationMediumUsed x) {
                return x.cycle();
            }
            if (e instanceof RemarkHeard x) {
                return x.cycle();
            }
            if (e instanceof ConversationMethodUsed x) {
                return x.cycle();
            }
            if (e instanceof MeetingMomentPlanned x) {
                return x.cycle();
            }
            if (e instanceof MeetingMomentHeld x) {
                return x.cycle();
            }
            if (e instanceof ManifestationHeld x) {
                return x.cycle();
            }
            if (e instanceof ManifestationHarvestRecorded x) {
                return x.cycle();
            }
            if (e instanceof CapacityAssessed x) {
                return x.cycle();
            }
            if (e instanceof FacilityNeeded x) {
                return x.cycle();
            }
            if (e instanceof GovernmentAlignmentRecorded x) {
                return x.cycle();
            }
            if (e instanceof ProviderAgreementPrepared x) {
                return x.cycle();
            }
            if (e instanceof PracticeAgreementMade x) {
                return x.cycle();
            }
            if (e instanceof PracticeAgreementsFixed x) {
                return x.cycle();
            }
            if (e instanceof ProgrammeCycleClosed x) {
                return x.cycle();
            }
            return 0;
        }
    }

    static Period period(nl.netwerkregie.values.DevelopmentPeriod p) {
        return new Period(p.start(), p.end());
    }

    /** One cycle folded up to a date. */
    static final class Cycle {
        final int number;
        final Period initial;
        final List<Map.Entry<LocalDate, Period>> corrections = new ArrayList<>();
        final LocalDate startedOn;
        String name;
        final TreeMap<Integer, CycleView.Step> steps = new TreeMap<>();
        final List<CycleView.Medium> media = new ArrayList<>();
        final List<CycleView.Remark> remarks = new ArrayList<>();
        final List<CycleView.Method> methods = new ArrayList<>();
        final Map<String, CycleView.MeetingMoment> meetings = new LinkedHashMap<>();
        CycleView.Manifestation manifestation;
        final List<CycleView.Harvest> harvests = new ArrayList<>();
        final List<CycleView.Answer> answers = new ArrayList<>();
        final List<CycleView.Facility> facilities = new ArrayList<>();
        final List<CycleView.Dated> alignment = new ArrayList<>();
        final List<CycleView.ProviderAgreement> providers = new ArrayList<>();
        final List<PracticeAgreementMade> agreements = new ArrayList<>();
        LocalDate fixedOn;
        LocalDate closedOn;

        Cycle(int number, Period initial, LocalDate startedOn) {
            this.number = number;
            this.initial = initial;
            this.startedOn = startedOn;
        }

        Period periodOn(LocalDate date) {
            Period p = initial;
            for (Map.Entry<LocalDate, Period> c : corrections) {
                if (!c.getKey().isAfter(date)) {
                    p = c.getValue();
                }
            }
            return p;
        }

        boolean contains(Period p, LocalDate date) {
            return !date.isBefore(p.start()) && !date.isAfter(p.end());
        }

        void apply(ThemeEvent e, long seq, Map<Long, java.util.Set<Integer>> retractedItems) {
            if (e instanceof DevelopmentPeriodCorrected x) {
                corrections.add(Map.entry(x.effectiveDate(), period(x.developmentPeriod())));
            } else if (e instanceof CycleStepStarted x) {
                steps.put(
                        x.step().number(),
                        new CycleView.Step(x.step().number(), x.step(), x.effectiveDate(), new ArrayList<>()));
            } else if (e instanceof StepInstrumentUsed x) {

                CycleView.Step s = steps.get(x.step().number());
                if (s != null) {
                    s.instruments()
                            .add(new CycleView.InstrumentUse(x.instrument(), x.patternPart(), x.effectiveDate()));
                }

            } else if (e instanceof ConversationMediumUsed x) {
                media.add(new CycleView.Medium(
                        x.medium(),
                        x.description().value(),
                        x.link() == null ? null : x.link().value(),
                        x.effectiveDate()));
            } else if (e instanceof RemarkHeard x) {
                remarks.add(new CycleView.Remark(
                        x.text() == null ? null : x.text().value(),
                        x.heardFrom() == null ? null : x.heardFrom().value(),
                        false,
                        false,
                        x.effectiveDate(),
                        x.sealedText()));
            } else if (e instanceof ConversationMethodUsed x) {
                methods.add(new CycleView.Method(x.method(), x.description().value(), x.effectiveDate()));
            } else if (e instanceof MeetingMomentPlanned x) {
                meetings.put(
                        x.meetingId().value(),
                        new CycleView.MeetingMoment(
                                x.meetingId().value(),
                                x.date(),
                                x.place().value(),
                                x.preparationStart(),
                                x.invitation().value(),
                                ids(x.invited()),
                                x.effectiveDate(),
                                false,
                                null,
                                null));
            } else if (e instanceof MeetingMomentHeld x) {

                CycleView.MeetingMoment m = meetings.get(x.meetingId().value());
                if (m != null) {
                    meetings.put(
                            m.meetingId(),
                            new CycleView.MeetingMoment(
                                    m.meetingId(),
                                    m.date(),
                                    m.place(),
                                    m.preparationStart(),
                                    m.invitation(),
                                    m.invited(),
                                    m.plannedOn(),
                                    true,
                                    ids(x.cameTogether()),
                                    x.outcome().value()));
                }

            } else if (e instanceof ManifestationHeld x) {
                manifestation =
                        new CycleView.Manifestation(x.effectiveDate(), x.place().value(), ids(x.participants()), null);
            } else if (e instanceof ManifestationHarvestRecorded x) {
                List<nl.netwerkregie.query.projection.HarvestItemView> items =
                        nl.netwerkregie.query.projection.HarvestItemView.standing(x.items(), retractedItems.get(seq));
                if (!items.isEmpty()) {
                    harvests.add(new CycleView.Harvest(x.effectiveDate(), seq, items));
                }
            } else if (e instanceof CapacityAssessed x) {
                answers.add(new CycleView.Answer(x.question(), x.answer().value(), x.effectiveDate()));
            } else if (e instanceof FacilityNeeded x) {
                facilities.add(
                        new CycleView.Facility(x.facility().value(), x.means().value(), x.effectiveDate()));
            } else if (e instanceof GovernmentAlignmentRecorded x) {
                alignment.add(new CycleView.Dated(x.alignment().value(), x.effectiveDate()));
            } else if (e instanceof ProviderAgreementPrepared x) {
                providers.add(new CycleView.ProviderAgreement(
                        x.provider().value(), x.agreement().value(), x.effectiveDate()));
            } else if (e instanceof PracticeAgreementMade x) {
                agreements.add(x);
            } else if (e instanceof PracticeAgreementsFixed x) {
                fixedOn = x.effectiveDate();
            } else if (e instanceof ProgrammeCycleClosed x) {
                closedOn = x.effectiveDate();
            }
        }

        CycleView view(Programme p, LocalDate on) {
            Period period = periodOn(on);
            CycleState state = closedOn != null
                    ? CycleState.CLOSED
                    : fixedOn != null ? CycleState.PRACTICE_AGREEMENTS_FIXED : CycleState.RUNNING;
            Cycle next = p.cycles.get(number + 1);
            LocalDate nameDate = next == null ? on : min(on, next.startedOn.minusDays(1));
            String cycleName = p.nameOn(nameDate);
            List<CycleView.PracticeAgreement> practice = agreements.stream()
                    .map(a -> new CycleView.PracticeAgreement(
                            a.agreementId().value(),
                            a.party().value(),
                            a.what().value(),
                            new Period(a.period().start(), a.period().end()),
                            a.effectiveDate(),
                            fixedOn != null && a.period().contains(on)))
                    .toList();
            List<CycleView.MeetingMoment> line = meetings.values().stream()
                    .sorted(Comparator.comparing(CycleView.MeetingMoment::date))
                    .toList();
            CycleView.Manifestation shown = manifestation == null && harvests.isEmpty()
                    ? null
                    : new CycleView.Manifestation(
                            manifestation == null ? null : manifestation.date(),
                            manifestation == null ? null : manifestation.place(),
                            manifestation == null ? List.of() : manifestation.participants(),
                            List.copyOf(harvests));
            return new CycleView(
                    p.municipality,
                    p.themeId,
                    on,
                    number,
                    cycleName == null ? name : cycleName,
                    period,
                    state,
                    startedOn,
                    List.copyOf(steps.values()),
                    new CycleView.Conversation(List.copyOf(media), List.copyOf(remarks), List.copyOf(methods)),
                    new CycleView.ProgrammeLine(period.start(), period.end(), line),
                    shown,
                    new CycleView.StepFive(
                            List.copyOf(answers),
                            List.copyOf(facilities),
                            List.copyOf(alignment),
                            List.copyOf(providers)),
                    practice,
                    fixedOn,
                    closedOn);
        }

        private static LocalDate min(LocalDate a, LocalDate b) {
            return a.isBefore(b) ? a : b;
        }

        private static List<String> ids(List<ActorId> actors) {
            return actors == null
                    ? List.of()
                    : actors.stream().map(ActorId::value).toList();
        }
    }
}
