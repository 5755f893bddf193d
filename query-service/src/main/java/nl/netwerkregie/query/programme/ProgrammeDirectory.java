package nl.netwerkregie.query.programme;

import org.springframework.stereotype.Component;

/** What other view families may ask of the programme: the development period of a theme's cycle. */
@Component
public class ProgrammeDirectory {
    private final ProgrammeViews views;

    ProgrammeDirectory(ProgrammeViews views) {
        this.views = views;
    }

    /** Every cycle of the theme as known now (every correction applied), in order. */
    public java.util.List<CyclesView.CycleSummary> cycles(String municipality, String themeId) {
        return views.cyclesOn(municipality, themeId, java.time.LocalDate.MAX).cycles();
    }

    /**
     * Every cycle of each theme as known now, by theme, from one read of all their programmes (themes of another
     * municipality or not yet in this family are left out).
     */
    public java.util.Map<String, java.util.List<CyclesView.CycleSummary>> cycles(
            String municipality, java.util.Collection<String> themeIds) {
        return views.cyclesOfThemes(municipality, themeIds);
    }

    /** The development period of a cycle as known now, every correction applied; unknown cycles are refused. */
    public CycleView.Period periodOf(String municipality, String themeId, int cycle) {
        return views.periodOf(municipality, themeId, cycle);
    }
}
