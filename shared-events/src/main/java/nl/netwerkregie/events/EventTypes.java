package nl.netwerkregie.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event of the published language and the name it is stored under. The stored type name is the
 * event's name in the domain ({@code ThemeNamed}), not its Java class name, so that a class can move
 * between packages without rewriting the store or writing a renaming upcaster. Events stored before
 * this registry existed carry their class name ({@code nl.netwerkregie.events.ThemeNamed}); those names
 * are read as well. Two events can never share a name: adding one here is how an event is published.
 */
public final class EventTypes {
    /** Every published event type, in the order they were introduced. */
    public static final List<Class<?>> ALL = List.of(
            ThemeNamed.class,
            ThemeRenamed.class,
            ThemeStoryChanged.class,
            ThemeBuurtenChanged.class,
            IngredientsAdded.class,
            IngredientWithdrawn.class,
            SchakelAdded.class,
            SchakelLinked.class,
            SchakelUnlinked.class,
            ContactPrepared.class,
            ContactMade.class,
            SchakelInvitedToAnalyse.class,
            PositionShifted.class,
            InvitedToPosition.class,
            ManifestationHarvestRecorded.class,
            ActorRegistered.class,
            ProgrammeCycleStarted.class,
            DevelopmentPeriodCorrected.class,
            CycleStepStarted.class,
            StepInstrumentUsed.class,
            ConversationMediumUsed.class,
            RemarkHeard.class,
            ConversationMethodUsed.class,
            MeetingMomentPlanned.class,
            MeetingMomentHeld.class,
            ManifestationHeld.class,
            CapacityAssessed.class,
            FacilityNeeded.class,
            GovernmentAlignmentRecorded.class,
            ProviderAgreementPrepared.class,
            PracticeAgreementMade.class,
            PracticeAgreementsFixed.class,
            ProgrammeCycleClosed.class,
            ThemeLetGo.class,
            ThemeAligned.class,
            ThemeAlignmentEnded.class,
            ThemeRecurrenceChanged.class,
            StelselmatrixSetUp.class,
            ChainPositionAdded.class,
            ChainPositionRenamed.class,
            ChainReordered.class,
            ChainPositionRetired.class,
            CellDescribed.class,
            AttentionPointAdded.class,
            AttentionPointRevised.class,
            AttentionPointResolved.class,
            AttentionPointDropped.class,
            CellJudged.class,
            ResponsibilityTaken.class,
            ResponsibilityMoved.class,
            ResponsibilityDisappeared.class,
            DefaultChainChanged.class,
            JudgementScaleDefined.class,
            ActivityPlanned.class,
            ActivityReplanned.class,
            ActivityStatusChanged.class,
            SystemPhaseStarted.class,
            SystemAgreementMade.class,
            CommunicationPlanSet.class,
            PortfolioItemAdded.class,
            PortfolioItemWithdrawn.class,
            IndicatorsLoaded.class,
            ResearchPublicationChanged.class,
            PersonalDataErased.class,
            PersonalDataRectified.class,
            ActorClassified.class,
            BuurtRecoded.class,
            IngredientPlaced.class,
            PositionShiftRetracted.class,
            PositionEvidenceCited.class,
            ThemeStoryRetracted.class,
            ContactMadeRetracted.class,
            HarvestItemRetracted.class,
            CellJudgementRetracted.class,
            ParticipationRungChosen.class,
            InfluenceSourcesNoted.class,
            RegieElementNoted.class,
            OwnRoleDescribed.class,
            PhaseRegieDescribed.class,
            AnalysisOpened.class,
            ThemeAnalysisRecorded.class,
            EnvironmentAnalysisRecorded.class,
            CapacityAnalysisRecorded.class,
            PatternResearchRecorded.class,
            RegionDefined.class,
            ZelfscanOpened.class,
            ZelfscanClosed.class,
            ZelfscanAnswered.class,
            ZelfscanAnswerRetracted.class);

    private static final String LEGACY_PACKAGE = "nl.netwerkregie.events.";
    private static final Map<String, Class<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private EventTypes() {}

    /** The stored name of a published event type, or empty for any other class. */
    public static Optional<String> nameOf(Class<?> type) {
        return BY_NAME.get(type.getSimpleName()) == type ? Optional.of(type.getSimpleName()) : Optional.empty();
    }

    /** The event type stored under {@code name}, also under its former class name; empty for any other name. */
    public static Optional<Class<?>> forName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String simple = name.startsWith(LEGACY_PACKAGE) ? name.substring(LEGACY_PACKAGE.length()) : name;
        return Optional.ofNullable(BY_NAME.get(simple));
    }
}
