package nl.netwerkregie.query.projection;

import java.util.List;
import java.util.Optional;
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

    @Override
    public void storeToken(TrackingToken token, String name, int segment) throws UnableToClaimTokenException {
        // the views of this batch first, so that a token is never written ahead of the views it covers
        BatchedDocuments.flushCurrentUnitOfWork();
        // and never to a store that restarted after them: they did not wait for its journal
        Views.verifyNoStoreResetSinceFirstViewAccess();
        delegate.storeToken(token, map(name), segment);
    }

    @Override
    public TrackingToken fetchToken(String name, int segment) throws UnableToClaimTokenException {
        return delegate.fetchToken(map(name), segment);
    }

    @Override
    public TrackingToken fetchToken(String name, Segment segment) throws UnableToClaimTokenException {
        return delegate.fetchToken(map(name), segment);
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
