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
import nl.netwerkregie.command.theme.AddIngredients;
import nl.netwerkregie.command.theme.AddSchakel;
import nl.netwerkregie.command.theme.InviteSchakelToAnalyse;
import nl.netwerkregie.command.theme.InviteToPosition;
import nl.netwerkregie.command.theme.LinkSchakel;
import nl.netwerkregie.command.theme.NameTheme;
import nl.netwerkregie.command.theme.PrepareContact;
import nl.netwerkregie.command.theme.RecordContactMade;
import nl.netwerkregie.command.theme.RecordManifestationHarvest;
import nl.netwerkregie.command.theme.RenameTheme;
import nl.netwerkregie.command.theme.ShiftPosition;
import nl.netwerkregie.command.theme.WithdrawIngredient;
import nl.netwerkregie.platform.personaldata.PersonalData;
import nl.netwerkregie.platform.personaldata.PersonalDataVault;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.ActorType;
import nl.netwerkregie.values.AnalysisSession;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.ContactForm;
import nl.netwerkregie.values.ContactId;
import nl.netwerkregie.values.DevelopmentPeriod;
import nl.netwerkregie.values.HarvestItem;
import nl.netwerkregie.values.HarvestItemKind;
import nl.netwerkregie.values.Ingredient;
import nl.netwerkregie.values.IngredientId;
import nl.netwerkregie.values.IngredientKind;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Position;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.ThemeName;
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
                        new DevelopmentPeriod(d("2023-09-01"), d("2026-08-31")),
                        d("2023-09-04")),
                "start of the proeftuin in Doorwerth",
                d("2023-09-04"));
        ActorId team = organisation("Team samenleving gemeente Renkum", d("2023-09-04"));
        ActorId stichting = organisation("Stichting Eigentijdse Verbindingen", d("2023-09-04"));
        ActorId bibliotheek = organisation("Bibliotheek Doorwerth", d("2023-09-04"));
        ActorId wijkteam = organisation("Sociaal wijkteam Doorwerth", d("2023-09-04"));
        ActorId femke = person("Femke Aldering", "femke.aldering@example.org", d("2023-09-10"));
        ActorId joost = person("Joost Wanrooij", null, d("2023-09-10"));
        ActorId ilse = person("Ilse Brammert", "ilse@example.org", d("2023-10-02"));
        List<IngredientId> ing = ingredients(
                theme,
                femke,
                d("2023-09-18"),
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
                new AddSchakel(theme, RENKUM, femke, List.of(ing.get(0), ing.get(4)), d("2023-09-25")),
                null,
                d("2023-09-25"));
        send(new AddSchakel(theme, RENKUM, bibliotheek, List.of(ing.get(1)), d("2023-10-02")), null, d("2023-10-02"));
        send(
                new AddSchakel(theme, RENKUM, wijkteam, List.of(ing.get(2), ing.get(3)), d("2023-10-02")),
                null,
                d("2023-10-02"));
        shift(theme, team, Set.of(Position.INITIATOR), Set.of(), "2023-09-04", "the municipality starts the theme");
        shift(
                theme,
                stichting,
                Set.of(Position.SUPPLIER),
                Set.of(),
                "2023-09-04",
                "brings the method of network strategy");
        shift(theme, femke, Set.of(Position.SCHAKEL), Set.of(), "2023-09-25", null);
        shift(theme, wijkteam, Set.of(Position.SUPPLIER), Set.of(), "2023-10-02", null);
        shift(
                theme,
                bibliotheek,
                Set.of(Position.SCHAKEL, Position.SUPPLIER),
                Set.of(),
                "2023-10-16",
                "offers room weekly");
        shift(theme, joost, Set.of(Position.USER), Set.of(), "2024-01-15", null);
        // recorded after the January meeting, but the meeting itself was in December
        shift(
                theme,
                ilse,
                Set.of(Position.PARTNER),
                Set.of(),
                "2023-12-11",
                "minutes of the December meeting came late");
        shift(theme, femke, Set.of(Position.PARTNER), Set.of(), "2024-03-04", "co-organises the creatieve piramide");
        invite(theme, joost, Position.SCHAKEL, "2024-03-04");
        shift(theme, joost, Set.of(Position.SCHAKEL), Set.of(Position.USER), "2024-05-13", "accepted the invitation");
        shift(
                theme,
                team,
                Set.of(Position.PARTNER),
                Set.of(Position.INITIATOR),
                "2024-09-02",
                "the buurt takes over the initiative");
        shift(theme, femke, Set.of(Position.INITIATOR), Set.of(), "2024-09-02", "the buurt takes over the initiative");
        ContactId contact = ContactId.generate();
        send(
                new PrepareContact(
                        theme,
                        RENKUM,
                        contact,
                        List.of(femke, bibliotheek),
                        ContactForm.GROUP,
                        new Story("Wat geeft de buurt energie? Een open gesprek in de bibliotheek."),
                        d("2024-02-05")),
                null,
                d("2024-02-05"));
        send(
                new RecordContactMade(
                        theme,
                        RENKUM,
                        contact,
                        new Story("Twaalf bewoners kwamen; drie willen meedoen."),
                        d("2024-02-20")),
                null,
                d("2024-02-20"));
        send(new InviteSchakelToAnalyse(theme, RENKUM, femke, d("2024-02-20")), null, d("2024-02-20"));
        send(
                new WithdrawIngredient(theme, RENKUM, ing.get(5), d("2025-01-06")),
                "the shopping centre closed",
                d("2025-01-06"));
        shift(theme, ilse, Set.of(), Set.of(Position.PARTNER), "2025-06-30", "moved away");
        send(
                new RecordManifestationHarvest(
                        theme,
                        RENKUM,
                        List.of(
                                new HarvestItem(
                                        HarvestItemKind.NETWORK, "Een netwerk van buurtbewoners rond de bibliotheek"),
                                new HarvestItem(HarvestItemKind.INITIATIVE, "De creatieve piramide van Doorwerth"),
                                new HarvestItem(
                                        HarvestItemKind.EXAMPLE,
                                        "Bewoners organiseren zelf een wekelijkse koffieochtend")),
                        d("2025-10-11")),
                null,
                d("2025-10-11"));
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
                        new DevelopmentPeriod(d("2023-09-01"), d("2026-08-31")),
                        d("2023-09-11")),
                "start of the proeftuin in Oosterbeek",
                d("2023-09-11"));
        ActorId cjg = organisation("CJG-netwerk Oosterbeek", d("2023-09-11"));
        ActorId school = organisation("Basisschool in Oosterbeek", d("2023-09-11"));
        ActorId team = organisation("Team samenleving gemeente Renkum (Oosterbeek)", d("2023-09-11"));
        ActorId sanne = person("Sanne Oudewater", "sanne.oudewater@example.org", d("2023-09-20"));
        ActorId bram = person("Bram Keulemans", null, d("2023-09-20"));
        ActorId noor = person("Noor Haverkamp", "+31 6 1234 5678", d("2023-11-06"));
        List<IngredientId> ing = ingredients(
                theme,
                sanne,
                d("2023-09-25"),
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
                new AddSchakel(theme, RENKUM, cjg, List.of(ing.get(0), ing.get(1)), d("2023-10-02")),
                null,
                d("2023-10-02"));
        send(new AddSchakel(theme, RENKUM, sanne, List.of(ing.get(4)), d("2023-10-09")), null, d("2023-10-09"));
        send(new LinkSchakel(theme, RENKUM, sanne, List.of(ing.get(2)), d("2024-01-08")), null, d("2024-01-08"));
        shift(theme, team, Set.of(Position.INITIATOR), Set.of(), "2023-09-11", null);
        shift(theme, cjg, Set.of(Position.SCHAKEL, Position.SUPPLIER), Set.of(), "2023-10-02", null);
        shift(theme, school, Set.of(Position.PARTNER), Set.of(), "2023-10-16", null);
        shift(theme, bram, Set.of(Position.USER), Set.of(), "2023-11-06", null);
        shift(theme, noor, Set.of(Position.USER), Set.of(), "2023-11-06", null);
        shift(theme, sanne, Set.of(Position.SCHAKEL), Set.of(), "2023-10-09", null);
        // the organising of the parents' evenings moved to the parents themselves; recorded weeks later
        shift(theme, sanne, Set.of(Position.INITIATOR), Set.of(), "2024-04-15", "parents organise the evenings");
        shift(
                theme,
                team,
                Set.of(Position.SUPPLIER),
                Set.of(Position.INITIATOR),
                "2024-04-15",
                "responsibility shifts to the parents");
        shift(theme, noor, Set.of(Position.PARTNER), Set.of(Position.USER), "2024-02-12", "joined the parents' group");
        send(
                new RecordManifestationHarvest(
                        theme,
                        RENKUM,
                        List.of(
                                new HarvestItem(HarvestItemKind.INITIATIVE, "Ouderavonden door ouders georganiseerd"),
                                new HarvestItem(HarvestItemKind.EXAMPLE, "Triple P vertaald naar de buurt")),
                        d("2025-11-15")),
                null,
                d("2025-11-15"));
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
                        new DevelopmentPeriod(d("2024-01-08"), d("2026-12-31")),
                        d("2024-01-08")),
                null,
                d("2024-01-08"));
        send(
                new RenameTheme(theme, RENKUM, new ThemeName("Vrolijk groot worden"), d("2024-02-01")),
                "an inviting name instead of a sector name",
                d("2024-02-01"));
        ActorId regievoerder = person("Ruud Tenhave", "ruud.tenhave@example.org", d("2024-01-08"));
        ActorId huisarts = person("Wim Stroeve", null, d("2024-02-05"));
        ActorId verpleegkundige = person("Esmee Dijkhof", null, d("2024-02-05"));
        ActorId sportclub = organisation("Sportvereniging in Doorwerth", d("2024-03-01"));
        List<IngredientId> ing = ingredients(
                theme,
                regievoerder,
                d("2024-02-05"),
                List.of(regievoerder, huisarts, verpleegkundige),
                IngredientKind.IDEA,
                "Spelen in de buitenlucht",
                IngredientKind.PERSON,
                "Grootouders die oppassen",
                IngredientKind.BUILDING,
                "Het sportpark",
                IngredientKind.SOURCE,
                "Verhalen van jonge ouders",
                IngredientKind.MATERIAL,
                "Een tafelkleed om op te tekenen");
        send(
                new AddSchakel(theme, RENKUM, huisarts, List.of(ing.get(1), ing.get(3)), d("2024-02-05")),
                null,
                d("2024-02-05"));
        send(
                new AddSchakel(theme, RENKUM, sportclub, List.of(ing.get(0), ing.get(2)), d("2024-03-01")),
                null,
                d("2024-03-01"));
        shift(theme, regievoerder, Set.of(Position.INITIATOR), Set.of(), "2024-01-08", null);
        shift(theme, huisarts, Set.of(Position.SCHAKEL), Set.of(), "2024-02-05", null);
        shift(theme, verpleegkundige, Set.of(Position.SUPPLIER), Set.of(), "2024-02-05", null);
        send(
                new InviteSchakelToAnalyse(theme, RENKUM, huisarts, d("2024-02-19")),
                "networks grow from networks",
                d("2024-02-19"));
        shift(theme, sportclub, Set.of(Position.PARTNER, Position.SCHAKEL), Set.of(), "2024-03-01", null);
        shift(theme, verpleegkundige, Set.of(Position.SCHAKEL), Set.of(Position.SUPPLIER), "2024-06-03", null);
        ContactId contact = ContactId.generate();
        send(
                new PrepareContact(
                        theme,
                        RENKUM,
                        contact,
                        List.of(sportclub),
                        ContactForm.INDIVIDUAL,
                        new Story("Wat doet de club al voor jonge gezinnen?"),
                        d("2024-03-04")),
                null,
                d("2024-03-04"));
        send(
                new RecordContactMade(
                        theme,
                        RENKUM,
                        contact,
                        new Story("Een open dag voor gezinnen wordt samen voorbereid."),
                        d("2024-03-18")),
                null,
                d("2024-03-18"));
    }

    private List<IngredientId> ingredients(
            ThemeId theme, ActorId writtenBy, LocalDate date, List<ActorId> participants, Object... kindAndText) {
        List<Ingredient> list = new ArrayList<>();
        for (int i = 0; i < kindAndText.length; i += 2) {
            list.add(new Ingredient(
                    IngredientId.generate(), (IngredientKind) kindAndText[i], (String) kindAndText[i + 1]));
        }
        send(
                new AddIngredients(theme, RENKUM, list, writtenBy, new AnalysisSession(date, participants), date),
                "network-analysis session",
                date);
        return list.stream().map(Ingredient::id).toList();
    }

    private void shift(
            ThemeId theme, ActorId actor, Set<Position> take, Set<Position> leave, String date, String reason) {
        send(new ShiftPosition(theme, RENKUM, actor, take, leave, d(date)), reason, d(date));
    }

    private void invite(ThemeId theme, ActorId actor, Position position, String date) {
        send(new InviteToPosition(theme, RENKUM, actor, position, d(date)), null, d(date));
    }

    private ActorId organisation(String name, LocalDate date) {
        ActorId id = ActorId.generate();
        send(new RegisterActor(id, RENKUM, ActorType.ORGANISATION, name, null, date), null, date);
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
