package org.trustcase.persistence.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;

/** A list of lines stored as a JSON array of strings (explanations, suggestion reasons). */
final class TextListJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TextListJson() {
    }

    static String write(List<String> lines) {
        ArrayNode array = MAPPER.createArrayNode();
        lines.forEach(array::add);
        return array.toString();
    }

    static List<String> read(String json, String column) {
        JsonNode array;
        try {
            array = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + column + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (array == null || !array.isArray()) {
            throw new IllegalStateException("stored " + column + " is not a JSON array");
        }
        List<String> lines = new ArrayList<>(array.size());
        array.forEach(item -> lines.add(item.asText()));
        return lines;
    }
}
