package nl.netwerkregie.query.programme;

import org.springframework.stereotype.Component;

/** What other view families may ask of the programme: the development period of a theme's cycle. */
@Component
public class ProgrammeDirectory {
    private final ProgrammeViews views;

    ProgrammeDirectory(ProgrammeViews views) {
        this.views = views;
    }

    /** The development period of a cycle as known now, every correction applied; unknown cycles are refused. */
    public CycleView.Period periodOf(String municipality, String themeId, int cycle) {
        return views.periodOf(municipality, themeId, cycle);
    }
}
