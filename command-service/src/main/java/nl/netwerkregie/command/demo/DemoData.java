package nl.netwerkregie.command.demo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.netwerkregie.command.CommandDispatch;
import nl.netwerkregie.command.CommandDispatch.Recording;
import nl.netwerkregie.command.actor.RegisterActor;
import nl.netwerkregie.command.indicators.LoadIndicators;
import nl.netwerkregie.command.instrument.OpenAnalysis;
import nl.netwerkregie.command.instrument.RecordCapacityAnalysis;
import nl.netwerkregie.command.instrument.RecordEnvironmentAnalysis;
import nl.netwerkregie.command.instrument.RecordPatternResearch;
import nl.netwerkregie.command.instrument.RecordThemeAnalysis;
import nl.netwerkregie.command.matrix.AddAttentionPoint;
import nl.netwerkregie.command.matrix.AddPortfolioItem;
import nl.netwerkregie.command.matrix.ChangeActivityStatus;
import nl.netwerkregie.command.matrix.DescribeCell;
import nl.netwerkregie.command.matrix.JudgeCell;
import nl.netwerkregie.command.matrix.MakeSystemAgreement;
import nl.netwerkregie.command.matrix.MatrixAddress;
import nl.netwerkregie.command.matrix.MoveResponsibility;
import nl.netwerkregie.command.matrix.PlanActivity;
import nl.netwerkregie.command.matrix.RecordResponsibilityDisappeared;
import nl.netwerkregie.command.matrix.ResolveAttentionPoint;
import nl.netwerkregie.command.matrix.ReviseAttentionPoint;
import nl.netwerkregie.command.matrix.SetCommunicationPlan;
import nl.netwerkregie.command.matrix.SetUpStelselmatrix;
import nl.netwerkregie.command.matrix.StartSystemPhase;
import nl.netwerkregie.command.matrix.TakeResponsibility;
import nl.netwerkregie.command.matrix.WithdrawPortfolioItem;
import nl.netwerkregie.command.region.AnswerZelfscan;
import nl.netwerkregie.command.region.CloseZelfscan;
import nl.netwerkregie.command.region.DefineRegion;
import nl.netwerkregie.command.region.OpenZelfscan;
import nl.netwerkregie.command.theme.AddIngredients;
import nl.netwerkregie.command.theme.AddSchakel;
import nl.netwerkregie.command.theme.AssessCapacity;
import nl.netwerkregie.command.theme.FixPracticeAgreements;
import nl.netwerkregie.command.theme.InviteSchakelToAnalyse;
import nl.netwerkregie.command.theme.InviteToPosition;
import nl.netwerkregie.command.theme.LinkSchakel;
import nl.netwerkregie.command.theme.MakePracticeAgreement;
import nl.netwerkregie.command.theme.NameTheme;
import nl.netwerkregie.command.theme.PlanMeetingMoment;
import nl.netwerkregie.command.theme.PrepareContact;
import nl.netwerkregie.command.theme.PrepareProviderAgreement;
import nl.netwerkregie.command.theme.RecordContactMade;
import nl.netwerkregie.command.theme.RecordConversationMedium;
import nl.netwerkregie.command.theme.RecordConversationMethod;
import nl.netwerkregie.command.theme.RecordFacilityNeeded;
import nl.netwerkregie.command.theme.RecordGovernmentAlignment;
import nl.netwerkregie.command.theme.RecordManifestation;
import nl.netwerkregie.command.theme.RecordManifestationHarvest;
import nl.netwerkregie.command.theme.RecordMeetingMomentHeld;
import nl.netwerkregie.command.theme.RecordRemarkHeard;
import nl.netwerkregie.command.theme.RecordStepInstrument;
import nl.netwerkregie.command.theme.ShiftPosition;
import nl.netwerkregie.command.theme.StartCycleStep;
import nl.netwerkregie.command.theme.StartProgrammeCycle;
import nl.netwerkregie.command.theme.WithdrawIngredient;
import nl.netwerkregie.events.IndicatorsLoaded;
import nl.netwerkregie.platform.personaldata.PersonalData;
import nl.netwerkregie.platform.personaldata.PersonalDataVault;
import nl.netwerkregie.values.ActivityId;
import nl.netwerkregie.values.ActivityStatus;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.ActorType;
import nl.netwerkregie.values.AgreementId;
import nl.netwerkregie.values.AgreementKind;
import nl.netwerkregie.values.AgreementPeriod;
import nl.netwerkregie.values.AnalysisAuthor;
import nl.netwerkregie.values.AnalysisId;
import nl.netwerkregie.values.AnalysisSession;
import nl.netwerkregie.values.AttentionPointId;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.CapacityActivity;
import nl.netwerkregie.values.CapacityAnalysisContent;
import nl.netwerkregie.values.CapacityExtent;
import nl.netwerkregie.values.CapacityQuestion;
import nl.netwerkregie.values.CapacitySign;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.ContactForm;
import nl.netwerkregie.values.ContactId;
import nl.netwerkregie.values.ContributionKind;
import nl.netwerkregie.values.ConversationMedium;
import nl.netwerkregie.values.ConversationMethod;
import nl.netwerkregie.values.CycleStep;
import nl.netwerkregie.values.DevelopmentPeriod;
import nl.netwerkregie.values.EnvironmentAnalysisContent;
import nl.netwerkregie.values.EnvironmentAngle;
import nl.netwerkregie.values.EnvironmentQuestion;
import nl.netwerkregie.values.EnvironmentRing;
import nl.netwerkregie.values.HarvestItem;
import nl.netwerkregie.values.HarvestItemKind;
import nl.netwerkregie.values.IndicatorCode;
import nl.netwerkregie.values.IndicatorPeriod;
import nl.netwerkregie.values.IndicatorValue;
import nl.netwerkregie.values.Ingredient;
import nl.netwerkregie.values.IngredientId;
import nl.netwerkregie.values.IngredientKind;
import nl.netwerkregie.values.Instrument;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.MatrixElement;
import nl.netwerkregie.values.MeasurementPeriod;
import nl.netwerkregie.values.MeetingId;
import nl.netwerkregie.values.Milestone;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.NetworkStrategy;
import nl.netwerkregie.values.OwnStrengthKind;
import nl.netwerkregie.values.PatternPart;
import nl.netwerkregie.values.PatternResearchContent;
import nl.netwerkregie.values.Place;
import nl.netwerkregie.values.PortfolioItemId;
import nl.netwerkregie.values.PortfolioKind;
import nl.netwerkregie.values.Position;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.PublicationMedium;
import nl.netwerkregie.values.Recurrence;
import nl.netwerkregie.values.RegieRole;
import nl.netwerkregie.values.RegionId;
import nl.netwerkregie.values.ResponsibilityId;
import nl.netwerkregie.values.ResponsibilityKind;
import nl.netwerkregie.values.RingVariant;
import nl.netwerkregie.values.RoleScore;
import nl.netwerkregie.values.Sector;
import nl.netwerkregie.values.SourceLevel;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.SystemPhase;
import nl.netwerkregie.values.ThemeAnalysisContent;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.ThemeName;
import nl.netwerkregie.values.TimelineMoment;
import nl.netwerkregie.values.UploadId;
import nl.netwerkregie.values.WebLink;
import nl.netwerkregie.values.ZelfscanSector;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo data for municipality Renkum, loaded once (a marker in collection {@code demo_data} says it
 * was) when {@code netwerkregie.demo.enabled=true}. Themes, places and organisations are those the
 * source documents name; every person is invented. The buurt codes are illustrative, not CBS's.
 * Everything goes through the same commands as the REST API, so every rule applies, and some
 * position shifts are recorded back-dated and out of order, as happens in practice.
 */
@Component
@ConditionalOnProperty(name = "netwerkregie.demo.enabled", havingValue = "true")
class DemoData {
    static final MunicipalityCode RENKUM = new MunicipalityCode("GM0274");
    /** Illustrative codes for Doorwerth and Oosterbeek. */
    static final BuurtCode DOORWERTH = new BuurtCode("BU02740101");

    static final BuurtCode OOSTERBEEK = new BuurtCode("BU02740201");
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final CommandDispatch dispatch;
    private final PersonalDataVault vault;
    private final MongoCollection<Document> marker;

    DemoData(CommandDispatch dispatch, PersonalDataVault vault, MongoDatabase database) {
        this.dispatch = dispatch;
        this.vault = vault;
        this.marker = database.getCollection("demo_data");
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnce() {
        if (marker.find(Filters.eq("_id", RENKUM.value())).first() != null) {
            log.info("Demo data for {} already loaded", RENKUM);
            return;
        }
        buurtkracht();
        opvoeden();
        vrolijkGrootWorden();
        wijkprofiel();
        regioArnhem();
        // Renkum opens its proeftuin data to researchers (pseudonymised) from 2016
        send(
                new nl.netwerkregie.command.settings.ChangeResearchPublication(RENKUM, true, d("2016-01-01")),
                "the proeftuin data are published for research",
                d("2016-01-01"));
        marker.insertOne(new Document("_id", RENKUM.value())
                .append("loadedAt", dispatch.today().toString()));
        log.info("Demo data for {} loaded", RENKUM);
    }

    private void buurtkracht() {
        ThemeId theme = ThemeId.generate();
        send(
                new NameTheme(
                        theme,
                        RENKUM,
                        new ThemeName("Versterken van buurtkracht"),
                        new Story("Bewoners van Doorwerth bouwen samen aan een vitale omgeving: wat de buurt zelf kan, "
                                + "komt eerst; voorzieningen sluiten daarop aan."),
                        List.of(DOORWERTH),
                        new DevelopmentPeriod(d("2013-01-01"), d("2014-12-31")),
                        Recurrence.RECURRING,
                        d("2013-01-04")),
                "start of the proeftuin in Doorwerth",
                d("2013-01-04"));
        ActorId team = organisation("Team samenleving gemeente Renkum", d("2013-01-04"));
        ActorId stichting = organisation("Stichting Eigentijdse Verbindingen", d("2013-01-04"));
        ActorId bibliotheek = organisation("Bibliotheek Doorwerth", d("2013-01-04"));
        ActorId wijkteam = organisation("Sociaal wijkteam Doorwerth", d("2013-01-04"));
        ActorId femke = person("Femke Aldering", "femke.aldering@example.org", d("2013-01-10"));
        ActorId joost = person("Joost Wanrooij", null, d("2013-01-10"));
        ActorId ilse = person("Ilse Brammert", "ilse@example.org", d("2013-02-02"));
        classify(team, Sector.MUNICIPALITY, null, "2013-01-04");
        classify(stichting, Sector.COMMUNITY_ORGANISATION, DOORWERTH, "2013-01-04");
        classify(bibliotheek, Sector.PROVIDER, DOORWERTH, "2013-01-04");
        classify(wijkteam, Sector.PROVIDER, DOORWERTH, "2013-01-04");
        classify(femke, Sector.RESIDENT, DOORWERTH, "2013-01-10");
        classify(joost, Sector.RESIDENT, DOORWERTH, "2013-01-10");
        classify(ilse, Sector.RESIDENT, DOORWERTH, "2013-02-02");
        List<IngredientId> ing = ingredients(
                theme,
                femke,
                d("2013-01-18"),
                List.of(femke, joost, ilse),
                IngredientKind.IDEA,
                "Een creatieve piramide organiseren in de buurt",
                IngredientKind.BUILDING,
                "De bibliotheek als ontmoetingsplek",
                IngredientKind.INSTITUTION,
                "Sociaal wijkteam",
                IngredientKind.MEANS,
                "Zelfredzaamheidsmatrix vertaald naar de buurt",
                IngredientKind.IMAGE,
                "Een vitale omgeving",
                IngredientKind.BUILDING,
                "Het winkelcentrum",
                IngredientKind.THOUGHT,
                "Buurten organiseren soms zelf voorzieningen");
        send(
                new AddSchakel(theme, RENKUM, femke, List.of(ing.get(0), ing.get(4)), d("2013-01-25")),
                null,
                d("2013-01-25"));
        send(new AddSchakel(theme, RENKUM, bibliotheek, List.of(ing.get(1)), d("2013-02-02")), null, d("2013-02-02"));
        send(
                new AddSchakel(theme, RENKUM, wijkteam, List.of(ing.get(2), ing.get(3)), d("2013-02-02")),
                null,
                d("2013-02-02"));
        shift(theme, team, Set.of(Position.INITIATOR), Set.of(), "2013-01-04", "the municipality starts the theme");
        shift(
                theme,
                stichting,
                Set.of(Position.SUPPLIER),
                Set.of(),
                "2013-01-04",
                "brings the method of network strategy");
        shift(theme, femke, Set.of(Position.SCHAKEL), Set.of(), "2013-01-25", null);
        shift(theme, wijkteam, Set.of(Position.SUPPLIER), Set.of(), "2013-02-02", null);
        shift(
                theme,
                bibliotheek,
                Set.of(Position.SCHAKEL, Position.SUPPLIER),
                Set.of(),
                "2013-02-16",
                "offers room weekly");
        shift(theme, joost, Set.of(Position.USER), Set.of(), "2013-05-15", null);
        // recorded after the January meeting, but the meeting itself was in December
        shift(
                theme,
                ilse,
                Set.of(Position.PARTNER),
                Set.of(),
                "2013-04-11",
                "minutes of the December meeting came late");
        shift(theme, femke, Set.of(Position.PARTNER), Set.of(), "2013-07-04", "co-organises the creatieve piramide");
        invite(theme, joost, Position.SCHAKEL, "2013-07-04");
        shift(theme, joost, Set.of(Position.SCHAKEL), Set.of(Position.USER), "2013-09-13", "accepted the invitation");
        shift(
                theme,
                team,
                Set.of(Position.PARTNER),
                Set.of(Position.INITIATOR),
                "2014-01-02",
                "the buurt takes over the initiative");
        shift(theme, femke, Set.of(Position.INITIATOR), Set.of(), "2014-01-02", "the buurt takes over the initiative");
        ContactId contact = ContactId.generate();
        send(
                new PrepareContact(
                        theme,
                        RENKUM,
                        contact,
                        List.of(femke, bibliotheek),
                        ContactForm.GROUP,
                        new Story("Wat geeft de buurt energie? Een open gesprek in de bibliotheek."),
                        d("2013-06-05")),
                null,
                d("2013-06-05"));
        send(
                new RecordContactMade(
                        theme,
                        RENKUM,
                        contact,
                        new Story("Twaalf bewoners kwamen; drie willen meedoen."),
                        d("2013-06-20")),
                null,
                d("2013-06-20"));
        send(new InviteSchakelToAnalyse(theme, RENKUM, femke, d("2013-06-20")), null, d("2013-06-20"));
        send(
                new WithdrawIngredient(theme, RENKUM, ing.get(5), d("2014-05-06")),
                "the shopping centre closed",
                d("2014-05-06"));
        shift(theme, ilse, Set.of(), Set.of(Position.PARTNER), "2014-10-30", "moved away");
        Cycle cycle = new Cycle(theme, 1);
        cycle.step(1, "2013-01-07", Instrument.THEME_ANALYSIS, null);
        cycle.meeting(
                "2013-01-07",
                "2013-01-21",
                "Het dorpshuis",
                "Startbijeenkomst: wat speelt er in Doorwerth, en wie doet mee?",
                List.of(team, stichting, bibliotheek, wijkteam),
                List.of(team, stichting, bibliotheek, wijkteam, femke),
                "Twintig deelnemers; het thema heet voortaan Versterken van buurtkracht.");
        cycle.step(2, "2013-01-25", Instrument.NETWORK_ANALYSIS, PatternPart.ENTERPRISING_NETWORK);
        cycle.instrument(2, "2013-02-16", Instrument.THEME_ANALYSIS, PatternPart.SHARED_AWARENESS);
        cycle.step(3, "2013-03-04", null, null);
        for (String month : List.of("2013-03-11", "2013-04-08", "2013-05-13", "2013-06-10")) {
            cycle.meeting(
                    "2013-03-04",
                    month,
                    "Bibliotheek Doorwerth",
                    "Maandelijks netwerkoverleg met de vaste agenda: wat is er gebeurd, wie komt erbij, wat is er "
                            + "nodig, wat gaan we doen?",
                    List.of(femke, bibliotheek, wijkteam, joost),
                    List.of(femke, bibliotheek, wijkteam),
                    "Afspraken voor de komende maand genoteerd.");
        }
        cycle.medium(
                "2013-03-20",
                ConversationMedium.LOCAL_PAPER,
                "Een artikel over de proeftuin in de dorpskrant",
                "https://example.org/dorpskrant/proeftuin-doorwerth");
        cycle.medium("2013-04-02", ConversationMedium.WEBSITE, "Een website waar bewoners verhalen delen", null);
        cycle.remark("2013-04-15", "Iedereen wil wel iets doen, als iemand het eerste stapje zet.", joost);
        cycle.method("2013-05-01", ConversationMethod.NETWORK_BUILDERS, "Twee bewoners leggen relaties in de straat");
        cycle.meeting(
                "2013-09-16",
                "2013-10-14",
                "Het dorpshuis",
                "Een fishbowl: professionals in de binnenkring, bewoners kunnen instappen.",
                List.of(wijkteam, team, femke, ilse),
                List.of(wijkteam, team, femke, ilse, joost),
                "De buurt wil zelf een ontmoetingsplek runnen.");
        cycle.step(4, "2014-01-06", null, null);
        cycle.meeting(
                "2014-02-17",
                "2014-03-17",
                "Het dorpsplein",
                "Dorpsgesprek: wat kunnen we zelf, en wat hebben we daarvoor nodig?",
                List.of(femke, joost, bibliotheek, wijkteam, team),
                List.of(femke, joost, bibliotheek, wijkteam),
                "Drie initiatieven worden uitgewerkt voor de manifestatie.");
        send(
                new RecordManifestation(
                        theme,
                        RENKUM,
                        1,
                        new Place("Het dorpsplein"),
                        List.of(femke, joost, bibliotheek),
                        d("2014-06-14")),
                null,
                d("2014-06-14"));
        send(
                new RecordManifestationHarvest(
                        theme,
                        RENKUM,
                        1,
                        List.of(
                                new HarvestItem(
                                        HarvestItemKind.NETWORK,
                                        "Een netwerk van buurtbewoners rond de bibliotheek",
                                        List.of(bibliotheek, femke),
                                        List.of(ing.get(1))),
                                new HarvestItem(
                                        HarvestItemKind.INITIATIVE,
                                        "De creatieve piramide van Doorwerth",
                                        List.of(femke),
                                        List.of(ing.get(0))),
                                new HarvestItem(
                                        HarvestItemKind.EXAMPLE,
                                        "Bewoners organiseren zelf een wekelijkse koffieochtend")),
                        d("2014-06-14")),
                null,
                d("2014-06-14"));
        cycle.step(5, "2014-09-01", Instrument.CAPACITY_ANALYSIS, null);
        cycle.assess("2014-09-15", CapacityQuestion.WHAT_WE_ARE, "Een buurt die elkaar weer kent.");
        cycle.assess("2014-09-15", CapacityQuestion.WHAT_WE_CAN, "Zelf een ontmoetingsplek draaien.");
        send(
                new RecordFacilityNeeded(
                        theme,
                        RENKUM,
                        1,
                        new ProgrammeText("Een vaste ruimte voor de koffieochtend"),
                        new ProgrammeText("De bibliotheek stelt een zaal beschikbaar; bewoners zorgen voor de koffie"),
                        d("2014-10-06")),
                null,
                d("2014-10-06"));
        send(
                new RecordGovernmentAlignment(
                        theme,
                        RENKUM,
                        1,
                        new ProgrammeText("Besproken met de wethouder; past in het beleid voor de dorpen"),
                        d("2014-10-20")),
                null,
                d("2014-10-20"));
        // the municipality's rung for the meeting place, chosen with the partners, and the library's influence
        send(
                new nl.netwerkregie.command.theme.ChooseParticipationRung(
                        theme,
                        RENKUM,
                        new nl.netwerkregie.values.Label("De ontmoetingsplek in de bibliotheek"),
                        nl.netwerkregie.values.ParticipationRung.STIMULATE,
                        new ProgrammeText("Bewoners willen het zelf doen; de gemeente moedigt aan en zoekt mee"),
                        List.of(team, bibliotheek, femke),
                        d("2014-03-01")),
                null,
                d("2014-03-01"));
        send(
                new nl.netwerkregie.command.theme.ChooseParticipationRung(
                        theme,
                        RENKUM,
                        new nl.netwerkregie.values.Label("De ontmoetingsplek in de bibliotheek"),
                        nl.netwerkregie.values.ParticipationRung.FACILITATE,
                        new ProgrammeText("De koffieochtend draait; de gemeente helpt alleen nog met de ruimte"),
                        List.of(team, bibliotheek, femke, joost),
                        d("2014-10-20")),
                null,
                d("2014-10-20"));
        send(
                new nl.netwerkregie.command.theme.NoteInfluenceSources(
                        theme,
                        RENKUM,
                        bibliotheek,
                        List.of(
                                nl.netwerkregie.values.InfluenceSource.RESOURCES,
                                nl.netwerkregie.values.InfluenceSource.COMMUNICATION),
                        new ProgrammeText("Stelt de zaal beschikbaar en bereikt veel gezinnen"),
                        d("2014-03-01")),
                null,
                d("2014-03-01"));
        // how the municipality takes the regie, in MOVISIE's terms
        send(
                new nl.netwerkregie.command.theme.DescribeOwnRole(
                        theme,
                        RENKUM,
                        nl.netwerkregie.values.RegieLevel.TOWARD_THE_PARTNERS,
                        new ProgrammeText(
                                "Verbinder: brengt bibliotheek, wijkteam en bewoners samen en trekt zich terug"),
                        d("2014-03-01")),
                null,
                d("2014-03-01"));
        send(
                new nl.netwerkregie.command.theme.NoteRegieElement(
                        theme,
                        RENKUM,
                        nl.netwerkregie.values.RegieElement.CHERISH_THE_NETWORK,
                        new ProgrammeText("Elk kwartaal een ontbijt met de partners; de bewoners nodigen uit"),
                        d("2014-03-01")),
                null,
                d("2014-03-01"));
        send(
                new PrepareProviderAgreement(
                        theme,
                        RENKUM,
                        1,
                        wijkteam,
                        new ProgrammeText("Het wijkteam schuift maandelijks aan bij de koffieochtend"),
                        d("2014-11-03")),
                null,
                d("2014-11-03"));
        cycle.agreement("2014-11-17", femke, "Organiseert met de buurt de wekelijkse koffieochtend");
        cycle.agreement("2014-11-17", bibliotheek, "Stelt elke week een ruimte beschikbaar");
        send(
                new FixPracticeAgreements(theme, RENKUM, 1, d("2014-12-01")),
                "agreed in the village conversation",
                d("2014-12-01"));
        send(
                new StartProgrammeCycle(
                        theme, RENKUM, new DevelopmentPeriod(d("2015-01-05"), d("2017-12-29")), null, d("2015-01-05")),
                "the theme is made current again; the agreed practice keeps running",
                d("2015-01-05"));
        new Cycle(theme, 2).step(1, "2015-01-05", null, null);
        buurtkrachtMatrix(theme, team, wijkteam, bibliotheek, femke, joost, ilse);
    }

    /** The stelselmatrix of Doorwerth: the vitality centre as the seed of a wijkteam, the village conversation, the buurt taking over. */
    private void buurtkrachtMatrix(
            ThemeId theme,
            ActorId team,
            ActorId wijkteam,
            ActorId bibliotheek,
            ActorId femke,
            ActorId joost,
            ActorId ilse) {
        Matrix m = new Matrix(theme, DOORWERTH, "2013-03-04");
        m.describe(
                ChainPosition.BUURT,
                MatrixElement.BUILDING_NETWORKS,
                "2013-03-04",
                "Verenigingen, de bibliotheek en het winkelcentrum zijn plekken waar mensen elkaar treffen.",
                List.of(NetworkStrategy.CONVERSATIONS, NetworkStrategy.CREATIEVE_PIRAMIDE),
                List.of("Dorpsgesprek in het winkelcentrum"));
        m.describe(
                ChainPosition.BUURT,
                MatrixElement.ENABLING_ENVIRONMENT,
                "2013-03-04",
                "Het vitaliteitscentrum voor ouderen is een plek die de buurt zelf draagt.",
                List.of(NetworkStrategy.VITAL_ENVIRONMENT),
                List.of());
        m.describe(
                ChainPosition.WIJKTEAM,
                MatrixElement.SUPPORT,
                "2013-03-04",
                "Het vitaliteitscentrum is al een klein voorbeeld van een sociaal wijkteam.",
                List.of(),
                List.of());
        m.describe(
                ChainPosition.RESIDENT,
                MatrixElement.CAPACITY_TO_COPE,
                "2013-05-13",
                "Huishoudens brengen hun zelfredzaamheid in beeld met de zelfredzaamheidsmatrix.",
                List.of(NetworkStrategy.CONVERSATIONS),
                List.of());
        AttentionPointId contact = m.point(
                ChainPosition.BUURT,
                MatrixElement.BUILDING_NETWORKS,
                "2013-03-04",
                "Wie iets met de buurt wil doen, moet zelf of via schakels contact hebben met de buurt.");
        AttentionPointId sleutelfiguren = m.point(
                ChainPosition.WIJKTEAM,
                MatrixElement.SUPPORT,
                "2013-09-16",
                "Sleutelfiguren vinden om het wijkteam vanuit het vitaliteitscentrum op te bouwen.");
        // worked out with the team leader of the care desk in May, recorded in the autumn
        m.point(
                ChainPosition.RESIDENT,
                MatrixElement.CAPACITY_TO_COPE,
                "2013-05-13",
                "Aandachtspunten voor de zelfredzaamheid van het huishouden uitwerken met het zorgloket.");
        m.judge(ChainPosition.BUURT, MatrixElement.BUILDING_NETWORKS, 2, "2013-06-03", team, wijkteam);
        m.judge(ChainPosition.WIJKTEAM, MatrixElement.SUPPORT, 2, "2013-06-03", team, wijkteam);
        m.judge(ChainPosition.RESIDENT, MatrixElement.CAPACITY_TO_COPE, 1, "2013-06-03", team, wijkteam);
        ResponsibilityId gesprek = m.take(
                ResponsibilityKind.TASK,
                "Het dorpsgesprek in het winkelcentrum",
                ChainPosition.REGIEVOERING,
                "2013-09-02",
                team);
        ResponsibilityId koffie = m.take(
                ResponsibilityKind.TASK,
                "De koffieochtend in de bibliotheek",
                ChainPosition.SERVICES,
                "2013-10-07",
                bibliotheek);
        ResponsibilityId vervoer = m.take(
                ResponsibilityKind.FACILITY,
                "Vrijwilligersvervoer naar het vitaliteitscentrum",
                ChainPosition.BUURT,
                "2013-06-10",
                ilse);
        m.move(
                gesprek,
                ChainPosition.REGIEVOERING,
                ChainPosition.BUURT,
                "2014-03-03",
                "Schakels uit het dorp nemen het gesprek over",
                femke,
                joost);
        m.resolve(contact, "2014-03-03", "Het dorpsgesprek brengt de schakels en de buurt samen.");
        m.move(
                koffie,
                ChainPosition.SERVICES,
                ChainPosition.OPEN_NETWORK,
                "2014-11-17",
                "Vastgelegd in de praktijkafspraken: bewoners organiseren de ochtend",
                femke);
        shift(theme, ilse, Set.of(), Set.of(Position.PARTNER), "2014-08-29", "moved away from the village");
        m.disappear(vervoer, "2014-09-01", "De vrijwilligers die het vervoer reden, zijn gestopt.");
        m.judge(ChainPosition.BUURT, MatrixElement.BUILDING_NETWORKS, 3, "2014-10-06", team, wijkteam, femke);
        m.judge(ChainPosition.WIJKTEAM, MatrixElement.SUPPORT, 3, "2014-10-06", team, wijkteam);
        m.judge(ChainPosition.RESIDENT, MatrixElement.CAPACITY_TO_COPE, 2, "2014-10-06", team, wijkteam);
        m.judge(ChainPosition.BUURT, MatrixElement.RESPONSIBILITY_SHIFT, 3, "2014-10-06", team, femke);
        m.revise(sleutelfiguren, "2014-10-06", "Twee sleutelfiguren gevonden; het wijkteam verbinden met het centrum.");
        m.phase(SystemPhase.INVITE_POSITIONS, "2013-03-04");
        m.communicationPlan(
                "2013-03-18",
                List.of("Dorpskrant", "Website van het dorp", "Kleine tentoonstelling in de bibliotheek"),
                List.of("Bewoners", "Verenigingen", "Winkeliers"),
                "Elke maand");
        m.phase(SystemPhase.PROGRAMME_OF_ACTIVITIES, "2013-09-02");
        ActivityId piramide = m.activity(
                "Creatieve piramide met elftallen uit het dorp",
                List.of(contact),
                "2013-09-02",
                "2014-06-30",
                null,
                null,
                "2013-10-15",
                "Elftallen samengesteld",
                "2014-05-24",
                "Piramide in het dorp");
        m.status(piramide, ActivityStatus.RUNNING, "2013-10-01");
        m.status(piramide, ActivityStatus.DONE, "2014-06-30");
        ActivityId matrix = m.activity(
                "Zelfredzaamheidsmatrix vertaald naar de buurt",
                List.of(sleutelfiguren),
                "2013-10-01",
                "2014-12-31",
                "Zelfredzaamheidsmatrix",
                ChainPosition.WIJKTEAM,
                "2014-02-03",
                "Eerste huishoudens in beeld");
        m.status(matrix, ActivityStatus.RUNNING, "2014-01-06");
        m.phase(SystemPhase.LEARN_AND_EXAMINE, "2014-04-07");
        m.agreement(
                AgreementKind.LEARNING_AGREEMENT,
                wijkteam,
                "Het wijkteam leert werken vanuit wat de buurt zelf doet",
                "2014-06-01",
                "2015-05-31");
        m.item(
                PortfolioKind.EVENT,
                "2013-10-05",
                "Het dorpsgesprek begint in het winkelcentrum",
                PublicationMedium.LOCAL_PAPER,
                null);
        m.item(
                PortfolioKind.INITIATIVE,
                "2014-05-24",
                "Een creatieve piramide met elftallen uit het dorp",
                PublicationMedium.EXHIBITION,
                null);
        PortfolioItemId oproep = m.item(
                PortfolioKind.STATEMENT,
                "2014-03-10",
                "Oproep: wie rijdt mee naar het vitaliteitscentrum?",
                PublicationMedium.FLYER,
                null);
        m.withdraw(oproep, "2014-09-01");
    }

    private void opvoeden() {
        ThemeId theme = ThemeId.generate();
        send(
                new NameTheme(
                        theme,
                        RENKUM,
                        new ThemeName("Opvoeden vanuit eigen kracht"),
                        new Story(
                                "Ouders in Oosterbeek bouwen met school, CJG-netwerk en elkaar aan een pedagogische omgeving."),
                        List.of(OOSTERBEEK),
                        new DevelopmentPeriod(d("2013-01-01"), d("2014-12-31")),
                        Recurrence.RECURRING,
                        d("2013-01-11")),
                "start of the proeftuin in Oosterbeek",
                d("2013-01-11"));
        ActorId cjg = organisation("CJG-netwerk Oosterbeek", d("2013-01-11"));
        ActorId school = organisation("Basisschool in Oosterbeek", d("2013-01-11"));
        ActorId team = organisation("Team samenleving gemeente Renkum (Oosterbeek)", d("2013-01-11"));
        ActorId sanne = person("Sanne Oudewater", "sanne.oudewater@example.org", d("2013-01-20"));
        ActorId bram = person("Bram Keulemans", null, d("2013-01-20"));
        ActorId noor = person("Noor Haverkamp", "+31 6 1234 5678", d("2013-03-06"));
        classify(cjg, Sector.PROVIDER, OOSTERBEEK, "2013-01-11");
        classify(school, Sector.PROVIDER, OOSTERBEEK, "2013-01-11");
        classify(team, Sector.MUNICIPALITY, null, "2013-01-11");
        classify(sanne, Sector.RESIDENT, OOSTERBEEK, "2013-01-20");
        classify(bram, Sector.RESIDENT, OOSTERBEEK, "2013-01-20");
        classify(noor, Sector.RESIDENT, OOSTERBEEK, "2013-03-06");
        List<IngredientId> ing = ingredients(
                theme,
                sanne,
                d("2013-01-25"),
                List.of(sanne, bram),
                IngredientKind.MEANS,
                "Positief opvoeden met Triple P",
                IngredientKind.INSTITUTION,
                "CJG-netwerk",
                IngredientKind.IMAGE,
                "Een pedagogische omgeving",
                IngredientKind.INSTITUTION,
                "De school",
                IngredientKind.IDEA,
                "Ouderavonden door ouders zelf georganiseerd");
        send(
                new AddSchakel(theme, RENKUM, cjg, List.of(ing.get(0), ing.get(1)), d("2013-02-02")),
                null,
                d("2013-02-02"));
        send(new AddSchakel(theme, RENKUM, sanne, List.of(ing.get(4)), d("2013-02-09")), null, d("2013-02-09"));
        send(new LinkSchakel(theme, RENKUM, sanne, List.of(ing.get(2)), d("2013-05-08")), null, d("2013-05-08"));
        shift(theme, team, Set.of(Position.INITIATOR), Set.of(), "2013-01-11", null);
        shift(theme, cjg, Set.of(Position.SCHAKEL, Position.SUPPLIER), Set.of(), "2013-02-02", null);
        shift(theme, school, Set.of(Position.PARTNER), Set.of(), "2013-02-16", null);
        shift(theme, bram, Set.of(Position.USER), Set.of(), "2013-03-06", null);
        shift(theme, noor, Set.of(Position.USER), Set.of(), "2013-03-06", null);
        shift(theme, sanne, Set.of(Position.SCHAKEL), Set.of(), "2013-02-09", null);
        // the organising of the parents' evenings moved to the parents themselves; recorded weeks later
        shift(theme, sanne, Set.of(Position.INITIATOR), Set.of(), "2013-08-15", "parents organise the evenings");
        shift(
                theme,
                team,
                Set.of(Position.SUPPLIER),
                Set.of(Position.INITIATOR),
                "2013-08-15",
                "responsibility shifts to the parents");
        shift(theme, noor, Set.of(Position.PARTNER), Set.of(Position.USER), "2013-06-12", "joined the parents' group");
        Cycle cycle = new Cycle(theme, 1);
        cycle.step(1, "2013-01-14", null, null);
        cycle.meeting(
                "2013-01-14",
                "2013-01-28",
                "Basisschool in Oosterbeek",
                "Startbijeenkomst voor ouders, school en CJG-netwerk.",
                List.of(cjg, school, team),
                List.of(cjg, school, team, sanne),
                "Ouders willen zelf ouderavonden organiseren.");
        cycle.step(2, "2013-02-04", Instrument.NETWORK_ANALYSIS, PatternPart.ENTERPRISING_NETWORK);
        cycle.step(3, "2013-03-04", null, null);
        cycle.medium("2013-03-18", ConversationMedium.NEWSLETTER, "De nieuwsbrief van de school", null);
        cycle.method("2013-04-08", ConversationMethod.NARRATIVE_RESEARCH, "Verhalen van ouders over opvoeden");
        cycle.step(4, "2014-02-03", null, null);
        send(
                new RecordManifestation(
                        theme, RENKUM, 1, new Place("Het schoolplein"), List.of(sanne, school), d("2014-06-21")),
                null,
                d("2014-06-21"));
        send(
                new RecordManifestationHarvest(
                        theme,
                        RENKUM,
                        1,
                        List.of(
                                new HarvestItem(
                                        HarvestItemKind.INITIATIVE,
                                        "Ouderavonden door ouders georganiseerd",
                                        List.of(sanne),
                                        List.of(ing.get(4))),
                                new HarvestItem(HarvestItemKind.EXAMPLE, "Triple P vertaald naar de buurt")),
                        d("2014-06-21")),
                null,
                d("2014-06-21"));
        cycle.step(5, "2014-09-08", null, null);
        cycle.assess("2014-09-22", CapacityQuestion.WHAT_WE_DO, "Ouders organiseren de avonden zelf.");
        cycle.agreement("2014-11-10", sanne, "Organiseert met andere ouders vier ouderavonden per jaar");
        send(new FixPracticeAgreements(theme, RENKUM, 1, d("2014-11-24")), null, d("2014-11-24"));
        opvoedenMatrix(theme, team, cjg, school, sanne, noor);
        opvoedenAnalyses(theme, cjg, school, sanne, bram, noor);
    }

    /**
     * The instruments used in cycle 1 of the proeftuin in Oosterbeek: a theme analysis with the parents in step 1
     * (two sessions), an environment analysis made by the CJG-netwerk as schakel in step 2, pattern research in step 3
     * and the regievoerder's capacity analysis in step 5.
     */
    private void opvoedenAnalyses(
            ThemeId theme, ActorId cjg, ActorId school, ActorId sanne, ActorId bram, ActorId noor) {
        var themeAnalysis = AnalysisId.generate();
        open(
                theme,
                themeAnalysis,
                Instrument.THEME_ANALYSIS,
                "Themasessie met ouders",
                AnalysisAuthor.GROUP,
                null,
                CycleStep.INTRODUCE_THEME,
                "2013-01-14");
        var nameWords = List.of(
                new ThemeAnalysisContent.NameWord(new Label("eigen kracht"), sanne),
                new ThemeAnalysisContent.NameWord(new Label("opvoeden"), bram),
                new ThemeAnalysisContent.NameWord(new Label("samen"), null));
        send(
                new RecordThemeAnalysis(
                        themeAnalysis,
                        RENKUM,
                        theme,
                        List.of(sanne, bram, school),
                        new ThemeAnalysisContent(
                                nameWords,
                                null,
                                null,
                                List.of(),
                                List.of(new ThemeAnalysisContent.Contribution(
                                        ContributionKind.REMARK,
                                        new ProgrammeText("Opvoeden doe je niet alleen."),
                                        sanne)),
                                List.of(sanne, school),
                                List.of(),
                                List.of()),
                        d("2013-01-28")),
                null,
                d("2013-01-28"));
        send(
                new RecordThemeAnalysis(
                        themeAnalysis,
                        RENKUM,
                        theme,
                        List.of(sanne, bram, noor, school, cjg),
                        new ThemeAnalysisContent(
                                nameWords,
                                new ThemeName("Opvoeden vanuit eigen kracht"),
                                new Story("Ouders, school en CJG-netwerk maken samen een pedagogische omgeving."),
                                List.of(new ThemeAnalysisContent.Initiative(
                                        new ProgrammeText("Triple P-cursus van het CJG-netwerk"), false, cjg)),
                                List.of(
                                        new ThemeAnalysisContent.Contribution(
                                                ContributionKind.REMARK,
                                                new ProgrammeText("Opvoeden doe je niet alleen."),
                                                sanne),
                                        new ThemeAnalysisContent.Contribution(
                                                ContributionKind.IDEA,
                                                new ProgrammeText("Ouderavonden door ouders zelf"),
                                                bram)),
                                List.of(sanne, school, cjg),
                                List.of(
                                        new ThemeAnalysisContent.TimelineEntry(
                                                TimelineMoment.START,
                                                d("2013-01-14"),
                                                new Label("Startbijeenkomst"),
                                                null),
                                        new ThemeAnalysisContent.TimelineEntry(
                                                TimelineMoment.MANIFESTATION,
                                                d("2014-06-21"),
                                                new Label("Manifestatie op het schoolplein"),
                                                null)),
                                List.of(new ThemeAnalysisContent.KnowledgeNode(
                                        new Label("CJG-netwerk"),
                                        cjg,
                                        new ProgrammeText("Kennis van opvoedondersteuning")))),
                        d("2013-02-11")),
                null,
                d("2013-02-11"));
        var environment = AnalysisId.generate();
        open(
                theme,
                environment,
                Instrument.ENVIRONMENT_ANALYSIS,
                "Omgeving van een gezin",
                AnalysisAuthor.SCHAKEL,
                cjg,
                CycleStep.ORDER_RELATIONS,
                "2013-02-18");
        send(
                new RecordEnvironmentAnalysis(
                        environment,
                        RENKUM,
                        theme,
                        List.of(cjg, noor),
                        new EnvironmentAnalysisContent(
                                new EnvironmentAnalysisContent.OwnStrength(
                                        OwnStrengthKind.SYSTEM, new Label("Een jong gezin in Oosterbeek"), null),
                                RingVariant.ENVIRONMENT_RINGS,
                                List.of(
                                        new EnvironmentAnalysisContent.RingEntry(
                                                EnvironmentRing.OWN_NETWORKS,
                                                null,
                                                new ProgrammeText("Grootouders en buren"),
                                                null),
                                        new EnvironmentAnalysisContent.RingEntry(
                                                EnvironmentRing.GENERAL_FACILITIES,
                                                null,
                                                new ProgrammeText("De basisschool"),
                                                school),
                                        new EnvironmentAnalysisContent.RingEntry(
                                                EnvironmentRing.SPECIFIC_FACILITIES,
                                                null,
                                                new ProgrammeText("Opvoedondersteuning"),
                                                cjg)),
                                List.of(new EnvironmentAnalysisContent.AngleAnswer(
                                        EnvironmentAngle.EFFORT,
                                        EnvironmentQuestion.MAKING_YOURSELF_SUPERFLUOUS,
                                        new ProgrammeText("Ouders leiden de avonden; het CJG-netwerk schuift aan.")))),
                        d("2013-02-25")),
                null,
                d("2013-02-25"));
        var pattern = AnalysisId.generate();
        open(
                theme,
                pattern,
                Instrument.PATTERN_RESEARCH,
                "Patroononderzoek met ouders",
                AnalysisAuthor.GROUP,
                null,
                CycleStep.BROAD_CONVERSATION,
                "2013-04-15");
        send(
                new RecordPatternResearch(
                        pattern,
                        RENKUM,
                        theme,
                        List.of(sanne, bram, noor),
                        new PatternResearchContent(
                                List.of(
                                        new PatternResearchContent.Association(
                                                PatternPart.ENTERPRISING_NETWORK,
                                                new Label("ouders die durven"),
                                                sanne),
                                        new PatternResearchContent.Association(
                                                PatternPart.SHARED_AWARENESS, new Label("het schoolplein"), noor)),
                                List.of(new PatternResearchContent.Exchange(
                                        new ProgrammeText("Wie organiseert de eerste avond?"),
                                        new ProgrammeText("Twee moeders met de school."))),
                                List.of(new ProgrammeText("De ouders willen het zelf trekken."))),
                        d("2013-04-15")),
                null,
                d("2013-04-15"));
        var capacity = AnalysisId.generate();
        open(
                theme,
                capacity,
                Instrument.CAPACITY_ANALYSIS,
                "Capaciteitsanalyse",
                AnalysisAuthor.REGIEVOERDER,
                null,
                CycleStep.ESTABLISH_CAPACITY,
                "2014-09-15");
        send(
                new RecordCapacityAnalysis(
                        capacity,
                        RENKUM,
                        theme,
                        List.of(),
                        new CapacityAnalysisContent(
                                List.of(new CapacityAnalysisContent.Cell(
                                        PatternPart.SELF_ORGANISING_EXAMPLE,
                                        CapacityActivity.FACILITATE_WHAT_YOU_DO,
                                        new ProgrammeText(
                                                "Ouderavonden door ouders, de school stelt het lokaal beschikbaar"))),
                                List.of(new CapacityAnalysisContent.Sign(
                                        CapacitySign.MAKING_THEMSELVES_SUPERFLUOUS,
                                        new ProgrammeText("Het CJG-netwerk schuift alleen op verzoek aan."),
                                        CapacityExtent.CONSIDERABLE))),
                        d("2014-09-22")),
                null,
                d("2014-09-22"));
    }

    private void open(
            ThemeId theme,
            AnalysisId id,
            Instrument instrument,
            String title,
            AnalysisAuthor madeBy,
            ActorId schakel,
            CycleStep step,
            String date) {
        send(
                new OpenAnalysis(id, RENKUM, theme, instrument, new Label(title), madeBy, schakel, 1, step, d(date)),
                null,
                d(date));
    }

    /** The stelselmatrix of Oosterbeek: the buurt as a pedagogical environment, parents taking over the evenings. */
    private void opvoedenMatrix(ThemeId theme, ActorId team, ActorId cjg, ActorId school, ActorId sanne, ActorId noor) {
        Matrix m = new Matrix(theme, OOSTERBEEK, "2013-03-04");
        m.describe(
                ChainPosition.BUURT,
                MatrixElement.CONTACT_AND_CONVERSATION,
                "2013-03-04",
                "Ouders, school en CJG-netwerk praten in de buurt over jeugd en opvoeding.",
                List.of(NetworkStrategy.CONVERSATIONS, NetworkStrategy.VITAL_ENVIRONMENT),
                List.of("Maandelijks netwerk jeugd en opvoeding"));
        m.describe(
                ChainPosition.RESIDENT,
                MatrixElement.CAPACITY_TO_COPE,
                "2013-03-04",
                "Ouders leren van elkaar, met positief opvoeden volgens Triple P.",
                List.of(NetworkStrategy.VITAL_ENVIRONMENT),
                List.of());
        m.describe(
                ChainPosition.WIJKTEAM,
                MatrixElement.SUPPORT,
                "2013-04-08",
                "Het CJG-netwerk is de kern waaruit het wijkteam groeit.",
                List.of(),
                List.of("Vissenkom rond een casus"));
        AttentionPointId ontmoeten = m.point(
                ChainPosition.BUURT,
                MatrixElement.CONTACT_AND_CONVERSATION,
                "2013-03-04",
                "Ontmoetingen tussen ouders buiten school op gang brengen.");
        AttentionPointId expertise = m.point(
                ChainPosition.WIJKTEAM,
                MatrixElement.SUPPORT,
                "2013-04-08",
                "Expertise van het wijkteam verkennen aan de hand van concrete casussen.");
        m.judge(ChainPosition.BUURT, MatrixElement.CONTACT_AND_CONVERSATION, 2, "2013-06-17", team, cjg);
        m.judge(ChainPosition.RESIDENT, MatrixElement.CAPACITY_TO_COPE, 2, "2013-06-17", team, cjg);
        m.judge(ChainPosition.WIJKTEAM, MatrixElement.SUPPORT, 2, "2013-06-17", team, cjg);
        ResponsibilityId avonden = m.take(
                ResponsibilityKind.TASK, "Organiseren van de ouderavonden", ChainPosition.WIJKTEAM, "2013-03-04", cjg);
        ResponsibilityId triple = m.take(
                ResponsibilityKind.TASK,
                "Bijeenkomsten positief opvoeden",
                ChainPosition.SERVICES,
                "2013-06-17",
                cjg,
                school);
        m.move(
                triple,
                ChainPosition.SERVICES,
                ChainPosition.OPEN_NETWORK,
                "2014-03-10",
                "Ouders uit het netwerk leiden de bijeenkomsten",
                noor);
        // the parents took over the evenings in August 2013; recorded later
        m.move(
                avonden,
                ChainPosition.WIJKTEAM,
                ChainPosition.RESIDENT,
                "2013-08-15",
                "Ouders organiseren de avonden zelf",
                sanne);
        m.resolve(expertise, "2014-05-12", "Geoefend in een vissenkom met het netwerk als buitenkring.");
        m.judge(ChainPosition.BUURT, MatrixElement.CONTACT_AND_CONVERSATION, 3, "2014-10-13", team, cjg, sanne);
        m.judge(ChainPosition.RESIDENT, MatrixElement.CAPACITY_TO_COPE, 4, "2014-10-13", team, cjg, sanne);
        m.judge(ChainPosition.WIJKTEAM, MatrixElement.SUPPORT, 3, "2014-10-13", team, cjg);
        m.judge(ChainPosition.RESIDENT, MatrixElement.RESPONSIBILITY_SHIFT, 4, "2014-10-13", team, sanne);
        m.phase(SystemPhase.INVITE_POSITIONS, "2013-03-04");
        m.communicationPlan(
                "2013-03-04",
                List.of("Nieuwsbrief van de school", "Sociale media"),
                List.of("Ouders", "Leerkrachten"),
                "Elke twee weken");
        m.phase(SystemPhase.PROGRAMME_OF_ACTIVITIES, "2013-04-08");
        ActivityId ouders = m.activity(
                "Ontmoetingen tussen ouders met positief opvoeden",
                List.of(ontmoeten),
                "2013-04-08",
                "2014-06-30",
                "Triple P",
                null,
                "2013-05-13",
                "Eerste ontmoeting op school");
        m.status(ouders, ActivityStatus.RUNNING, "2013-05-13");
        m.status(ouders, ActivityStatus.DONE, "2014-06-30");
        ActivityId vissenkom = m.activity(
                "Vissenkom: het wijkteam rond een casus",
                List.of(expertise),
                "2013-10-07",
                "2014-05-12",
                null,
                ChainPosition.WIJKTEAM,
                "2014-01-13",
                "Eerste casus besproken");
        m.status(vissenkom, ActivityStatus.RUNNING, "2013-10-07");
        m.status(vissenkom, ActivityStatus.DONE, "2014-05-12");
        m.phase(SystemPhase.LEARN_AND_EXAMINE, "2014-01-13");
        m.agreement(
                AgreementKind.CONTRACT,
                cjg,
                "Het CJG-netwerk ondersteunt ouders die zelf bijeenkomsten leiden",
                "2014-09-01",
                "2016-08-31");
        m.phase(SystemPhase.COMPARE_BUURTEN, "2014-11-10");
        m.item(
                PortfolioKind.STORY,
                "2013-11-20",
                "Ouders vertellen hoe de eerste ouderavond ging",
                PublicationMedium.NEWSLETTER,
                null);
        m.item(
                PortfolioKind.EXAMPLE,
                "2014-06-21",
                "Triple P vertaald naar het schoolplein",
                PublicationMedium.SOCIAL_MEDIA,
                null);
    }

    private void vrolijkGrootWorden() {
        ThemeId theme = ThemeId.generate();
        send(
                new NameTheme(
                        theme,
                        RENKUM,
                        new ThemeName("Zorg voor jeugd"),
                        new Story("Aandacht voor jeugd, op een onverwachte manier verkend."),
                        List.of(DOORWERTH, OOSTERBEEK),
                        new DevelopmentPeriod(d("2013-05-01"), d("2014-12-31")),
                        Recurrence.RECURRING,
                        d("2013-05-08")),
                null,
                d("2013-05-08"));
        ActorId regievoerder = person("Ruud Tenhave", "ruud.tenhave@example.org", d("2013-05-08"));
        ActorId huisarts = person("Wim Stroeve", null, d("2013-06-05"));
        ActorId verpleegkundige = person("Esmee Dijkhof", null, d("2013-06-05"));
        ActorId sportclub = organisation("Sportvereniging in Doorwerth", d("2013-07-01"));
        ActorId grootmoeder = person("Gerda Hulsbos", null, d("2013-06-05"));
        classify(regievoerder, Sector.MUNICIPALITY, null, "2013-05-08");
        classify(huisarts, Sector.PROVIDER, DOORWERTH, "2013-06-05");
        classify(verpleegkundige, Sector.PROVIDER, DOORWERTH, "2013-06-05");
        classify(sportclub, Sector.COMMUNITY_ORGANISATION, DOORWERTH, "2013-07-01");
        classify(grootmoeder, Sector.RESIDENT, DOORWERTH, "2013-06-05");
        List<IngredientId> ing = ingredients(
                theme,
                regievoerder,
                d("2013-06-05"),
                List.of(regievoerder, huisarts, verpleegkundige),
                IngredientKind.IDEA,
                "Spelen in de buitenlucht",
                IngredientKind.PERSON,
                new PersonIngredient(grootmoeder, "Grootmoeder die twee dagen per week oppast"),
                IngredientKind.BUILDING,
                "Het sportpark",
                IngredientKind.SOURCE,
                "Verhalen van jonge ouders",
                IngredientKind.MATERIAL,
                "Een tafelkleed om op te tekenen");
        send(
                new AddSchakel(theme, RENKUM, huisarts, List.of(ing.get(1), ing.get(3)), d("2013-06-05")),
                null,
                d("2013-06-05"));
        send(
                new AddSchakel(theme, RENKUM, sportclub, List.of(ing.get(0), ing.get(2)), d("2013-07-01")),
                null,
                d("2013-07-01"));
        shift(theme, regievoerder, Set.of(Position.INITIATOR), Set.of(), "2013-05-08", null);
        shift(theme, huisarts, Set.of(Position.SCHAKEL), Set.of(), "2013-06-05", null);
        shift(theme, verpleegkundige, Set.of(Position.SUPPLIER), Set.of(), "2013-06-05", null);
        send(
                new InviteSchakelToAnalyse(theme, RENKUM, huisarts, d("2013-06-19")),
                "networks grow from networks",
                d("2013-06-19"));
        shift(theme, sportclub, Set.of(Position.PARTNER, Position.SCHAKEL), Set.of(), "2013-07-01", null);
        shift(theme, verpleegkundige, Set.of(Position.SCHAKEL), Set.of(Position.SUPPLIER), "2013-10-03", null);
        ContactId contact = ContactId.generate();
        send(
                new PrepareContact(
                        theme,
                        RENKUM,
                        contact,
                        List.of(sportclub),
                        ContactForm.INDIVIDUAL,
                        new Story("Wat doet de club al voor jonge gezinnen?"),
                        d("2013-07-04")),
                null,
                d("2013-07-04"));
        send(
                new RecordContactMade(
                        theme,
                        RENKUM,
                        contact,
                        new Story("Een open dag voor gezinnen wordt samen voorbereid."),
                        d("2013-07-18")),
                null,
                d("2013-07-18"));
        Cycle cycle = new Cycle(theme, 1);
        cycle.step(1, "2013-05-08", null, null);
        cycle.step(2, "2013-06-05", Instrument.NETWORK_ANALYSIS, PatternPart.ENTERPRISING_NETWORK);
        cycle.step(3, "2013-07-01", null, null);
        cycle.step(4, "2014-03-03", null, null);
        cycle.step(5, "2014-09-01", null, null);
        cycle.agreement("2014-10-13", sportclub, "Houdt twee keer per jaar een open dag voor jonge gezinnen");
        send(new FixPracticeAgreements(theme, RENKUM, 1, d("2014-11-17")), null, d("2014-11-17"));
        // made current again for a new programme, under an inviting name instead of a sector name
        send(
                new StartProgrammeCycle(
                        theme,
                        RENKUM,
                        new DevelopmentPeriod(d("2015-01-12"), d("2017-12-29")),
                        new ThemeName("Vrolijk groot worden"),
                        d("2015-01-12")),
                "an inviting name instead of a sector name",
                d("2015-01-12"));
        new Cycle(theme, 2).step(1, "2015-01-12", null, null);
    }

    /** The commands of one programme cycle of a demo theme. */
    /**
     * Wijkprofiel indicators for both buurten, 2012 to 2015, as the project dashboard of the Doorwerth
     * proeftuin would load them: self-reliance (local), young clients (regional) and the effort of the
     * second line (regional). The figures are invented.
     */
    private void wijkprofiel() {
        List<IndicatorValue> values = new ArrayList<>();
        for (int year = 2012; year <= 2015; year++) {
            int y = year - 2012;
            IndicatorPeriod period = new IndicatorPeriod(String.valueOf(year));
            values.add(indicator(DOORWERTH, period, "zelfredzaamheid", 6.1 + 0.3 * y, SourceLevel.LOCAL));
            values.add(indicator(DOORWERTH, period, "clienten.jeugdzorg", 42 - 3 * y, SourceLevel.REGIONAL));
            values.add(indicator(DOORWERTH, period, "inzet.tweede-lijn", 118 - 9 * y, SourceLevel.REGIONAL));
            values.add(indicator(OOSTERBEEK, period, "zelfredzaamheid", 6.4 + 0.2 * y, SourceLevel.LOCAL));
            values.add(indicator(OOSTERBEEK, period, "clienten.jeugdzorg", 57 - 5 * y, SourceLevel.REGIONAL));
            values.add(indicator(OOSTERBEEK, period, "inzet.tweede-lijn", 131 - 11 * y, SourceLevel.REGIONAL));
        }
        UploadId upload = UploadId.generate();
        send(
                new LoadIndicators(
                        IndicatorsLoaded.uploadAggregate(RENKUM, upload), RENKUM, upload, values, d("2016-02-01")),
                "project dashboard of the proeftuin",
                d("2016-02-01"));
    }

    private static IndicatorValue indicator(
            BuurtCode buurt, IndicatorPeriod period, String code, double value, SourceLevel level) {
        return new IndicatorValue(buurt, period, new IndicatorCode(code), Math.round(value * 10) / 10.0, level);
    }

    /** Records the stelselmatrix of a theme in a buurt, judged within cycle 1. */
    private final class Matrix {
        private final MatrixAddress address;

        Matrix(ThemeId theme, BuurtCode buurt, String setUpOn) {
            this.address = new MatrixAddress(RENKUM, theme, buurt);
            send(
                    new SetUpStelselmatrix(address, d(setUpOn)),
                    "the stelselmatrix discussed with those involved",
                    d(setUpOn));
        }

        void describe(
                ChainPosition position,
                MatrixElement element,
                String date,
                String ownStrength,
                List<NetworkStrategy> strategies,
                List<String> others) {
            send(
                    new DescribeCell(
                            address,
                            position,
                            element,
                            new ProgrammeText(ownStrength),
                            strategies,
                            others.stream().map(Label::new).toList(),
                            d(date)),
                    null,
                    d(date));
        }

        AttentionPointId point(ChainPosition position, MatrixElement element, String date, String text) {
            AttentionPointId id = AttentionPointId.generate();
            send(
                    new AddAttentionPoint(address, id, position, element, new ProgrammeText(text), d(date)),
                    null,
                    d(date));
            return id;
        }

        void revise(AttentionPointId id, String date, String text) {
            send(new ReviseAttentionPoint(address, id, new ProgrammeText(text), d(date)), null, d(date));
        }

        void resolve(AttentionPointId id, String date, String how) {
            send(new ResolveAttentionPoint(address, id, new ProgrammeText(how), d(date)), null, d(date));
        }

        void judge(ChainPosition position, MatrixElement element, int level, String date, ActorId... by) {
            send(
                    new JudgeCell(
                            address,
                            position,
                            element,
                            MeasurementPeriod.ofCycle(1),
                            level,
                            null,
                            List.of(by),
                            d(date)),
                    "measured in the network meeting",
                    d(date));
        }

        ResponsibilityId take(
                ResponsibilityKind kind, String name, ChainPosition position, String date, ActorId... through) {
            ResponsibilityId id = ResponsibilityId.generate();
            send(
                    new TakeResponsibility(address, id, kind, new Label(name), position, List.of(through), d(date)),
                    null,
                    d(date));
            return id;
        }

        void move(
                ResponsibilityId id,
                ChainPosition from,
                ChainPosition to,
                String date,
                String reason,
                ActorId... through) {
            send(
                    new MoveResponsibility(address, id, from, to, List.of(through), new ProgrammeText(reason), d(date)),
                    reason,
                    d(date));
        }

        void phase(SystemPhase phase, String date) {
            send(new StartSystemPhase(address, phase, d(date)), null, d(date));
        }

        void communicationPlan(String date, List<String> channels, List<String> audiences, String rhythm) {
            send(
                    new SetCommunicationPlan(
                            address,
                            channels.stream().map(Label::new).toList(),
                            audiences.stream().map(Label::new).toList(),
                            new Label(rhythm),
                            d(date)),
                    null,
                    d(date));
        }

        /** An activity from {@code start} to {@code end}, planned on its start; then milestones as date, what. */
        ActivityId activity(
                String name,
                List<AttentionPointId> points,
                String start,
                String end,
                String method,
                ChainPosition owner,
                String... milestones) {
            ActivityId id = ActivityId.generate();
            List<Milestone> planning = new ArrayList<>();
            for (int i = 0; i < milestones.length; i += 2) {
                planning.add(new Milestone(d(milestones[i]), new Label(milestones[i + 1])));
            }
            send(
                    new PlanActivity(
                            address,
                            id,
                            new Label(name),
                            null,
                            points,
                            new AgreementPeriod(d(start), d(end)),
                            planning,
                            method == null ? null : new Label(method),
                            owner,
                            d(start)),
                    null,
                    d(start));
            return id;
        }

        void status(ActivityId id, ActivityStatus status, String date) {
            send(new ChangeActivityStatus(address, id, status, d(date)), null, d(date));
        }

        void agreement(AgreementKind kind, ActorId party, String what, String start, String end) {
            send(
                    new MakeSystemAgreement(
                            address,
                            AgreementId.generate(),
                            kind,
                            party,
                            new ProgrammeText(what),
                            new AgreementPeriod(d(start), d(end)),
                            d(start).minusMonths(1)),
                    null,
                    d(start).minusMonths(1));
        }

        PortfolioItemId item(PortfolioKind kind, String date, String text, PublicationMedium medium, String link) {
            PortfolioItemId id = PortfolioItemId.generate();
            send(
                    new AddPortfolioItem(
                            address,
                            id,
                            kind,
                            new ProgrammeText(text),
                            medium,
                            link == null ? null : new WebLink(link),
                            d(date)),
                    null,
                    d(date));
            return id;
        }

        void withdraw(PortfolioItemId id, String date) {
            send(new WithdrawPortfolioItem(address, id, d(date)), null, d(date));
        }

        void disappear(ResponsibilityId id, String date, String reason) {
            send(new RecordResponsibilityDisappeared(address, id, new ProgrammeText(reason), d(date)), reason, d(date));
        }
    }

    private final class Cycle {
        private final ThemeId theme;
        private final int number;

        Cycle(ThemeId theme, int number) {
            this.theme = theme;
            this.number = number;
        }

        void step(int step, String date, Instrument instrument, PatternPart part) {
            CycleStep s = CycleStep.ofNumber(step).orElseThrow();
            send(new StartCycleStep(theme, RENKUM, number, s, d(date)), null, d(date));
            if (instrument != null) {
                instrument(step, date, instrument, part);
            }
        }

        void instrument(int step, String date, Instrument instrument, PatternPart part) {
            CycleStep s = CycleStep.ofNumber(step).orElseThrow();
            send(new RecordStepInstrument(theme, RENKUM, number, s, instrument, part, d(date)), null, d(date));
        }

        void meeting(
                String plannedOn,
                String date,
                String place,
                String invitation,
                List<ActorId> invited,
                List<ActorId> came,
                String outcome) {
            MeetingId id = MeetingId.generate();
            send(
                    new PlanMeetingMoment(
                            theme,
                            RENKUM,
                            number,
                            id,
                            d(date),
                            new Place(place),
                            d(plannedOn),
                            new ProgrammeText(invitation),
                            invited,
                            d(plannedOn)),
                    null,
                    d(plannedOn));
            send(
                    new RecordMeetingMomentHeld(theme, RENKUM, number, id, came, new ProgrammeText(outcome), d(date)),
                    null,
                    d(date));
        }

        void medium(String date, ConversationMedium medium, String description, String link) {
            send(
                    new RecordConversationMedium(
                            theme,
                            RENKUM,
                            number,
                            medium,
                            new ProgrammeText(description),
                            link == null ? null : new WebLink(link),
                            d(date)),
                    null,
                    d(date));
        }

        void remark(String date, String text, ActorId heardFrom) {
            send(
                    heardFrom != null
                                    && vault.keyState(heardFrom.value(), RENKUM.value())
                                            == PersonalDataVault.KeyState.LIVE
                            ? new RecordRemarkHeard(
                                    theme,
                                    RENKUM,
                                    number,
                                    null,
                                    vault.sealText(heardFrom.value(), RENKUM.value(), text),
                                    heardFrom,
                                    d(date))
                            : new RecordRemarkHeard(
                                    theme, RENKUM, number, new ProgrammeText(text), null, heardFrom, d(date)),
                    null,
                    d(date));
        }

        void method(String date, ConversationMethod method, String description) {
            send(
                    new RecordConversationMethod(
                            theme, RENKUM, number, method, new ProgrammeText(description), d(date)),
                    null,
                    d(date));
        }

        void assess(String date, CapacityQuestion question, String answer) {
            send(
                    new AssessCapacity(theme, RENKUM, number, question, new ProgrammeText(answer), d(date)),
                    null,
                    d(date));
        }

        void agreement(String date, ActorId party, String what) {
            send(
                    new MakePracticeAgreement(
                            theme,
                            RENKUM,
                            number,
                            AgreementId.generate(),
                            party,
                            new ProgrammeText(what),
                            new AgreementPeriod(d("2015-01-01"), d("2016-12-31")),
                            d(date)),
                    null,
                    d(date));
        }
    }

    private List<IngredientId> ingredients(
            ThemeId theme, ActorId writtenBy, LocalDate date, List<ActorId> participants, Object... kindAndText) {
        List<Ingredient> list = new ArrayList<>();
        for (int i = 0; i < kindAndText.length; i += 2) {
            IngredientKind kind = (IngredientKind) kindAndText[i];
            if (kindAndText[i + 1] instanceof PersonIngredient p) {
                list.add(new Ingredient(IngredientId.generate(), kind, null, p.person(), null)
                        .sealedAs(vault.sealText(p.person().value(), RENKUM.value(), p.text())));
            } else {
                list.add(new Ingredient(IngredientId.generate(), kind, (String) kindAndText[i + 1]));
            }
        }
        send(
                new AddIngredients(theme, RENKUM, list, writtenBy, new AnalysisSession(date, participants), date),
                "network-analysis session",
                date);
        return list.stream().map(Ingredient::id).toList();
    }

    /** An ingredient of kind PERSON: the actor it names and the text, sealed with the actor's key. */
    private record PersonIngredient(ActorId person, String text) {}

    private void shift(
            ThemeId theme, ActorId actor, Set<Position> take, Set<Position> leave, String date, String reason) {
        send(new ShiftPosition(theme, RENKUM, actor, take, leave, d(date)), reason, d(date));
    }

    private void invite(ThemeId theme, ActorId actor, Position position, String date) {
        send(new InviteToPosition(theme, RENKUM, actor, position, d(date)), null, d(date));
    }

    /** Illustrative CBS codes of the twelve municipalities of regio Arnhem in 2013 (Renkum among them). */
    static final List<String> REGIO_ARNHEM = List.of(
            "GM0202", "GM0221", "GM0226", "GM1705", "GM1955", "GM1734", "GM0274", "GM0275", "GM0196", "GM0277",
            "GM0293", "GM0299");

    /**
     * Regio Arnhem, in whose regional learning environment the proeftuinen took part, with two scan moments of the
     * zelfscan regieneming a year apart: respondents of Renkum and Arnhem (invented organisations) score the four
     * roles; the second moment shows the connector and conductor more present.
     */
    private void regioArnhem() {
        MunicipalityCode arnhem = new MunicipalityCode("GM0202");
        RegionId region = RegionId.generate();
        send(
                new DefineRegion(
                        region,
                        RENKUM,
                        new Label("Regio Arnhem"),
                        REGIO_ARNHEM.stream().map(MunicipalityCode::new).toList(),
                        List.of(),
                        d("2013-01-15")),
                "the regional learning environment of the twelve municipalities",
                d("2013-01-15"));
        ActorId school = organisation("Basisschool De Wegwijzer", d("2013-01-20"));
        ActorId opvang = organisation("Kinderopvang De Boomhut", d("2013-01-20"));
        ActorId zorg = organisation("Huisartsenpraktijk Oosterbeek-Zuid", d("2013-01-20"));
        ActorId jeugd = organisation("Jeugdhulp Veluwezoom", d("2013-01-20"));
        ActorId swv = organisation(arnhem, "Samenwerkingsverband Passend Leren Rijnstreek", d("2013-01-20"));
        ActorId kdv = organisation(arnhem, "Kinderdagverblijf Het Klaverblad", d("2013-01-20"));
        ActorId wijkteam = organisation(arnhem, "Wijkteam Arnhem-Oost", d("2013-01-20"));
        send(
                new OpenZelfscan(region, RENKUM, new Label("Zelfscan voorjaar 2013"), d("2013-03-01")),
                null,
                d("2013-03-01"));
        zelfscan(region, 1, RENKUM, school, ZelfscanSector.EDUCATION, "2013-03-04", 3, 2, 2, 1, jeugd);
        zelfscan(region, 1, RENKUM, opvang, ZelfscanSector.CHILDCARE, "2013-03-06", 2, 1, 3, 1, null);
        zelfscan(region, 1, RENKUM, zorg, ZelfscanSector.CARE, "2013-03-11", 2, 2, 2, 2, null);
        zelfscan(region, 1, RENKUM, jeugd, ZelfscanSector.YOUTH_AID, "2013-03-12", 3, 1, 2, 1, jeugd);
        zelfscan(region, 1, arnhem, swv, ZelfscanSector.EDUCATION, "2013-03-08", 4, 2, 2, 2, swv);
        zelfscan(region, 1, arnhem, kdv, ZelfscanSector.CHILDCARE, "2013-03-13", 2, 2, 1, 1, null);
        send(new CloseZelfscan(region, 1, arnhem, d("2013-04-01")), null, d("2013-04-01"));
        send(
                new OpenZelfscan(region, arnhem, new Label("Zelfscan voorjaar 2014"), d("2014-03-03")),
                null,
                d("2014-03-03"));
        zelfscan(region, 2, RENKUM, school, ZelfscanSector.EDUCATION, "2014-03-05", 4, 3, 4, 3, jeugd);
        zelfscan(region, 2, RENKUM, opvang, ZelfscanSector.CHILDCARE, "2014-03-07", 3, 2, 4, 2, opvang);
        zelfscan(region, 2, RENKUM, jeugd, ZelfscanSector.YOUTH_AID, "2014-03-10", 4, 3, 4, 3, jeugd);
        zelfscan(region, 2, arnhem, swv, ZelfscanSector.EDUCATION, "2014-03-06", 4, 3, 3, 3, swv);
        zelfscan(region, 2, arnhem, kdv, ZelfscanSector.CHILDCARE, "2014-03-12", 3, 2, 3, 2, null);
        zelfscan(region, 2, arnhem, wijkteam, ZelfscanSector.CARE, "2014-03-14", 3, 3, 5, 4, wijkteam);
        send(new CloseZelfscan(region, 2, RENKUM, d("2014-04-01")), null, d("2014-04-01"));
    }

    /** One answer: the levels of designer, quartermaster, connector and conductor, and who connects, if named. */
    private void zelfscan(
            RegionId region,
            int scan,
            MunicipalityCode municipality,
            ActorId respondent,
            ZelfscanSector sector,
            String date,
            int designer,
            int quartermaster,
            int connector,
            int conductor,
            ActorId connectedBy) {
        send(
                new AnswerZelfscan(
                        region,
                        scan,
                        municipality,
                        respondent,
                        sector,
                        List.of(
                                new RoleScore(RegieRole.DESIGNER, designer, List.of()),
                                new RoleScore(RegieRole.QUARTERMASTER, quartermaster, List.of()),
                                new RoleScore(
                                        RegieRole.CONNECTOR,
                                        connector,
                                        connectedBy == null ? List.of() : List.of(connectedBy)),
                                new RoleScore(RegieRole.CONDUCTOR, conductor, List.of())),
                        d(date)),
                null,
                d(date));
    }

    private void classify(ActorId actor, Sector sector, BuurtCode buurt, String date) {
        send(new nl.netwerkregie.command.actor.ClassifyActor(actor, RENKUM, sector, buurt, d(date)), null, d(date));
    }

    private ActorId organisation(String name, LocalDate date) {
        return organisation(RENKUM, name, date);
    }

    private ActorId organisation(MunicipalityCode municipality, String name, LocalDate date) {
        ActorId id = ActorId.generate();
        send(new RegisterActor(id, municipality, ActorType.ORGANISATION, name, null, date), null, date);
        return id;
    }

    private ActorId person(String name, String contact, LocalDate date) {
        ActorId id = ActorId.generate();
        String email = contact != null && contact.contains("@") ? contact : null;
        String phone = contact != null && !contact.contains("@") ? contact : null;
        send(
                new RegisterActor(
                        id,
                        RENKUM,
                        ActorType.PERSON,
                        null,
                        vault.seal(id.value(), RENKUM.value(), new PersonalData(name, email, phone)),
                        date),
                null,
                date);
        return id;
    }

    private void send(Object command, String reason, LocalDate date) {
        dispatch.send(command, new Recording("demo-loader", "demo-" + UUID.randomUUID(), reason, date));
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
