package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.ConversationMethod;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a conversation method the broad conversation of step 3 used. */
public record RecordConversationMethod(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        int cycle,
        ConversationMethod method,
        ProgrammeText description,
        LocalDate effectiveDate) {}
