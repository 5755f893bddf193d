package nl.netwerkregie.query.network;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.events.ContactMade;
import nl.netwerkregie.events.ContactPrepared;
import nl.netwerkregie.events.IngredientWithdrawn;
import nl.netwerkregie.events.IngredientsAdded;
import nl.netwerkregie.events.InvitedToPosition;
import nl.netwerkregie.events.ManifestationHarvestRecorded;
import nl.netwerkregie.events.PositionShifted;
import nl.netwerkregie.events.SchakelAdded;
import nl.netwerkregie.events.SchakelInvitedToAnalyse;
import nl.netwerkregie.events.SchakelLinked;
import nl.netwerkregie.events.SchakelUnlinked;
import nl.netwerkregie.events.ThemeBuurtenChanged;
import nl.netwerkregie.events.ThemeNamed;
import nl.netwerkregie.events.ThemeRenamed;
import nl.netwerkregie.events.ThemeStoryChanged;
import nl.netwerkregie.query.network.ThemeNetwork.Chunk;
import nl.netwerkregie.query.network.ThemeNetwork.ContactEntry;
import nl.netwerkregie.query.network.ThemeNetwork.Dated;
import nl.netwerkregie.query.network.ThemeNetwork.HarvestEntry;
import nl.netwerkregie.query.network.ThemeNetwork.IngredientEntry;
import nl.netwerkregie.query.network.ThemeNetwork.LinkChange;
import nl.netwerkregie.query.network.ThemeNetwork.PositionInvitation;
import nl.netwerkregie.query.network.ThemeNetwork.SchakelEntry;
import nl.netwerkregie.query.network.ThemeNetwork.ShiftEntry;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.IngredientId;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * How each event changes a theme's network: the one place that both the projection ({@link
 * ThemeNetworkProjection}, which stores the core and the actors' buckets apart) and a read "as known at" a
 * recording time (which folds the theme's events in memory, {@link #fold}) take it from.
 */
final class NetworkFold {
    private NetworkFold() {}

    /** The actor whose bucket ({@link Chunk}) the event changes, or {@code null} when it changes the core. */
    static ActorId actorOf(Object e) {
        if (e instanceof SchakelAdded x) {
            return x.actorId();
        }
        if (e instanceof SchakelLinked x) {
            return x.actorId();
        }
        if (e instanceof SchakelUnlinked x) {
            return x.actorId();
        }
        if (e instanceof SchakelInvitedToAnalyse x) {
            return x.actorId();
        }
        if (e instanceof PositionShifted x) {
            return x.actorId();
        }
        if (e instanceof InvitedToPosition x) {
            return x.actorId();
        }
        if (e instanceof nl.netwerkregie.events.PositionShiftRetracted x) {
            return x.actorId();
        }
        if (e instanceof nl.netwerkregie.events.PositionEvidenceCited x) {
            return x.actorId();
        }
        return null;
    }

    /**
     * Applies an event that changes the core (names, stories, buurten, ingredients, contacts, harvests, and their
     * retractions: a story or an item taken back is dropped, a contact made counts as prepared only again).
     */
    static void applyCore(ThemeNetwork n, Object event, long seq) {
        if (event instanceof ThemeNamed e) {
            n.municipality = e.municipality().value();
            n.namedOn = e.effectiveDate();
            n.developmentStart = e.developmentPeriod().start();
            n.developmentEnd = e.developmentPeriod().end();
            n.names.add(new Dated<>(e.effectiveDate(), seq, e.name().value()));
            n.stories.add(new Dated<>(e.effectiveDate(), seq, e.story().value()));
            n.buurten.add(new Dated<>(e.effectiveDate(), seq, codes(e.buurten())));
        } else if (event instanceof ThemeRenamed e) {
            n.names.add(new Dated<>(e.effectiveDate(), seq, e.name().value()));
        } else if (event instanceof ThemeStoryChanged e) {
            n.stories.add(new Dated<>(e.effectiveDate(), seq, e.story().value()));
        } else if (event instanceof ThemeBuurtenChanged e) {
            n.buurten.add(new Dated<>(e.effectiveDate(), seq, codes(e.buurten())));
        } else if (event instanceof IngredientsAdded e) {
            e.ingredients()
                    .forEach(i -> n.ingredients.add(new IngredientEntry(
                            i.id().value(),
                            i.kind(),
                            i.text(),
                            i.person() == null ? null : i.person().value(),
                            i.sealedText(),
                            e.writtenBy() == null ? null : e.writtenBy().value(),
                            e.session() == null ? null : e.session().date(),
                            e.effectiveDate(),
                            null,
                            List.of())));
        } else if (event instanceof nl.netwerkregie.events.IngredientPlaced e) {
            String buurt = e.buurt() == null ? null : e.buurt().value();
            n.ingredients.replaceAll(i ->
                    i.ingredientId().equals(e.ingredientId().value()) ? i.placedIn(buurt, e.effectiveDate(), seq) : i);
        } else if (event instanceof IngredientWithdrawn e) {
            n.ingredients.replaceAll(
                    i -> i.ingredientId().equals(e.ingredientId().value()) ? i.withdrawnOn(e.effectiveDate()) : i);
        } else if (event instanceof ContactPrepared e) {
            ContactEntry c = new ContactEntry();
            c.contactId = e.contactId().value();
            c.schakels = e.schakels().stream().map(ActorId::value).toList();
            c.form = e.form();
            c.story = e.story().value();
            c.preparedOn = e.effectiveDate();
            n.contacts.add(c);
        } else if (event instanceof ContactMade e) {
            n.contact(e.contactId().value()).ifPresent(c -> {
                c.madeOn = e.effectiveDate();
                c.outcome = e.outcome().value();
            });
        } else if (event instanceof ManifestationHarvestRecorded e) {
            if (n.harvests.stream().noneMatch(h -> h.seq() == seq)) {
                n.harvests.add(new HarvestEntry(e.effectiveDate(), seq, e.items(), null));
            }
        } else if (event instanceof nl.netwerkregie.events.HarvestItemRetracted e) {
            n.harvests.replaceAll(h -> h.seq() == e.sequence() ? h.withRetracted(e.item()) : h);
        } else if (event instanceof nl.netwerkregie.events.ThemeStoryRetracted e) {
            n.stories.removeIf(s -> s.seq() == e.sequence());
        } else if (event instanceof nl.netwerkregie.events.ContactMadeRetracted e) {
            n.contact(e.contactId().value()).ifPresent(c -> {
                c.madeOn = null;
                c.outcome = null;
            });
        }
    }

    /** Applies an event that changes one actor's bucket: its shifts and invitations, or its schakel links. */
    static void applyChunk(Chunk c, Object event, long seq, Instant recordedAt, String reason) {
        if (event instanceof SchakelAdded e) {
            SchakelEntry s = new SchakelEntry();
            s.actorId = e.actorId().value();
            s.since = e.effectiveDate();
            s.links.add(new LinkChange(e.effectiveDate(), seq, true, ids(e.ingredientIds())));
            c.schakels.add(s);
        } else if (event instanceof SchakelLinked e) {
            c.schakel(e.actorId().value())
                    .ifPresent(s -> s.links.add(new LinkChange(e.effectiveDate(), seq, true, ids(e.ingredientIds()))));
        } else if (event instanceof SchakelUnlinked e) {
            c.schakel(e.actorId().value())
                    .ifPresent(s -> s.links.add(new LinkChange(e.effectiveDate(), seq, false, ids(e.ingredientIds()))));
        } else if (event instanceof SchakelInvitedToAnalyse e) {
            c.schakel(e.actorId().value()).ifPresent(s -> s.analysisInvitations.add(e.effectiveDate()));
        } else if (event instanceof PositionShifted e) {
            c.actor(e.actorId().value())
                    .shifts
                    .add(new ShiftEntry(e.effectiveDate(), seq, e.taken(), e.left(), reason, recordedAt));
        } else if (event instanceof InvitedToPosition e) {
            c.actor(e.actorId().value()).invitations.add(new PositionInvitation(e.effectiveDate(), e.position()));
        } else if (event instanceof nl.netwerkregie.events.PositionShiftRetracted e) {
            c.actor(e.actorId().value()).retract(e.sequence());
        } else if (event instanceof nl.netwerkregie.events.PositionEvidenceCited e) {
            ThemeNetwork.ActorEntry a = c.actor(e.actorId().value());
            if (a.evidence.stream().noneMatch(x -> x.seq() == seq)) {
                e.evidence()
                        .forEach(x -> a.evidence.add(new ThemeNetwork.EvidenceEntry(
                                e.sequence(), seq, x.kind().name(), x.reference())));
            }
        }
    }

    /**
     * The network a theme's events in recording order make, folded in memory exactly as the projection folds
     * them: for reads of the network as it was known at a recording time or sequence.
     */
    static ThemeNetwork fold(String themeId, java.util.Iterator<? extends DomainEventMessage<?>> events) {
        ThemeNetwork n = new ThemeNetwork();
        n.id = themeId;
        Chunk all = new Chunk();
        all.id = themeId;
        all.themeId = themeId;
        while (events.hasNext()) {
            DomainEventMessage<?> m = events.next();
            Object payload = m.getPayload();
            if (actorOf(payload) != null) {
                Object reason = m.getMetaData().get("reason");
                applyChunk(
                        all,
                        payload,
                        m.getSequenceNumber(),
                        m.getTimestamp(),
                        reason == null ? null : reason.toString());
            } else {
                applyCore(n, payload, m.getSequenceNumber());
            }
            n.lastSequence = m.getSequenceNumber();
        }
        n.actors.addAll(all.actors);
        n.schakels.addAll(all.schakels);
        n.orderActorsById();
        return n;
    }

    private static List<String> codes(List<BuurtCode> buurten) {
        return buurten.stream().map(BuurtCode::value).toList();
    }

    private static List<String> ids(List<IngredientId> ids) {
        return new ArrayList<>(ids.stream().map(IngredientId::value).toList());
    }
}
