package nl.netwerkregie.query.projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.HarvestItem;
import nl.netwerkregie.values.HarvestItemKind;
import nl.netwerkregie.values.IngredientId;

/**
 * One item of a manifestation harvest as the views show it: with {@code item}, its place in the harvest as recorded
 * (from 0), by which a correction names it. Items taken back are left out.
 */
public record HarvestItemView(
        int item, HarvestItemKind kind, String text, List<ActorId> actors, List<IngredientId> ingredients) {

    /** The items of a harvest that stand: all but those whose places {@code retracted} names. */
    public static List<HarvestItemView> standing(List<HarvestItem> items, Collection<Integer> retracted) {
        List<HarvestItemView> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (retracted == null || !retracted.contains(i)) {
                HarvestItem h = items.get(i);
                out.add(new HarvestItemView(i, h.kind(), h.text(), h.actors(), h.ingredients()));
            }
        }
        return out;
    }
}
