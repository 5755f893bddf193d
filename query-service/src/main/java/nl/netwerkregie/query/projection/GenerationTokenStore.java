package nl.netwerkregie.query.projection;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;

/**
 * A token store in which a view family's tokens belong to a generation of its views: generation 0 keeps
 * the processor's name ({@code network}), generation <i>n</i> is stored as {@code network_g<n>}. A rebuild
 * into a new generation therefore starts from no tokens at all, without resetting (and claiming) the
 * tokens other instances hold. Names that are no view family pass through unchanged.
 */
final class GenerationTokenStore implements TokenStore {
    private final TokenStore delegate;
    private final ToIntFunction<String> generation;

    /** @param generation the generation a processor name writes now; 0 for a name that is no view family */
    GenerationTokenStore(TokenStore delegate, ToIntFunction<String> generation) {
        this.delegate = delegate;
        this.generation = generation;
    }

    static String processorName(String name, int generation) {
        return Views.name(name, generation);
    }

    TokenStore delegate() {
        return delegate;
    }

    private String map(String name) {
        return processorName(name, generation.applyAsInt(name));
    }

    @Override
    public void initializeTokenSegments(String name, int segmentCount) throws UnableToClaimTokenException {
        delegate.initializeTokenSegments(map(name), segmentCount);
    }

    @Override
    public void initializeTokenSegments(String name, int segmentCount, TrackingToken initialToken)
            throws UnableToClaimTokenException {
        delegate.initializeTokenSegments(map(name), segmentCount, initialToken);
    }

    /**
     * Stores a batch's token after its views, and only in the life of the store that holds them: views do not wait for
     * the journal, so a store restarted after they were written may have lost them. A reset the client noticed before
     * the write refuses it; a reset noticed during the write (the store died unnoticed and the driver retried the write
     * on a new connection, to the restarted store) puts back the token the segment had, and refuses it too. Either way
     * the batch is handled again from the token it started from.
     */
    @Override
    public void storeToken(TrackingToken token, String name, int segment) throws UnableToClaimTokenException {
        // the views of this batch first, so that a token is never written ahead of the views it covers
        BatchedDocuments.flushCurrentUnitOfWork();
        // and never to a store that restarted after them: they did not wait for its journal
        Views.verifyNoStoreResetSinceFirstViewAccess();
        String mapped = map(name);
        delegate.storeToken(token, mapped, segment);
        if (Views.storeResetSinceFirstViewAccess()) {
            Known before = known.get(new Key(mapped, segment));
            if (before != null) {
                delegate.storeToken(before.token(), mapped, segment);
            }
            throw new Views.StoreResetDuringBatch();
        }
        remember(mapped, segment, token);
    }

    @Override
    public TrackingToken fetchToken(String name, int segment) throws UnableToClaimTokenException {
        String mapped = map(name);
        return remember(mapped, segment, delegate.fetchToken(mapped, segment));
    }

    @Override
    public TrackingToken fetchToken(String name, Segment segment) throws UnableToClaimTokenException {
        String mapped = map(name);
        return remember(mapped, segment.getSegmentId(), delegate.fetchToken(mapped, segment));
    }

    private record Key(String name, int segment) {}

    /** A token as stored (possibly none: the start of the store). */
    private record Known(TrackingToken token) {}

    /** The token each segment this instance holds stands at in the store: where a batch starts from. */
    private final Map<Key, Known> known = new ConcurrentHashMap<>();

    private TrackingToken remember(String mapped, int segment, TrackingToken token) {
        known.put(new Key(mapped, segment), new Known(token));
        return token;
    }

    @Override
    public void extendClaim(String name, int segment) throws UnableToClaimTokenException {
        delegate.extendClaim(map(name), segment);
    }

    @Override
    public void releaseClaim(String name, int segment) {
        delegate.releaseClaim(map(name), segment);
    }

    @Override
    public void initializeSegment(TrackingToken token, String name, int segment) {
        delegate.initializeSegment(token, map(name), segment);
    }

    @Override
    public void deleteToken(String name, int segment) throws UnableToClaimTokenException {
        delegate.deleteToken(map(name), segment);
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return delegate.requiresExplicitSegmentInitialization();
    }

    @Override
    public int[] fetchSegments(String name) {
        return delegate.fetchSegments(map(name));
    }

    @Override
    public List<Segment> fetchAvailableSegments(String name) {
        return delegate.fetchAvailableSegments(map(name));
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        return delegate.retrieveStorageIdentifier();
    }
}
