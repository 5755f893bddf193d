package nl.netwerkregie.query.projection;

import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;

/**
 * A token store in which the views processor's tokens belong to a view generation: generation 0 keeps
 * the name {@code views}, generation <i>n</i> is stored as {@code views_g<n>}. A rebuild into a new
 * generation therefore starts from no tokens at all, without resetting (and claiming) the tokens other
 * instances hold. Other processors' names pass through unchanged.
 */
final class GenerationTokenStore implements TokenStore {
    private final TokenStore delegate;
    private final IntSupplier generation;

    GenerationTokenStore(TokenStore delegate, IntSupplier generation) {
        this.delegate = delegate;
        this.generation = generation;
    }

    static String processorName(String name, int generation) {
        return Projections.GROUP.equals(name) ? Views.name(name, generation) : name;
    }

    TokenStore delegate() {
        return delegate;
    }

    private String map(String name) {
        return processorName(name, generation.getAsInt());
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
