package nl.netwerkregie.command.theme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.command.CommandDispatch;
import nl.netwerkregie.command.CommandDispatch.Recording;
import nl.netwerkregie.command.Recorded;
import nl.netwerkregie.platform.web.Inputs;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.DevelopmentPeriod;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Recurrence;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.ThemeName;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/municipalities/{municipality}/themes")
@Tag(name = "Themes", description = "Name a theme and change its name, story and buurten")
class ThemeController {
    private final CommandDispatch dispatch;

    ThemeController(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    /** The largest number of buurten a theme runs in. */
    static final int MAX_BUURTEN = 100;

    record Period(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            LocalDate start,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            LocalDate end) {}

    record NameThemeRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ThemeName.MAX)
            String name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Story.MAX)
            String story,

            @ArraySchema(
                    minItems = 1,
                    maxItems = MAX_BUURTEN,
                    uniqueItems = true,
                    schema = @Schema(type = "string", pattern = BuurtCode.PATTERN))
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<String> buurten,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Period developmentPeriod,

            @Schema(
                    description = "One-off (let go when its cycle closes) or recurring (named again for a new "
                            + "programme); recurring when left out")
            Recurrence recurrence,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record RenameThemeRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ThemeName.MAX)
            String name,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record ChangeStoryRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Story.MAX)
            String story,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record ChangeBuurtenRequest(
            @ArraySchema(
                    minItems = 1,
                    maxItems = MAX_BUURTEN,
                    uniqueItems = true,
                    schema = @Schema(type = "string", pattern = BuurtCode.PATTERN))
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<String> buurten,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Name a new theme",
            description = "Names a theme for the municipality in one or more of its buurten, "
                    + "with its story and the development period of its first programme cycle.")
    ResponseEntity<Recorded> name(
            @PathVariable String municipality, @RequestBody NameThemeRequest body, HttpServletRequest request) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ThemeName name = in.required("name", body.name(), ThemeName::new);
        Story story = in.required("story", body.story(), Story::new);
        List<BuurtCode> buurten = in.list("buurten", body.buurten(), BuurtCode::new, 1, MAX_BUURTEN);
        DevelopmentPeriod period = in.required(
                "developmentPeriod", body.developmentPeriod(), p -> new DevelopmentPeriod(p.start(), p.end()));
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        ThemeId id = ThemeId.generate();
        long version = dispatch.send(
                new NameTheme(id, gm, name, story, buurten, period, body.recurrence(), rec.effectiveDate()), rec);
        return ResponseEntity.created(URI.create("/v1/municipalities/" + gm + "/themes/" + id))
                .body(Recorded.of(id.value(), null, null, null, version));
    }

    @PutMapping("/{themeId}/name")
    @Operation(
            summary = "Rename a theme",
            description = "Gives the theme a new name, as when it is made current again.")
    Recorded rename(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @RequestBody RenameThemeRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ThemeId id = in.required("themeId", themeId, ThemeId::new);
        ThemeName name = in.required("name", body.name(), ThemeName::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(new RenameTheme(id, gm, name, rec.effectiveDate()), rec);
        return Recorded.of(id.value(), null, null, null, version);
    }

    @PutMapping("/{themeId}/story")
    @Operation(summary = "Change a theme's story")
    Recorded changeStory(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @RequestBody ChangeStoryRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ThemeId id = in.required("themeId", themeId, ThemeId::new);
        Story story = in.required("story", body.story(), Story::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(new ChangeThemeStory(id, gm, story, rec.effectiveDate()), rec);
        return Recorded.of(id.value(), null, null, null, version);
    }

    record StoryReplacement(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Story.MAX)
            String story,

            @Schema(description = "the corrected story's effective date; that of the story taken back when absent")
            LocalDate effectiveDate) {}

    record StoryRetractionRequest(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = nl.netwerkregie.command.Corrections.MAX_WHY,
                    description = "why the story is taken back: kept in the event itself")
            String why,

            @Schema(description = "the corrected story that takes its place, if any")
            StoryReplacement replacement,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @PostMapping("/{themeId}/stories/{sequence}/retraction")
    @Operation(
            summary = "Take back or correct a recorded story",
            description = "Names the story (the theme's naming or a change of its story) by its event's sequence "
                    + "number and says why (ThemeStoryRetracted); the story before it applies again. With a "
                    + "replacement the corrected story is recorded in its place in the same command. Views apply it; "
                    + "the history and reads with knownAt show both. Rules: an unknown story (404), story-retracted, "
                    + "story-needed (the story the theme was named with can only be corrected), before-theme-named.")
    Recorded retractStory(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable long sequence,
            @RequestBody StoryRetractionRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ThemeId id = in.required("themeId", themeId, ThemeId::new);
        if (sequence < 0) {
            in.reject("sequence", "must be 0 or more");
        }
        String why = nl.netwerkregie.command.Corrections.why(in, body.why());
        Story story = body.replacement() == null
                ? null
                : in.required("replacement.story", body.replacement().story(), Story::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(
                new RetractThemeStory(
                        id,
                        gm,
                        sequence,
                        why,
                        story,
                        body.replacement() == null ? null : body.replacement().effectiveDate(),
                        rec.effectiveDate()),
                rec);
        return Recorded.of(id.value(), null, null, null, version);
    }

    @PutMapping("/{themeId}/buurten")
    @Operation(summary = "Change the buurten a theme runs in", description = "Replaces the complete set of buurten.")
    Recorded changeBuurten(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @RequestBody ChangeBuurtenRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ThemeId id = in.required("themeId", themeId, ThemeId::new);
        List<BuurtCode> buurten = in.list("buurten", body.buurten(), BuurtCode::new, 1, MAX_BUURTEN);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(new ChangeThemeBuurten(id, gm, buurten, rec.effectiveDate()), rec);
        return Recorded.of(id.value(), null, null, null, version);
    }
}
