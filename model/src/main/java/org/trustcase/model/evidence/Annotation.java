package org.trustcase.model.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A legal note on an evidence item, anchored to the whole item, a rectangle of a page (a PDF page or an image, in the
 * item's own units: points or pixels), or a quoted text. Marked privileged when it is legal advice not to be disclosed.
 * An edit is a new version that {@code replaces} the one before it (0 for a note as first written); no version is
 * changed or removed.
 */
public record Annotation(long id, long itemId, String author, Instant at, String text, Anchor anchor,
        List<String> tags, boolean privileged, long replaces) {
    public Annotation {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(anchor, "anchor");
        tags = List.copyOf(tags);
    }

    /** A note as first written (it replaces no earlier version). */
    public Annotation(long id, long itemId, String author, Instant at, String text, Anchor anchor, List<String> tags,
            boolean privileged) {
        this(id, itemId, author, at, text, anchor, tags, privileged, 0);
    }

    public Annotation withId(long newId) {
        return new Annotation(newId, itemId, author, at, text, anchor, tags, privileged, replaces);
    }

    /** Whether this version is an edit of an earlier one. */
    public boolean edited() {
        return replaces != 0;
    }

    /** Where on the item a note is. */
    public sealed interface Anchor {
    }

    /** The item as a whole. */
    public record Whole() implements Anchor {
    }

    /** A rectangle of a page (page 1 for an image). */
    public record Region(int page, double x, double y, double width, double height) implements Anchor {
    }

    /** A passage of the item's text, quoted. */
    public record Quote(String text) implements Anchor {
        public Quote {
            Objects.requireNonNull(text, "text");
        }
    }
}
