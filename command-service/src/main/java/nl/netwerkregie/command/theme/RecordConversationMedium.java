package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.ConversationMedium;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.WebLink;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a medium the broad conversation of step 3 used. */
public record RecordConversationMedium(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        int cycle,
        ConversationMedium medium,
        ProgrammeText description,
        WebLink link,
        LocalDate effectiveDate) {}
