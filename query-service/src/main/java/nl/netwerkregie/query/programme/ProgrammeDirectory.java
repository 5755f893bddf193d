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

    /** The development period of a cycle as known now, every correction applied; unknown cycles are refused. */
    public CycleView.Period periodOf(String municipality, String themeId, int cycle) {
        return views.periodOf(municipality, themeId, cycle);
    }
}
