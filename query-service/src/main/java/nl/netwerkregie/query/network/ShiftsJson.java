package nl.netwerkregie.query.network;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.netwerkregie.platform.json.InstantText;
import nl.netwerkregie.values.Position;

/**
 * Writes the actors of {@link ShiftsView} and their changes field by field: the JSON the response mapper writes for
 * the records (components in order, absent values left out, positions by name in ring order, dates as ISO text),
 * without the mapper's work per property. A span of years in a 5,000-actor theme holds tens of thousands of changes,
 * and writing them the general way took as long as finding them. The 32 sets of positions are written from their
 * text made once, and a date's text is made once per day.
 */
final class ShiftsJson {
    private static final SerializedString ACTOR_ID = new SerializedString("actorId");
    private static final SerializedString NAME = new SerializedString("name");
    private static final SerializedString AT_START = new SerializedString("atStart");
    private static final SerializedString AT_END = new SerializedString("atEnd");
    private static final SerializedString CHANGES = new SerializedString("changes");
    private static final SerializedString EFFECTIVE_DATE = new SerializedString("effectiveDate");
    private static final SerializedString TAKEN = new SerializedString("taken");
    private static final SerializedString LEFT = new SerializedString("left");
    private static final SerializedString REASON = new SerializedString("reason");
    private static final SerializedString RECORDED_AT = new SerializedString("recordedAt");

    /** Every set of positions as its JSON array, by the bit mask of its ordinals. */
    private static final SerializableString[] POSITIONS = positions();

    /** The days whose text is kept: 1900 up to 2200. */
    private static final long FIRST_DAY = LocalDate.of(1900, 1, 1).toEpochDay();

    private static final String[] DAYS =
            new String[(int) (LocalDate.of(2200, 1, 1).toEpochDay() - FIRST_DAY)];

    private ShiftsJson() {}

    /** One actor's positions on both dates and its changes in between. */
    static final class ActorShiftsWriter extends StdSerializer<ShiftsView.ActorShifts> {
        ActorShiftsWriter() {
            super(ShiftsView.ActorShifts.class);
        }

        @Override
        public void serialize(ShiftsView.ActorShifts value, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeStartObject(value);
            if (value.actorId() != null) {
                gen.writeFieldName(ACTOR_ID);
                gen.writeString(value.actorId());
            }
            if (value.name() != null) {
                gen.writeFieldName(NAME);
                gen.writeString(value.name());
            }
            gen.writeFieldName(AT_START);
            writePositions(gen, value.atStart());
            gen.writeFieldName(AT_END);
            writePositions(gen, value.atEnd());
            if (value.changes() != null) {
                gen.writeFieldName(CHANGES);
                List<ShiftsView.Change> changes = value.changes();
                gen.writeStartArray(changes, changes.size());
                if (changes instanceof WrittenChanges written && asWritten(gen, provider)) {
                    for (int i = 0; i < written.size(); i++) {
                        gen.writeRawValue(written.json(i));
                    }
                } else {
                    for (ShiftsView.Change c : changes) {
                        writeChange(c, gen, provider);
                    }
                }
                gen.writeEndArray();
            }
            gen.writeEndObject();
        }
    }

    /** One change: what a record really took and left. */
    static final class ChangeWriter extends StdSerializer<ShiftsView.Change> {
        ChangeWriter() {
            super(ShiftsView.Change.class);
        }

        @Override
        public void serialize(ShiftsView.Change value, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            writeChange(value, gen, provider);
        }
    }

    /**
     * A span of an actor's changes as every read shares them, with the JSON of each change kept once written: the
     * changes of a theme hold still between its events, so writing them again for every read of every span repeats
     * the same work. Kept beside the changes in the cached network, about 150 bytes a change.
     */
    static final class WrittenChanges extends java.util.AbstractList<ShiftsView.Change>
            implements java.util.RandomAccess {
        private final List<ShiftsView.Change> all;
        private final SerializableString[] written;
        private final int from;
        private final int to;

        WrittenChanges(List<ShiftsView.Change> all, SerializableString[] written, int from, int to) {
            this.all = all;
            this.written = written;
            this.from = from;
            this.to = to;
        }

        @Override
        public ShiftsView.Change get(int index) {
            java.util.Objects.checkIndex(index, size());
            return all.get(from + index);
        }

        @Override
        public int size() {
            return to - from;
        }

        /** The JSON of the change at {@code index}: written on first use, then kept. */
        SerializableString json(int index) throws IOException {
            int i = from + java.util.Objects.checkIndex(index, size());
            SerializableString json = written[i];
            if (json == null) {
                // an immutable value safely published: two threads writing the same change is harmless
                java.io.StringWriter out = new java.io.StringWriter(160);
                try (JsonGenerator gen = FRAGMENTS.createGenerator(out)) {
                    writeChange(all.get(i), gen, null);
                }
                json = new SerializedString(out.toString());
                written[i] = json;
            }
            return json;
        }
    }

    /** The generator of the kept JSON of changes: no pretty printing, no escapes beyond JSON's own. */
    private static final com.fasterxml.jackson.core.JsonFactory FRAGMENTS =
            new com.fasterxml.jackson.core.JsonFactory();

    /**
     * Whether this response may take the kept JSON: written as {@link #FRAGMENTS} writes, with dates as text,
     * without pretty printing and without escapes of its own.
     */
    private static boolean asWritten(JsonGenerator gen, SerializerProvider provider) {
        return !provider.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                && gen.getPrettyPrinter() == null
                && gen.getCharacterEscapes() == null
                && !gen.isEnabled(JsonGenerator.Feature.ESCAPE_NON_ASCII);
    }

    private static void writeChange(ShiftsView.Change c, JsonGenerator gen, SerializerProvider provider)
            throws IOException {
        gen.writeStartObject(c);
        if (c.effectiveDate() != null) {
            gen.writeFieldName(EFFECTIVE_DATE);
            if (provider != null && provider.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)) {
                provider.defaultSerializeValue(c.effectiveDate(), gen);
            } else {
                gen.writeString(text(c.effectiveDate()));
            }
        }
        gen.writeFieldName(TAKEN);
        writePositions(gen, c.taken());
        gen.writeFieldName(LEFT);
        writePositions(gen, c.left());
        if (c.reason() != null) {
            gen.writeFieldName(REASON);
            gen.writeString(c.reason());
        }
        if (c.recordedAt() != null) {
            gen.writeFieldName(RECORDED_AT);
            if (provider != null && provider.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)) {
                provider.defaultSerializeValue(c.recordedAt(), gen);
            } else {
                gen.writeString(InstantText.format(c.recordedAt()));
            }
        }
        gen.writeEndObject();
    }

    private static void writePositions(JsonGenerator gen, Set<Position> positions) throws IOException {
        int mask = 0;
        if (positions != null) {
            for (Position p : positions) {
                mask |= 1 << p.ordinal();
            }
        }
        gen.writeRawValue(POSITIONS[mask]);
    }

    /** The ISO text of a date ({@code 2025-03-01}), kept once made for the days of 1900 to 2199. */
    static String text(LocalDate date) {
        long i = date.toEpochDay() - FIRST_DAY;
        if (i < 0 || i >= DAYS.length) {
            return date.toString();
        }
        String text = DAYS[(int) i];
        if (text == null) {
            // a String is immutable and safely published: two threads making the same text is harmless
            text = date.toString();
            DAYS[(int) i] = text;
        }
        return text;
    }

    private static SerializableString[] positions() {
        Position[] all = Position.values();
        SerializableString[] out = new SerializableString[1 << all.length];
        for (int mask = 0; mask < out.length; mask++) {
            StringBuilder json = new StringBuilder("[");
            for (Position p : all) {
                if ((mask & (1 << p.ordinal())) != 0) {
                    json.append(json.length() > 1 ? "," : "")
                            .append('"')
                            .append(p.name())
                            .append('"');
                }
            }
            out[mask] = new SerializedString(json.append(']').toString());
        }
        return out;
    }
}
