package org.trustcase.model.notifications;

import java.time.Instant;
import java.util.Objects;

/**
 * A letter template of the workspace, in one language: a subject line and a body in plain text with merge fields
 * ({@link MergeFields}). Templates of one name in several languages make one letter: each recipient gets it in their
 * language.
 *
 * @param updatedBy  who saved it last ({@code null} for the templates a workspace starts with)
 * @param approvedBy the legal reviewer who approved this version ({@code null} until one does; a change of the
 *                   template needs a new approval)
 */
public record LetterTemplate(String name, String language, LetterKind kind, String subject, String body,
        String updatedBy, Instant updatedAt, String approvedBy, Instant approvedAt) {
    /** A template not approved yet. */
    public LetterTemplate(String name, String language, LetterKind kind, String subject, String body,
            String updatedBy, Instant updatedAt) {
        this(name, language, kind, subject, body, updatedBy, updatedAt, null, null);
    }

    public LetterTemplate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    /** This template as saved by {@code who}: a new version, not approved yet. */
    public LetterTemplate savedBy(String who, Instant at) {
        return new LetterTemplate(name.strip(), language.strip(), kind, subject.strip(), body.strip(), who, at);
    }

    public LetterTemplate approvedBy(String who, Instant at) {
        return new LetterTemplate(name, language, kind, subject, body, updatedBy, updatedAt, who, at);
    }

    public boolean approved() {
        return approvedBy != null;
    }
}
