package org.trustcase.model.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.trustcase.model.audit.FieldChange;

/** The fields of an authority draft that differ between two versions, for the audit trail. */
final class DraftChanges {
    private static final List<Field> FIELDS = List.of(
            new Field("nature", AuthorityDraft::nature),
            new Field("courseOfEvents", AuthorityDraft::courseOfEvents),
            new Field("place", AuthorityDraft::place),
            new Field("cause", AuthorityDraft::cause),
            new Field("consequences", AuthorityDraft::consequences),
            new Field("measuresTaken", AuthorityDraft::measuresTaken),
            new Field("measuresProposed", AuthorityDraft::measuresProposed),
            new Field("otherOrganisations", AuthorityDraft::otherOrganisations),
            new Field("adviceToSubjects", AuthorityDraft::adviceToSubjects),
            new Field("confidentiality", d -> flag(d.confidentiality())),
            new Field("integrity", d -> flag(d.integrity())),
            new Field("availability", d -> flag(d.availability())));

    private record Field(String name, Function<AuthorityDraft, String> value) {
    }

    private DraftChanges() {
    }

    static List<FieldChange> between(AuthorityDraft before, AuthorityDraft after) {
        List<FieldChange> changes = new ArrayList<>();
        for (Field field : FIELDS) {
            String was = field.value().apply(before);
            String is = field.value().apply(after);
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(field.name(), was, is));
            }
        }
        return changes;
    }

    private static String flag(Boolean value) {
        return value == null ? null : value.toString();
    }
}
