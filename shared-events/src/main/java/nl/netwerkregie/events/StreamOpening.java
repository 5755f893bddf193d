package nl.netwerkregie.events;

import java.util.Optional;
import java.util.Set;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;

/**
 * An event that can open an aggregate's stream: it says whose data the stream is. The query side uses it to check
 * that a consistency token or an audit export names a stream of the municipality asking, whatever the aggregate.
 */
public interface StreamOpening {
    /** The municipality that recorded the stream's first event. */
    MunicipalityCode municipality();

    /** The municipalities that may read the stream: the recording one, or every member of a region. */
    default Set<MunicipalityCode> readableBy() {
        return Set.of(municipality());
    }

    /** The theme the stream belongs to (the theme itself, its stelselmatrix, its analyses), if any. */
    default Optional<ThemeId> ofTheme() {
        return Optional.empty();
    }
}
