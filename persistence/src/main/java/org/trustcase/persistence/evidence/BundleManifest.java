package org.trustcase.persistence.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.TrustcaseException;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.evidence.Annotation;
import org.trustcase.model.evidence.CustodyAction;
import org.trustcase.model.evidence.CustodyEvent;
import org.trustcase.model.evidence.EvidenceBundle;
import org.trustcase.model.evidence.EvidenceItem;
import org.trustcase.model.evidence.EvidenceState;
import org.trustcase.persistence.cases.StoredCodes;

/**
 * The manifest of an evidence bundle ({@value #ENTRY}), in JSON: the format and its version, the case, who wrote it
 * and when, and each item with its custody and notes. Reading names the field that is wrong, as a JSON path
 * ({@code items[2].sha256}).
 */
final class BundleManifest {
    static final String ENTRY = "manifest.json";
    static final String FORMAT = "trustcase-evidence-bundle";
    static final int VERSION = 1;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BundleManifest() {
    }

    /** Where an item's file is in the bundle: under its hash, never its original name. */
    static String fileEntry(String sha256) {
        return "items/" + sha256;
    }

    static byte[] write(EvidenceBundle.Header header, List<EvidenceBundle.Entry> entries) {
        ObjectNode root = MAPPER.createObjectNode().put("format", FORMAT).put("version", VERSION)
                .put("case", header.caseReference().toString()).put("exportedAt", header.exportedAt().toString())
                .put("exportedBy", header.exportedBy());
        ArrayNode items = root.putArray("items");
        for (EvidenceBundle.Entry entry : entries) {
            EvidenceItem item = entry.item();
            ObjectNode node = items.addObject().put("id", item.id()).put("sha256", item.sha256())
                    .put("size", item.size()).put("mediaType", item.mediaType())
                    .put("nameMismatch", item.nameMismatch()).put("originalName", item.originalName())
                    .put("source", item.source()).put("reason", item.reason()).put("collectedBy", item.collectedBy())
                    .put("collectedAt", item.collectedAt().toString()).put("state", item.state().code());
            if (entry.hasFile()) {
                node.put("file", fileEntry(item.sha256()));
            }
            ArrayNode custody = node.putArray("custody");
            for (CustodyEvent event : entry.custody()) {
                custody.addObject().put("action", event.action().code()).put("actor", event.actor())
                        .put("at", event.at().toString()).put("purpose", event.purpose())
                        .put("recipient", event.recipient()).put("detail", event.detail());
            }
            ArrayNode notes = node.putArray("annotations");
            for (Annotation note : entry.annotations()) {
                ObjectNode n = notes.addObject().put("id", note.id()).put("replaces", note.replaces())
                        .put("author", note.author()).put("at", note.at().toString())
                        .put("text", note.text()).put("privileged", note.privileged());
                ObjectNode anchor = n.putObject("anchor");
                if (note.anchor() instanceof Annotation.Region region) {
                    anchor.put("kind", "region").put("page", region.page()).put("x", region.x())
                            .put("y", region.y()).put("width", region.width()).put("height", region.height());
                } else if (note.anchor() instanceof Annotation.Quote quote) {
                    anchor.put("kind", "quote").put("quote", quote.text());
                } else {
                    anchor.put("kind", "whole");
                }
                ArrayNode tags = n.putArray("tags");
                note.tags().forEach(tags::add);
            }
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a manifest is plain JSON", e);
        }
    }

    /** What a manifest says. */
    record Read(EvidenceBundle.Header header, List<EvidenceBundle.Entry> entries) {
    }

    /** @throws ValidationException naming the bundle and the field that is wrong */
    static Read read(byte[] json, String bundle) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ValidationException("bundle", "bundle.manifest-unreadable", bundle,
                    String.valueOf(e.getOriginalMessage()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Fields in = new Fields(root, "", bundle);
        if (!FORMAT.equals(in.text("format")) || in.integer("version") != VERSION) {
            throw new ValidationException("bundle", "bundle.format", bundle, FORMAT, VERSION);
        }
        CaseReference reference = in.reference("case");
        EvidenceBundle.Header header = new EvidenceBundle.Header(reference, in.instant("exportedAt"),
                in.text("exportedBy"));
        List<EvidenceBundle.Entry> entries = new ArrayList<>();
        JsonNode items = in.array("items");
        for (int i = 0; i < items.size(); i++) {
            Fields item = new Fields(items.get(i), "items[" + i + "].", bundle);
            String sha256 = item.text("sha256");
            if (!SHA256.matcher(sha256).matches()) {
                throw item.wrong("sha256");
            }
            long size = item.integer("size");
            if (size < 0) {
                throw item.wrong("size");
            }
            EvidenceState state = item.code(EvidenceState.class, "state");
            EvidenceItem record = new EvidenceItem(item.integer("id"), reference, sha256, size,
                    item.text("mediaType"), item.flag("nameMismatch"), item.text("originalName"),
                    item.optional("source"), item.optional("reason"), item.text("collectedBy"),
                    item.instant("collectedAt"), state);
            boolean hasFile = state != EvidenceState.DISPOSED;
            String file = item.optional("file");
            if (hasFile != fileEntry(sha256).equals(file)) {
                throw item.wrong("file");
            }
            List<CustodyEvent> custody = new ArrayList<>();
            JsonNode events = item.array("custody");
            for (int j = 0; j < events.size(); j++) {
                Fields event = new Fields(events.get(j), item.path + "custody[" + j + "].", bundle);
                custody.add(new CustodyEvent(record.id(), j + 1L, event.code(CustodyAction.class, "action"),
                        event.text("actor"), event.instant("at"), event.optional("purpose"),
                        event.optional("recipient"), event.optional("detail")));
            }
            List<Annotation> notes = new ArrayList<>();
            JsonNode annotations = item.array("annotations");
            for (int j = 0; j < annotations.size(); j++) {
                Fields note = new Fields(annotations.get(j), item.path + "annotations[" + j + "].", bundle);
                List<String> tags = new ArrayList<>();
                note.array("tags").forEach(tag -> tags.add(tag.asText()));
                notes.add(new Annotation(note.integer("id"), record.id(), note.text("author"), note.instant("at"),
                        note.text("text"), anchor(note.object("anchor")), tags, note.flag("privileged"),
                        note.integer("replaces")));
            }
            entries.add(new EvidenceBundle.Entry(record, custody, notes));
        }
        return new Read(header, entries);
    }

    private static Annotation.Anchor anchor(Fields anchor) {
        String kind = anchor.text("kind");
        switch (kind) {
            case "whole":
                return new Annotation.Whole();
            case "quote":
                return new Annotation.Quote(anchor.text("quote"));
            case "region":
                return new Annotation.Region((int) anchor.integer("page"), anchor.number("x"), anchor.number("y"),
                        anchor.number("width"), anchor.number("height"));
            default:
                throw anchor.wrong("kind");
        }
    }

    /** The fields of one JSON object, each read or refused with its path. */
    private static final class Fields {
        private final JsonNode node;
        private final String path;
        private final String bundle;

        Fields(JsonNode node, String path, String bundle) {
            this.node = node;
            this.path = path;
            this.bundle = bundle;
            if (node == null || !node.isObject()) {
                throw new ValidationException("bundle", "bundle.manifest-field", bundle,
                        path.isEmpty() ? "(top)" : path.substring(0, path.length() - 1));
            }
        }

        ValidationException wrong(String field) {
            return new ValidationException("bundle", "bundle.manifest-field", bundle, path + field);
        }

        String text(String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isTextual()) {
                throw wrong(field);
            }
            return value.asText();
        }

        String optional(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                throw wrong(field);
            }
            return value.asText();
        }

        long integer(String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
                throw wrong(field);
            }
            return value.asLong();
        }

        double number(String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isNumber()) {
                throw wrong(field);
            }
            return value.asDouble();
        }

        boolean flag(String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isBoolean()) {
                throw wrong(field);
            }
            return value.asBoolean();
        }

        JsonNode array(String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isArray()) {
                throw wrong(field);
            }
            return value;
        }

        Fields object(String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isObject()) {
                throw wrong(field);
            }
            return new Fields(value, path + field + ".", bundle);
        }

        Instant instant(String field) {
            try {
                return Instant.parse(text(field));
            } catch (DateTimeParseException e) {
                throw wrong(field);
            }
        }

        CaseReference reference(String field) {
            try {
                return CaseReference.parse(text(field));
            } catch (TrustcaseException | IllegalArgumentException e) {
                throw wrong(field);
            }
        }

        <E extends Enum<E> & org.trustcase.model.common.Coded> E code(Class<E> type, String field) {
            try {
                return StoredCodes.decode(type, text(field), field);
            } catch (RuntimeException e) {
                throw wrong(field);
            }
        }
    }
}
