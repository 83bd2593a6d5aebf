package org.trustcase.model.evidence;

import java.util.ArrayList;
import java.util.List;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.PlainText;
import org.trustcase.model.common.ValidationException;

/**
 * The rules of what evidence records hold, for what is typed here and for what a bundle brings from outside alike:
 * names, sources and reasons as plain text within their lengths, notes with a valid anchor and tags.
 */
final class EvidenceInput {
    private EvidenceInput() {
    }

    static List<String> validateNote(String note, Annotation.Anchor anchor, List<String> tags) {
        List<FieldError> errors = new ArrayList<>();
        if (note.isEmpty()) {
            errors.add(new FieldError("text", "validation.required"));
        } else if (note.length() > EvidenceService.MAX_NOTE) {
            errors.add(new FieldError("text", "validation.too-long", note.length(), EvidenceService.MAX_NOTE));
        } else {
            PlainText.forbiddenInText(note).ifPresent(c -> errors.add(new FieldError("text",
                    "validation.forbidden-character", PlainText.name(c))));
        }
        if (anchor instanceof Annotation.Region region) {
            if (region.page() < 1) {
                errors.add(new FieldError("page", "evidence.page-from-one"));
            }
            if (region.x() < 0 || region.y() < 0 || !(region.width() > 0) || !(region.height() > 0)
                    || !Double.isFinite(region.x() + region.y() + region.width() + region.height())) {
                errors.add(new FieldError("rect", "evidence.rect-invalid"));
            }
        } else if (anchor instanceof Annotation.Quote quote) {
            if (quote.text().isBlank()) {
                errors.add(new FieldError("quote", "validation.required"));
            } else if (quote.text().length() > EvidenceService.MAX_TEXT) {
                errors.add(new FieldError("quote", "validation.too-long", quote.text().length(),
                        EvidenceService.MAX_TEXT));
            }
        } else if (anchor == null) {
            errors.add(new FieldError("anchor", "validation.required"));
        }
        List<String> clean = new ArrayList<>();
        for (String tag : tags) {
            String t = tag == null ? "" : tag.strip();
            if (t.isEmpty() || t.length() > EvidenceService.MAX_TAG || PlainText.forbiddenInLine(t).isPresent()) {
                errors.add(new FieldError("tag", "evidence.tag-invalid", t, EvidenceService.MAX_TAG));
            } else if (!clean.contains(t)) {
                clean.add(t);
            }
        }
        if (clean.size() > EvidenceService.MAX_TAGS) {
            errors.add(new FieldError("tag", "evidence.too-many-tags", EvidenceService.MAX_TAGS));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return clean;
    }

    /**
     * A bundle's item is held to the rules of an item added here (names, texts, notes), each error naming the item as
     * the bundle numbers it: a bundle is input from outside like any file.
     */
    static void validateEntry(EvidenceBundle.Entry entry) {
        EvidenceItem item = entry.item();
        String where = "item " + item.id() + " ";
        try {
            validate(item.originalName(), item.source(), item.reason());
            validateLine("collectedBy", item.collectedBy());
            for (CustodyEvent event : entry.custody()) {
                validateLine("custodyActor", event.actor());
                validateText("custodyPurpose", event.purpose());
                validateText("custodyRecipient", event.recipient());
                validateText("custodyDetail", event.detail());
            }
            for (Annotation note : entry.annotations()) {
                validateLine("annotationAuthor", note.author());
                validateNote(note.text(), note.anchor(), note.tags());
            }
        } catch (ValidationException e) {
            throw new ValidationException(e.errors().stream().map(error -> error.renamed(where + error.field()))
                    .toList());
        }
    }

    static void validateLine(String field, String text) {
        if (text.isBlank() || text.length() > EvidenceService.MAX_NAME) {
            throw new ValidationException(field, "validation.too-long", text.length(), EvidenceService.MAX_NAME);
        }
        PlainText.forbiddenInLine(text).ifPresent(c -> {
            throw new ValidationException(field, "validation.forbidden-character", PlainText.name(c));
        });
    }

    static void validateText(String field, String text) {
        if (text == null) {
            return;
        }
        if (text.length() > EvidenceService.MAX_TEXT) {
            throw new ValidationException(field, "validation.too-long", text.length(), EvidenceService.MAX_TEXT);
        }
        PlainText.forbiddenInText(text).ifPresent(c -> {
            throw new ValidationException(field, "validation.forbidden-character", PlainText.name(c));
        });
    }

    static void validate(String name, String source, String reason) {
        List<FieldError> errors = new ArrayList<>();
        if (name.isEmpty()) {
            errors.add(new FieldError("name", "validation.required"));
        } else if (name.length() > EvidenceService.MAX_NAME) {
            errors.add(new FieldError("name", "validation.too-long", name.length(), EvidenceService.MAX_NAME));
        } else {
            PlainText.forbiddenInLine(name).ifPresent(c -> errors.add(new FieldError("name",
                    "validation.forbidden-character", PlainText.name(c))));
        }
        for (String[] field : new String[][] {{"source", source}, {"reason", reason}}) {
            if (field[1] != null && field[1].length() > EvidenceService.MAX_TEXT) {
                errors.add(new FieldError(field[0], "validation.too-long", field[1].length(),
                        EvidenceService.MAX_TEXT));
            } else if (field[1] != null) {
                PlainText.forbiddenInText(field[1]).ifPresent(c -> errors.add(new FieldError(field[0],
                        "validation.forbidden-character", PlainText.name(c))));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
