package nl.netwerkregie.platform.json;

import nl.netwerkregie.events.EventTypes;
import nl.netwerkregie.values.StoredForm;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Axon's JSON serializer for what the store keeps (events, snapshots, tokens), with two differences:
 * published events are stored under their domain names ({@link EventTypes}: {@code ThemeNamed}, and the
 * former class names are still read), and everything read back is read as a stored form
 * ({@link StoredForm}), without the checks that apply to input.
 */
public class StoredFormSerializer extends JacksonSerializer {

    protected StoredFormSerializer(Builder builder) {
        super(builder);
    }

    /** A serializer over {@link JsonConfiguration#eventMapper()}. */
    public static StoredFormSerializer create() {
        return new StoredFormSerializer(JacksonSerializer.builder().objectMapper(JsonConfiguration.eventMapper()));
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return EventTypes.nameOf(type)
                .<SerializedType>map(name ->
                        new SimpleSerializedType(name, getRevisionResolver().revisionOf(type)))
                .orElseGet(() -> super.typeForClass(type));
    }

    @Override
    protected String resolveClassName(SerializedType serializedType) {
        return EventTypes.forName(serializedType.getName())
                .map(Class::getName)
                .orElseGet(() -> super.resolveClassName(serializedType));
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        return StoredForm.read(() -> super.deserialize(serializedObject));
    }
}
