package nl.netwerkregie.command.aggregates;

/** Whether an aggregate's event stream has grown past a version, asked without reading its events. */
@FunctionalInterface
public interface StreamHeads {
    /**
     * @param version the sequence number of the last event known
     * @return whether an event after it has been stored; blocks for one store round trip
     */
    boolean movedOnSince(String aggregateIdentifier, long version);
}
