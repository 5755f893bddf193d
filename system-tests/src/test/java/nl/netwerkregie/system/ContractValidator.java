package nl.netwerkregie.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks real responses against the contract in {@code api-spec}: the status must be one the operation
 * declares, the media type one it declares for that status, and a JSON body must match the declared
 * schema (OpenAPI 3.1 schemas are JSON Schema 2020-12).
 */
final class ContractValidator {
    private final JsonNode command;
    private final JsonNode query;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final Map<String, JsonSchema> schemas = new HashMap<>();

    ContractValidator() throws IOException {
        this.command = RunningSystem.JSON.readTree(
                Files.readString(Path.of("..", "api-spec", "command-service.openapi.json")));
        this.query =
                RunningSystem.JSON.readTree(Files.readString(Path.of("..", "api-spec", "query-service.openapi.json")));
    }

    /** What is wrong with one exchange, empty when it matches the contract or lies outside it (actuator, docs). */
    List<String> violations(RunningSystem.Exchange e, boolean commandService) throws IOException {
        JsonNode doc = commandService ? command : query;
        String path = URI.create(e.uri()).getPath();
        if (!path.startsWith("/v1/municipalities") && !path.startsWith("/v1/projections")) {
            return List.of();
        }
        path = path.substring("/v1".length());
        String template = template(doc, path);
        List<String> out = new ArrayList<>();
        String where = e.method() + " " + e.uri() + " -> " + e.status() + ": ";
        if (template == null) {
            return e.status() == 404 || e.status() == 405 ? List.of() : List.of(where + "no such path in the contract");
        }
        JsonNode operation = doc.path("paths").path(template).path(e.method().toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            return e.status() == 405 ? List.of() : List.of(where + "no such operation in the contract");
        }
        JsonNode response = operation.path("responses").path(String.valueOf(e.status()));
        if (response.isMissingNode()) {
            return List.of(where + "status not declared");
        }
        String media = e.contentType().split(";")[0].strip();
        if (e.body().isEmpty()) {
            return out;
        }
        JsonNode content = response.path("content").path(media);
        if (content.isMissingNode()) {
            return List.of(where + "media type " + media + " not declared");
        }
        if (!media.endsWith("json")) {
            return out;
        }
        String pointer = "/paths/" + escape(template) + "/" + e.method().toLowerCase(Locale.ROOT) + "/responses/"
                + e.status() + "/content/" + escape(media) + "/schema";
        JsonSchema schema = schemas.computeIfAbsent((commandService ? "c" : "q") + pointer, k -> {
            ObjectNode root = doc.deepCopy();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.put("$ref", "#" + pointer);
            return factory.getSchema(root);
        });
        Set<ValidationMessage> errors = schema.validate(RunningSystem.JSON.readTree(e.body()));
        errors.forEach(m -> out.add(where + m.getMessage()));
        return out;
    }

    private static String template(JsonNode doc, String path) {
        Iterator<String> names = doc.path("paths").fieldNames();
        while (names.hasNext()) {
            String t = names.next();
            if (path.matches(t.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\."))) {
                return t;
            }
        }
        return null;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
