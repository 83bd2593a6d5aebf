package org.trustcase.model.deadlines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.Problem;

/**
 * {@code rules.schema.json}, the form of the rule file, and its check of a file's JSON. Each problem the validator
 * finds becomes a {@link FieldError} named like the rest of the reader's errors ({@code rules[GDPR-SA].clock[0].unit}),
 * in plain words; where the form of a value is wrong, the message quotes the schema's description of the field.
 */
final class RuleFileSchema {
    static final String RESOURCE = "rules.schema.json";
    private static final Set<String> SUBSCHEMA_STEPS = Set.of("items", "additionalProperties", "propertyNames");

    private final JsonNode root;
    private final Schema schema;

    private RuleFileSchema(JsonNode root) {
        this.root = root;
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(root);
    }

    private static final class Standard {
        static final RuleFileSchema INSTANCE = load();

        private static RuleFileSchema load() {
            try (InputStream in = RuleFileSchema.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the deadline rules schema " + RESOURCE + " is missing");
                }
                return new RuleFileSchema(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the deadline rules schema", e);
            }
        }
    }

    /** The schema shipped beside {@code rules.json}, read once. */
    static RuleFileSchema standard() {
        return Standard.INSTANCE;
    }

    /** The schema itself, as JSON. */
    JsonNode node() {
        return root;
    }

    /**
     * The problems of {@code file} against the schema, one per field (the first the validator names), in the
     * validator's order; {@code labels} name each rule (see {@link RuleFileReader#labels}).
     */
    List<FieldError> check(JsonNode file, List<String> labels) {
        Map<String, FieldError> errors = new LinkedHashMap<>();
        for (Error error : schema.validate(file)) {
            String field = field(file, error.getInstanceLocation(), propertyOf(error), labels);
            errors.putIfAbsent(field, new FieldError(field, message(error)));
        }
        return List.copyOf(errors.values());
    }

    private static String propertyOf(Error error) {
        return switch (error.getKeyword()) {
            case "required", "additionalProperties", "propertyNames" -> error.getProperty();
            default -> null;
        };
    }

    /** {@code rules[GDPR-SA].clock[0].unit} for the instance location {@code /rules/3/clock/0/unit}. */
    private static String field(JsonNode file, NodePath location, String property, List<String> labels) {
        StringBuilder field = new StringBuilder();
        JsonNode node = file;
        for (int i = 0; i < location.getNameCount(); i++) {
            String name = location.getName(i);
            if (node.isArray()) {
                int index = Integer.parseInt(name);
                boolean rule = i == 1 && "rules".contentEquals(field) && index < labels.size();
                field.append('[').append(rule ? labels.get(index) : name).append(']');
                node = node.path(index);
            } else {
                field.append(field.length() == 0 ? "" : ".").append(name);
                node = node.path(name);
            }
        }
        if (property != null) {
            field.append(field.length() == 0 ? "" : ".").append(property);
        }
        return field.length() == 0 ? "rules file" : field.toString();
    }

    private Problem message(Error error) {
        JsonNode value = error.getInstanceNode();
        JsonNode keyword = error.getSchemaNode();
        return switch (error.getKeyword()) {
            case "required" -> Problem.of("validation.required");
            case "additionalProperties" -> Problem.of("rules.unknown-field",
                    List.copyOf(new TreeSet<>(names(schemaAt(error.getEvaluationPath(), 1).path("properties")))));
            case "enum" -> Problem.of("validation.unknown-value", text(value),
                    StreamSupport.stream(keyword.spliterator(), false).map(JsonNode::asText).toList());
            case "type" -> switch (keyword.asText()) {
                case "array" -> Problem.of("rules.type.array");
                case "object" -> Problem.of("rules.type.object");
                case "string" -> Problem.of("rules.type.string");
                case "integer" -> Problem.of("rules.type.integer");
                case "boolean" -> Problem.of("rules.type.boolean");
                default -> Problem.of("rules.type.other", keyword.asText());
            };
            case "pattern" -> value.isTextual() && value.asText().isBlank() ? Problem.of("rules.type.string")
                    : explained(Problem.of("rules.does-not-fit", text(value)), error);
            case "propertyNames" -> explained(Problem.of("rules.invalid-name"), error);
            case "minimum" -> explained(Problem.of("rules.minimum", keyword.asText()), error);
            case "maximum" -> explained(Problem.of("rules.maximum", keyword.asText()), error);
            case "minItems", "minProperties" -> explained(Problem.of("rules.empty"), error);
            default -> Problem.of("rules.schema", String.valueOf(error.getMessage()));
        };
    }

    /**
     * {@code problem}, followed by the schema's description of the field (the description is the
     * rules file's documentation, kept in the schema as written).
     */
    private Problem explained(Problem problem, Error error) {
        String description = description(error.getEvaluationPath());
        return description.isEmpty() ? problem : Problem.of("rules.explained", problem, description);
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The schema object reached by {@code path} less its last {@code dropped} steps, {@code $ref}s followed. */
    private JsonNode schemaAt(NodePath path, int dropped) {
        JsonNode node = root;
        for (int i = 0; i < path.getNameCount() - dropped; i++) {
            String step = path.getName(i);
            node = "$ref".equals(step) ? resolve(node) : node.path(step);
        }
        return node;
    }

    /**
     * The description of the field that an error's evaluation path ends at: the description written on the field
     * itself, or else the one of the definition it refers to.
     */
    private String description(NodePath path) {
        JsonNode node = root;
        String description = null;
        for (int i = 0; i < path.getNameCount(); i++) {
            String step = path.getName(i);
            boolean last = i == path.getNameCount() - 1;
            if (last && !SUBSCHEMA_STEPS.contains(step)) {
                break;
            }
            if ("$ref".equals(step)) {
                node = resolve(node);
                description = description == null ? node.path("description").textValue() : description;
            } else {
                boolean field = SUBSCHEMA_STEPS.contains(step) || (i > 0 && "properties".equals(path.getName(i - 1)));
                node = node.path(step);
                description = field ? node.path("description").textValue() : description;
            }
        }
        if (description == null && node.has("$ref")) {
            description = resolve(node).path("description").textValue();
        }
        return description == null ? "" : description;
    }

    private JsonNode resolve(JsonNode node) {
        return root.at(node.path("$ref").asText().substring(1));
    }
}
