package org.trustcase.persistence.codes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.trustcase.model.common.Problem;

/**
 * Coded messages (explanation lines, suggestion reasons, audit notes) as stored: a JSON object
 * {@code {"code": "severity.explanation.ease", "args": ["maximum", "1"]}} each, a list of them as a JSON array.
 * An argument is a text or a nested message; nothing else is stored, so what is read back equals what was
 * written.
 */
public final class ProblemJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CODE = "code";
    private static final String ARGS = "args";

    private ProblemJson() {
    }

    public static String write(Problem message) {
        return node(message).toString();
    }

    public static String writeList(List<Problem> messages) {
        ArrayNode array = MAPPER.createArrayNode();
        messages.forEach(message -> array.add(node(message)));
        return array.toString();
    }

    /** The message stored in {@code column}. */
    public static Problem read(String json, String column) {
        return message(parse(json, column), column);
    }

    /** The messages stored in {@code column}, in order. */
    public static List<Problem> readList(String json, String column) {
        JsonNode array = parse(json, column);
        if (!array.isArray()) {
            throw new IllegalStateException("stored " + column + " is not a JSON array");
        }
        List<Problem> messages = new ArrayList<>(array.size());
        array.forEach(item -> messages.add(message(item, column)));
        return messages;
    }

    private static ObjectNode node(Problem message) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put(CODE, message.code());
        ArrayNode args = node.putArray(ARGS);
        for (Object arg : message.args()) {
            if (arg instanceof String text) {
                args.add(text);
            } else if (arg instanceof Problem nested) {
                args.add(node(nested));
            } else {
                throw new IllegalArgumentException("only texts and nested messages are stored as arguments of "
                        + message.code() + ", not " + arg.getClass().getSimpleName() + " " + arg);
            }
        }
        return node;
    }

    private static Problem message(JsonNode node, String column) {
        if (!node.isObject() || !node.path(CODE).isTextual() || !node.path(ARGS).isArray()) {
            throw new IllegalStateException("stored " + column + " holds " + node + ", not a {code, args} object");
        }
        List<Object> args = new ArrayList<>(node.get(ARGS).size());
        for (JsonNode arg : node.get(ARGS)) {
            args.add(arg.isTextual() ? arg.asText() : message(arg, column));
        }
        return new Problem(node.get(CODE).asText(), args);
    }

    private static JsonNode parse(String json, String column) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null) {
                throw new IllegalStateException("stored " + column + " is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + column + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
