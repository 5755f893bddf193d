package nl.netwerkregie.query.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Maps projection documents between Java objects and BSON documents with the API's own mapper,
 * directly between object trees: no JSON text is written or parsed on the way.
 */
@Component
public class MongoJson {
    private final ObjectMapper json;

    public MongoJson(ObjectMapper json) {
        this.json = json;
    }

    @SuppressWarnings("unchecked")
    public Document toDocument(Object value) {
        return new Document(json.convertValue(value, Map.class));
    }

    public <T> T fromDocument(Document document, Class<T> type) {
        return json.convertValue(document, type);
    }
}
