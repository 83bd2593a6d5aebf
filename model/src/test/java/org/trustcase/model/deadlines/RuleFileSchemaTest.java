package org.trustcase.model.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.trustcase.model.common.Coded;

/**
 * {@code rules.schema.json} and the records the reader binds agree, the shipped rules fit the schema, and the schema
 * explains every field. The schema is read here from its JSON text, not through the reader.
 */
class RuleFileSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode SCHEMA = resource(RuleFileSchema.RESOURCE);

    /** Each object of the schema and the record that holds it. */
    static Stream<Arguments> objects() {
        return Stream.of(Arguments.of("(the file)", SCHEMA, RuleFile.class),
                Arguments.of("rule", SCHEMA.at("/$defs/rule"), RuleFile.Rule.class),
                Arguments.of("timeLimit", SCHEMA.at("/$defs/timeLimit"), RuleFile.Limit.class),
                Arguments.of("variant", SCHEMA.at("/$defs/variant"), RuleFile.Variant.class),
                Arguments.of("conditions", SCHEMA.at("/$defs/conditions"), RuleFile.When.class),
                Arguments.of("supplementaryHoliday", SCHEMA.at("/$defs/supplementaryHoliday"), RuleFile.Holiday.class));
    }

    private static JsonNode resource(String name) {
        try (InputStream in = RuleCatalog.class.getResourceAsStream(name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new AssertionError(name, e);
        }
    }

    @Test
    void isDraft2020_12AndRefusesUnknownFields() {
        assertThat(SCHEMA.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        objects().forEach(o -> assertThat(((JsonNode) o.get()[1]).path("additionalProperties").isBoolean()
                && !((JsonNode) o.get()[1]).path("additionalProperties").asBoolean()).as(o.get()[0].toString()).isTrue());
    }

    @Test
    void theShippedRulesFitTheSchema() {
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SCHEMA);
        assertThat(schema.validate(resource("rules.json"))).isEmpty();
    }

    @Test
    void everyObjectOfTheSchemaHasARecord() {
        Set<String> objectDefinitions = new TreeSet<>();
        SCHEMA.path("$defs").properties().forEach(d -> {
            if (d.getValue().has("properties")) {
                objectDefinitions.add(d.getKey());
            }
        });
        assertThat(objectDefinitions).isEqualTo(objects().map(o -> o.get()[0].toString())
                .filter(name -> !name.startsWith("(")).collect(Collectors.toCollection(TreeSet::new)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objects")
    void everyPropertyIsARecordComponentAndViceVersa(String name, JsonNode object, Class<?> record) {
        Set<String> properties = new TreeSet<>();
        object.path("properties").fieldNames().forEachRemaining(properties::add);
        Set<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(components).isEqualTo(properties);
        assertThat(object.path("required")).allSatisfy(required -> assertThat(properties).contains(required.asText()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objects")
    void everyComponentHasTheTypeOfItsProperty(String name, JsonNode object, Class<?> record) {
        for (RecordComponent component : record.getRecordComponents()) {
            JsonNode property = definition(object.path("properties").path(component.getName()));
            String at = name + "." + component.getName();
            Class<?> type = component.getType();
            if (type.isEnum()) {
                assertThat(Coded.class).as(at).isAssignableFrom(type);
                List<String> codes = Arrays.stream(type.getEnumConstants()).map(c -> ((Coded) c).code()).toList();
                assertThat(property.path("enum")).as(at).extracting(JsonNode::asText).containsExactlyElementsOf(codes);
            } else if (type == String.class) {
                assertThat(property.path("type").asText()).as(at).isEqualTo("string");
            } else if (type == Integer.class || type == Long.class) {
                assertThat(property.path("type").asText()).as(at).isEqualTo("integer");
            } else if (type == Boolean.class) {
                assertThat(property.path("type").asText()).as(at).isEqualTo("boolean");
            } else if (type == Map.class) {
                assertThat(property.path("type").asText()).as(at).isEqualTo("object");
            } else if (type == List.class) {
                assertThat(property.path("type").asText()).as(at).isEqualTo("array");
                Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                JsonNode items = definition(property.path("items"));
                if (element == String.class) {
                    assertThat(items.path("type").asText()).as(at + "[]").isEqualTo("string");
                } else {
                    assertThat(items).as(at + "[] is " + element).isEqualTo(objectOf((Class<?>) element));
                }
            } else {
                assertThat(type.isRecord()).as(at + " is " + type).isTrue();
                assertThat(property).as(at + " is " + type).isEqualTo(objectOf(type));
            }
        }
    }

    /** The schema object that {@code record} holds. */
    private static JsonNode objectOf(Class<?> record) {
        return objects().filter(o -> o.get()[2] == record).map(o -> (JsonNode) o.get()[1]).findFirst()
                .orElseThrow(() -> new AssertionError("no schema object for " + record));
    }

    /** {@code node} with its {@code $ref}s followed to the definition that says its type. */
    private static JsonNode definition(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = SCHEMA.at(current.path("$ref").asText().substring(1));
        }
        return current;
    }

    @Test
    void everyPropertyIsDescribedInWords() {
        List<String> undescribed = new ArrayList<>();
        describe("", SCHEMA, undescribed);
        SCHEMA.path("$defs").properties().forEach(d -> describe("$defs." + d.getKey(), d.getValue(), undescribed));
        assertThat(undescribed).isEmpty();
    }

    private static void describe(String at, JsonNode object, List<String> undescribed) {
        if (object.path("description").asText().isBlank()) {
            undescribed.add(at.isEmpty() ? "(the file)" : at);
        }
        object.path("properties").properties().forEach(p -> describe(at + "." + p.getKey(), p.getValue(), undescribed));
        if (object.path("additionalProperties").isObject()) {
            describe(at + ".*", object.path("additionalProperties"), undescribed);
        }
        if (object.path("items").isObject() && !object.path("items").has("$ref")) {
            describe(at + "[]", object.path("items"), undescribed);
        }
    }

    @Test
    void closedSetsAreEnumsOfTheirCodes() {
        assertThat(SCHEMA.at("/$defs/rule/properties/kind/enum")).extracting(JsonNode::asText)
                .containsExactly("legal", "target");
        assertThat(SCHEMA.at("/$defs/timeLimit/properties/unit/enum")).extracting(JsonNode::asText)
                .containsExactly("hours", "calendar-days", "business-days", "months");
        assertThat(SCHEMA.at("/$defs/timeLimit/properties/countFrom/enum")).extracting(JsonNode::asText)
                .containsExactly("event", "end-of-year");
    }
}
