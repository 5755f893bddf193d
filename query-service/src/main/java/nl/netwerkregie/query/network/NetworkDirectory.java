package nl.netwerkregie.query.network;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** What other view families may ask of the network of involvement: who holds a position in it on a date. */
@Component
public class NetworkDirectory {
    private final NetworkViews views;

    NetworkDirectory(NetworkViews views) {
        this.views = views;
    }

    /** The theme's involvement on each of {@code dates}, without names or texts (404 for an unknown theme). */
    public java.util.List<Involvement> involvementOn(
            String municipality, String themeId, java.util.List<LocalDate> dates) {
        return views.involvementOn(municipality, themeId, dates);
    }

    /**
     * Each theme's involvement on each of its dates, by theme, from one read of all their networks (themes of
     * another municipality or not yet in this family are left out).
     */
    public java.util.Map<String, java.util.List<Involvement>> involvementOn(
            String municipality, java.util.Map<String, java.util.List<LocalDate>> dates) {
        return views.involvementOfThemes(municipality, dates);
    }

    /** The theme's whole network as spells, without names or texts (404 for an unknown theme). */
    public NetworkTimeline timelineOf(String municipality, String themeId) {
        return views.timelineOf(municipality, themeId);
    }

    /** Each theme's whole network as spells, by theme, from one read of all their networks (others' left out). */
    public java.util.Map<String, NetworkTimeline> timelinesOf(
            String municipality, java.util.Collection<String> themeIds) {
        return views.timelinesOfThemes(municipality, themeIds);
    }

    /** The actors holding at least one position of involvement in the theme's network on {@code date}. */
    public Set<String> inNetworkOn(String municipality, String themeId, LocalDate date) {
        return views.networkOn(municipality, themeId, date).actors().stream()
                .filter(a -> !a.positions().isEmpty())
                .map(NetworkView.ActorView::actorId)
                .collect(Collectors.toSet());
    }
}
