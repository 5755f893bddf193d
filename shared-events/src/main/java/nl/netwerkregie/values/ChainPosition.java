package nl.netwerkregie.values;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A position of responsibility in the chain of a stelselmatrix (a column), by its code: a lower-case
 * letter, then up to 39 lower-case letters, digits or hyphens. The eight positions of the stelselmatrix
 * handbook have fixed codes ({@link #STANDARD}); a municipality or a matrix may add its own.
 */
public record ChainPosition(String value) {
    public static final String PATTERN = "^[a-z][a-z0-9-]{0,39}$";
    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    public static final ChainPosition RESIDENT = new ChainPosition("resident");
    public static final ChainPosition BUURT = new ChainPosition("buurt");
    public static final ChainPosition OPEN_NETWORK = new ChainPosition("open-network");
    public static final ChainPosition WIJKTEAM = new ChainPosition("wijkteam");
    public static final ChainPosition SERVICES = new ChainPosition("services-and-facilities");
    public static final ChainPosition REGIEVOERING = new ChainPosition("municipal-regievoering");
    public static final ChainPosition COUNCIL = new ChainPosition("council-and-executive");
    public static final ChainPosition COOPERATION = new ChainPosition("administrative-cooperation");

    /** The standard chain in chain order, from the household outward, with the names we give them. */
    public static final List<ChainLink> STANDARD = List.of(
            new ChainLink(RESIDENT, new Label("Inwoner (huishouden)")),
            new ChainLink(BUURT, new Label("Buurt")),
            new ChainLink(OPEN_NETWORK, new Label("Open netwerk")),
            new ChainLink(WIJKTEAM, new Label("Sociaal wijkteam")),
            new ChainLink(SERVICES, new Label("Diensten en voorzieningen")),
            new ChainLink(REGIEVOERING, new Label("Gemeentelijke regievoering")),
            new ChainLink(COUNCIL, new Label("Raad en college")),
            new ChainLink(COOPERATION, new Label("Bestuurlijke samenwerking")));

    public ChainPosition {
        StoredForm.check(
                value != null && FORMAT.matcher(value).matches(),
                "must be a position code: a lower-case letter, then up to 39 lower-case letters, digits or hyphens");
    }

    @Override
    public String toString() {
        return value;
    }
}
