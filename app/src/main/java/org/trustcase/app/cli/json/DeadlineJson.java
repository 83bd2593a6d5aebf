package org.trustcase.app.cli.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.trustcase.model.deadlines.Conditions;
import org.trustcase.model.deadlines.DeadlineClock;
import org.trustcase.model.deadlines.DeadlineRule;
import org.trustcase.model.deadlines.RuleVariant;
import org.trustcase.model.deadlines.TimeLimit;

/**
 * Deadline rules and clocks as JSON. Rules use the field names of the rule file; a clock is {@code rule},
 * {@code recipient}, {@code kind}, {@code status}, {@code dueAt} (UTC, seconds), {@code dueLocal} (with the offset
 * of {@code zone}), {@code zone}, {@code citation}, and {@code reason} when it waits, does not apply or assumes
 * something. {@code dueAt} and {@code dueLocal} are absent while a clock waits or does not apply.
 */
public final class DeadlineJson {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private DeadlineJson() {
    }

    /** {@code 2026-03-30T12:00:00+02:00}: seconds always, the offset always numeric. */
    public static String local(ZonedDateTime time) {
        return LOCAL.format(time);
    }

    public static ObjectNode rule(DeadlineRule rule) {
        ObjectNode node = Json.object();
        node.put("id", rule.id());
        node.put("regime", rule.regime());
        node.set("jurisdictions", strings(rule.jurisdictions()));
        node.put("recipient", rule.recipient());
        node.put("kind", rule.kind().code());
        node.put("trigger", rule.trigger().code());
        node.set("clock", limits(rule.limits()));
        if (!rule.variants().isEmpty()) {
            ArrayNode variants = node.putArray("variants");
            for (RuleVariant variant : rule.variants()) {
                ObjectNode v = variants.addObject();
                v.set("when", conditions(variant.when()));
                v.set("clock", limits(variant.limits()));
                v.put("note", variant.note());
            }
        }
        node.set("appliesWhen", conditions(rule.appliesWhen()));
        node.put("zone", rule.zone().getId());
        node.put("zoneOfJurisdiction", rule.zoneOfJurisdiction());
        node.put("zoneOfOrganisation", rule.zoneOfOrganisation());
        node.put("holidays", rule.holidays());
        node.put("citation", rule.citation());
        node.put("note", rule.note());
        version(node, rule);
        return node;
    }

    /** Which version of its rule this is, and how far it was checked. */
    private static void version(ObjectNode node, DeadlineRule rule) {
        node.put("effectiveFrom", rule.effectiveFrom() == null ? null : rule.effectiveFrom().toString());
        node.put("effectiveUntil", rule.effectiveUntil() == null ? null : rule.effectiveUntil().toString());
        node.put("source", rule.source());
        node.put("checked", rule.checked().toString());
        node.put("verification", rule.verification().code());
    }

    public static ObjectNode clock(DeadlineClock clock) {
        DeadlineRule rule = clock.rule();
        ObjectNode node = Json.object();
        node.put("rule", rule.id());
        node.put("recipient", rule.recipient());
        node.put("kind", rule.kind().code());
        node.put("status", clock.status().code());
        if (clock.dueAt() != null) {
            node.put("dueAt", Json.instant(clock.dueAt()));
            node.put("dueLocal", local(clock.dueLocal()));
        }
        node.put("zone", clock.zone().getId());
        node.put("basis", Json.ENGLISH.render(clock.basis()));
        node.put("citation", rule.citation());
        version(node, rule);
        if (clock.reason() != null) {
            node.put("reason", Json.ENGLISH.render(clock.reason()));
        }
        if (clock.met() != null) {
            node.put("metAt", Json.instant(clock.met().at()));
            node.put("metLate", clock.metLate());
            if (clock.met().delayReason() != null) {
                node.put("delayReason", clock.met().delayReason());
            }
        }
        return node;
    }

    private static ArrayNode limits(List<TimeLimit> limits) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (TimeLimit limit : limits) {
            ObjectNode l = array.addObject();
            l.put("after", limit.event().code());
            l.put("amount", limit.amount());
            l.put("unit", limit.unit().code());
            l.put("countFrom", limit.from().code());
        }
        return array;
    }

    private static ObjectNode conditions(Conditions conditions) {
        ObjectNode node = Json.object();
        if (!conditions.allFlags().isEmpty()) {
            node.set("allFlags", strings(new TreeSet<>(conditions.allFlags())));
        }
        if (!conditions.anyFlags().isEmpty()) {
            node.set("anyFlags", strings(new TreeSet<>(conditions.anyFlags())));
        }
        if (!conditions.noneFlags().isEmpty()) {
            node.set("noneFlags", strings(new TreeSet<>(conditions.noneFlags())));
        }
        if (conditions.minSubjects() != null) {
            node.put("minSubjects", conditions.minSubjects());
        }
        if (conditions.maxSubjects() != null) {
            node.put("maxSubjects", conditions.maxSubjects());
        }
        return node;
    }

    private static ArrayNode strings(Collection<String> values) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
