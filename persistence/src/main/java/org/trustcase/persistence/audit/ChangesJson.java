package org.trustcase.persistence.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.trustcase.model.audit.FieldChange;

/**
 * The stored form of an event's changes: a JSON array of {@code {"field", "before", "after"}}
 * objects, with JSON {@code null} for "not set". Written field by field rather than by reflection,
 * so that renaming a model class cannot silently change what the audit trail holds.
 */
final class ChangesJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ChangesJson() {
    }

    static String write(List<FieldChange> changes) {
        ArrayNode array = MAPPER.createArrayNode();
        for (FieldChange change : changes) {
            ObjectNode item = array.addObject();
            item.put("field", change.field());
            item.put("before", change.before());
            item.put("after", change.after());
        }
        try {
            return MAPPER.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write audit changes as JSON: " + e.getMessage(), e);
        }
    }

    static List<FieldChange> read(String json) {
        JsonNode array;
        try {
            array = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored audit changes are not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (array == null || !array.isArray()) {
            throw new IllegalStateException("stored audit changes are not a JSON array: " + json);
        }
        List<FieldChange> changes = new ArrayList<>(array.size());
        for (JsonNode item : array) {
            changes.add(new FieldChange(item.path("field").asText(), text(item, "before"), text(item, "after")));
        }
        return changes;
    }

    private static String text(JsonNode item, String name) {
        JsonNode value = item.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
