package nl.netwerkregie.command.matrix;

import nl.netwerkregie.events.MatrixEvent;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;

/**
 * Which stelselmatrix a command is for: the theme and the buurt, as asked for in a municipality. Its
 * string form is the matrix's aggregate id, {@code <themeId>:matrix:<buurt code>}.
 */
public record MatrixAddress(MunicipalityCode municipality, ThemeId themeId, BuurtCode buurt) {
    public String matrixId() {
        return MatrixEvent.matrixId(themeId, buurt);
    }

    @Override
    public String toString() {
        return matrixId();
    }
}
