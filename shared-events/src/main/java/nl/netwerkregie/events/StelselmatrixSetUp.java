package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.ChainLink;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** The stelselmatrix of a theme in a buurt was set up, with its chain of positions of responsibility in chain order. */
@Revision("1")
public record StelselmatrixSetUp(
        ThemeId themeId, MunicipalityCode municipality, BuurtCode buurt, List<ChainLink> chain, LocalDate effectiveDate)
        implements MatrixEvent, StreamOpening {

    @Override
    public java.util.Optional<ThemeId> ofTheme() {
        return java.util.Optional.of(themeId);
    }
}
