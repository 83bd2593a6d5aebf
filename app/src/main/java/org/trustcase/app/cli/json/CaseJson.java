package org.trustcase.app.cli.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Collection;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.cases.Party;
import org.trustcase.model.common.Coded;

/**
 * A case as JSON: every field under its stable name, unset fields as {@code null}, collections
 * as arrays of codes. {@link CasePatch} reads the same shape back.
 */
public final class CaseJson {
    private CaseJson() {
    }

    public static ObjectNode write(BreachCase c) {
        ObjectNode node = Json.object();
        node.put("reference", c.reference().toString());
        writeDetails(node, c.details());
        node.put("status", c.status().name());
        node.put("statusReason", c.statusReason());
        node.put("version", c.version());
        node.put("createdAt", Json.instant(c.createdAt()));
        node.put("updatedAt", Json.instant(c.updatedAt()));
        return node;
    }

    private static void writeDetails(ObjectNode node, CaseDetails d) {
        node.put("title", d.title());
        node.put("summary", d.summary());
        node.put("reporter", d.reporter());
        node.put("channel", code(d.channel()));
        instant(node, "occurredFrom", d.occurredFrom());
        instant(node, "occurredTo", d.occurredTo());
        instant(node, "detectedAt", d.detectedAt());
        instant(node, "awareAt", d.awareAt());
        node.put("awareGapReason", d.awareGapReason());
        instant(node, "containedAt", d.containedAt());
        codes(node.putArray("breachTypes"), d.breachTypes());
        codes(node.putArray("dataCategories"), d.dataCategories());
        codes(node.putArray("subjectCategories"), d.subjectCategories());
        node.put("approxSubjects", d.approxSubjects());
        node.put("approxRecords", d.approxRecords());
        ArrayNode jurisdictions = node.putArray("jurisdictions");
        d.jurisdictions().stream().map(Jurisdiction::code).forEach(jurisdictions::add);
        ArrayNode parties = node.putArray("parties");
        for (Party party : d.parties()) {
            parties.addObject().put("role", party.role().code()).put("name", party.name());
        }
        node.put("cause", code(d.cause()));
        node.put("remedialActions", d.remedialActions());
        node.put("owner", d.owner());
        node.put("dataUnintelligible", d.dataUnintelligible());
        node.put("highRiskRemoved", d.highRiskRemoved());
        node.put("disproportionateEffort", d.disproportionateEffort());
    }

    private static void instant(ObjectNode node, String field, Instant value) {
        node.put(field, Json.instant(value));
    }

    private static String code(Coded value) {
        return value == null ? null : value.code();
    }

    private static void codes(ArrayNode array, Collection<? extends Coded> values) {
        values.forEach(v -> array.add(v.code()));
    }
}
