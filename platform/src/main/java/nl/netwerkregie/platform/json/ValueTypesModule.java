package nl.netwerkregie.platform.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.function.Function;
import nl.netwerkregie.values.ActivityId;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.AgreementId;
import nl.netwerkregie.values.AnalysisId;
import nl.netwerkregie.values.AttentionPointId;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.ContactId;
import nl.netwerkregie.values.IndicatorCode;
import nl.netwerkregie.values.IndicatorPeriod;
import nl.netwerkregie.values.IngredientId;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.MeetingId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Place;
import nl.netwerkregie.values.PortfolioItemId;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.RegionId;
import nl.netwerkregie.values.ResponsibilityId;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.ThemeName;
import nl.netwerkregie.values.UploadId;
import nl.netwerkregie.values.WebLink;

/**
 * Writes the single-value types of the published language (ids, codes, names, stories) as plain
 * JSON strings, in events as in the API, and reads them back through their validating constructors.
 * This keeps {@code shared-events} free of serialization annotations and the stored events readable
 * without Axon: {@code "themeId": "3f…"}, not {@code "themeId": {"value": "3f…"}}.
 */
public class ValueTypesModule extends SimpleModule {

    public ValueTypesModule() {
        super("netwerkregie-value-types");
        string(MunicipalityCode.class, MunicipalityCode::value, MunicipalityCode::new);
        string(BuurtCode.class, BuurtCode::value, BuurtCode::new);
        string(ThemeId.class, ThemeId::value, ThemeId::new);
        string(ActorId.class, ActorId::value, ActorId::new);
        string(IngredientId.class, IngredientId::value, IngredientId::new);
        string(ContactId.class, ContactId::value, ContactId::new);
        string(ThemeName.class, ThemeName::value, ThemeName::new);
        string(Story.class, Story::value, Story::new);
        string(MeetingId.class, MeetingId::value, MeetingId::new);
        string(AgreementId.class, AgreementId::value, AgreementId::new);
        string(ProgrammeText.class, ProgrammeText::value, ProgrammeText::new);
        string(Place.class, Place::value, Place::new);
        string(WebLink.class, WebLink::value, WebLink::new);
        string(ChainPosition.class, ChainPosition::value, ChainPosition::new);
        string(Label.class, Label::value, Label::new);
        string(AttentionPointId.class, AttentionPointId::value, AttentionPointId::new);
        string(ResponsibilityId.class, ResponsibilityId::value, ResponsibilityId::new);
        string(ActivityId.class, ActivityId::value, ActivityId::new);
        string(PortfolioItemId.class, PortfolioItemId::value, PortfolioItemId::new);
        string(IndicatorPeriod.class, IndicatorPeriod::value, IndicatorPeriod::new);
        string(IndicatorCode.class, IndicatorCode::value, IndicatorCode::new);
        string(UploadId.class, UploadId::value, UploadId::new);
        string(AnalysisId.class, AnalysisId::value, AnalysisId::new);
        string(RegionId.class, RegionId::value, RegionId::new);
    }

    private <T> void string(Class<T> type, Function<T, String> write, Function<String, T> read) {
        addSerializer(type, new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(write.apply(value));
            }
        });
        addDeserializer(type, new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return type.cast(ctxt.handleUnexpectedToken(type, p));
                }
                try {
                    return read.apply(p.getText());
                } catch (IllegalArgumentException e) {
                    return type.cast(ctxt.handleWeirdStringValue(type, p.getText(), e.getMessage()));
                }
            }
        });
    }
}
