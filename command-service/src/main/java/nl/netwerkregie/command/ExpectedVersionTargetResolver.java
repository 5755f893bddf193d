package nl.netwerkregie.command;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.stereotype.Component;

/**
 * Finds a command's aggregate by its {@code @TargetAggregateIdentifier} and takes the version the
 * caller expects from the metadata {@code expectedVersion} (the request's {@code If-Match}); Axon then
 * refuses the command when the aggregate has moved on.
 */
@Component(ExpectedVersionTargetResolver.BEAN)
public class ExpectedVersionTargetResolver implements CommandTargetResolver {
    public static final String BEAN = "expectedVersionTargetResolver";
    public static final String METADATA = "expectedVersion";
    private final CommandTargetResolver identifiers =
            AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        VersionedAggregateIdentifier target = identifiers.resolveTarget(command);
        Object expected = command.getMetaData().get(METADATA);
        return expected instanceof Number n
                ? new VersionedAggregateIdentifier(target.getIdentifierValue(), n.longValue())
                : target;
    }
}
