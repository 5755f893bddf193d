package nl.netwerkregie.command.actor;

import java.util.Optional;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.MunicipalityCode;

/** Tells a theme which actors exist, and in which municipality; resolved as a command-handler parameter. */
public interface ActorDirectory {
    /** The municipality the actor was registered in; empty when no such actor exists. Blocks on the store. */
    Optional<MunicipalityCode> municipalityOf(ActorId actorId);
}
