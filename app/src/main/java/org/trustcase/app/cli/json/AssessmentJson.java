package org.trustcase.app.cli.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.trustcase.model.assessment.Assessment;
import org.trustcase.model.assessment.NotificationDecision;
import org.trustcase.model.assessment.Suggestion;
import org.trustcase.model.severity.DpcAdjustment;
import org.trustcase.model.severity.SeverityInputs;
import org.trustcase.model.severity.SeverityMethod;
import org.trustcase.model.severity.SeverityResult;

/** Severity results, assessments, suggestions and decisions as JSON. Decimals are exact JSON numbers. */
public final class AssessmentJson {
    private AssessmentJson() {
    }

    public static ObjectNode severity(SeverityResult r, boolean tableVerified) {
        ObjectNode node = Json.object();
        node.put("dpc", number(r.dpc()));
        node.put("ei", number(r.ei()));
        node.put("cb", number(r.cb()));
        node.put("score", number(r.score()));
        node.put("band", r.band().code());
        ArrayNode explanation = node.putArray("explanation");
        Json.ENGLISH.render(r.explanation()).forEach(explanation::add);
        // said only of a table edited away from ENISA's methodology: the shipped one is verified
        if (!tableVerified) {
            node.put("cbValuesVerified", false);
        }
        return node;
    }

    public static ObjectNode assessment(Assessment a, boolean tableVerified) {
        ObjectNode node = Json.object();
        node.put("case", a.caseReference().toString());
        node.put("version", a.version());
        node.put("author", a.author());
        node.put("assessedAt", Json.instant(a.assessedAt()));
        node.set("inputs", inputs(a.inputs()));
        node.setAll(severity(a.result(), tableVerified));
        node.put("narrative", a.narrative());
        return node;
    }

    public static ObjectNode suggestion(Suggestion s) {
        ObjectNode node = Json.object();
        node.put("outcome", s.outcome().code());
        node.put("notifyAuthority", s.notifyAuthority());
        node.put("notifySubjects", s.notifySubjects());
        node.put("exception", s.exception() == null ? null : s.exception().code());
        ArrayNode reasons = node.putArray("reasons");
        Json.ENGLISH.render(s.reasons()).forEach(reasons::add);
        node.put("assessmentVersion", s.assessmentVersion());
        return node;
    }

    public static ObjectNode decision(NotificationDecision d) {
        ObjectNode node = Json.object();
        node.put("case", d.caseReference().toString());
        node.put("version", d.version());
        node.put("author", d.author());
        node.put("decidedAt", Json.instant(d.decidedAt()));
        node.put("notifyAuthority", d.decision().notifyAuthority());
        node.put("authorityReason", d.decision().authorityReason());
        node.put("notifySubjects", d.decision().notifySubjects());
        node.put("subjectsReason", d.decision().subjectsReason());
        node.put("exception", d.decision().exception() == null ? null : d.decision().exception().code());
        node.put("publicCommunicationRequired", d.publicCommunicationRequired());
        node.put("departsFromSuggestion", d.departsFromSuggestion());
        node.put("departureJustification", d.decision().departureJustification());
        node.put("assessmentVersion", d.assessmentVersion());
        node.set("suggestion", suggestion(d.suggestion()));
        node.put("signedOffBy", d.signOff() == null ? null : d.signOff().reviewer());
        node.put("signedOffAt", d.signOff() == null ? null : Json.instant(d.signOff().at()));
        return node;
    }

    private static ObjectNode inputs(SeverityInputs in) {
        ObjectNode node = Json.object();
        node.put("dpcBase", in.dataType().code());
        ArrayNode adjustments = node.putArray("dpcAdjustments");
        for (DpcAdjustment adjustment : in.adjustments()) {
            adjustments.addObject().put("delta", number(adjustment.delta())).put("reason", adjustment.reason());
        }
        node.put("ei", number(in.ease().value()));
        node.put("cbConfidentiality", number(in.confidentiality()));
        node.put("cbIntegrity", number(in.integrity()));
        node.put("cbAvailability", number(in.availability()));
        node.put("malicious", in.malicious());
        return node;
    }

    private static BigDecimal number(BigDecimal value) {
        return new BigDecimal(SeverityMethod.plain(value));
    }
}
