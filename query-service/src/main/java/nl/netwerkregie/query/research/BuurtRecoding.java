package nl.netwerkregie.query.research;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.netwerkregie.query.matrix.MatrixDirectory;
import nl.netwerkregie.query.matrix.SettingsView;
import org.springframework.stereotype.Component;

/** The CBS recodings of a municipality's buurten, as a table from a code as used in the records to today's code. */
@Component
class BuurtRecoding {
    private final MatrixDirectory settings;

    BuurtRecoding(MatrixDirectory settings) {
        this.settings = settings;
    }

    Table tableOf(String municipality) {
        return new Table(settings.buurtRecodings(municipality));
    }

    /**
     * Follows recodings from a code while each leads to exactly one code (a rename or a merger); at a split the
     * code stays the last single one, since the records cannot say which part a fact belongs to.
     */
    static final class Table {
        private final Map<String, List<String>> into = new HashMap<>();
        private final Map<String, String> today = new HashMap<>();

        Table(List<SettingsView.Recoding> recodings) {
            recodings.forEach(r -> into.put(r.buurt(), r.into()));
        }

        /** Today's code of {@code code} (itself when it was never recoded or was split). */
        String today(String code) {
            return today.computeIfAbsent(code, c -> {
                String at = c;
                java.util.Set<String> seen = new java.util.HashSet<>();
                while (seen.add(at) && into.containsKey(at) && into.get(at).size() == 1) {
                    at = into.get(at).get(0);
                }
                return at;
            });
        }

        /** Every recorded code whose today's code is {@code code}, itself first. */
        List<String> sourcesOf(String code) {
            List<String> out = new ArrayList<>();
            out.add(code);
            TreeSet<String> others = new TreeSet<>();
            into.keySet().forEach(old -> {
                if (!old.equals(code) && today(old).equals(code)) {
                    others.add(old);
                }
            });
            out.addAll(others);
            return out;
        }
    }
}
