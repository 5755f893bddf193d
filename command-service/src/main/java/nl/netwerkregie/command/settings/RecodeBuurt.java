package nl.netwerkregie.command.settings;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.MunicipalityCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a buurt of the municipality got one or more new CBS codes from a date, and where that is documented. */
public record RecodeBuurt(
        @TargetAggregateIdentifier MunicipalityCode municipality,
        BuurtCode buurt,
        List<BuurtCode> into,
        String source,
        LocalDate effectiveDate) {}
