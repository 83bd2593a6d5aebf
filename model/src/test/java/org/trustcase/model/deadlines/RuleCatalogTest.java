package org.trustcase.model.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.ValidationException;

class RuleCatalogTest {
    private static final RuleCatalog CATALOG = RuleCatalog.standard();

    private static List<Jurisdiction> in(String... codes) {
        return java.util.Arrays.stream(codes).map(Jurisdiction::new).toList();
    }

    @Test
    void readsTheShippedRulesWithTheirFields() {
        DeadlineRule rule = CATALOG.rule("gdpr-sa");
        assertThat(rule.id()).isEqualTo("GDPR-SA");
        assertThat(rule.kind()).isEqualTo(DeadlineKind.LEGAL);
        assertThat(rule.trigger()).isEqualTo(DeadlineEvent.AWARE);
        assertThat(rule.limits()).containsExactly(TimeLimit.after(DeadlineEvent.AWARE, 72, DurationUnit.HOURS));
        assertThat(rule.citation()).isEqualTo("GDPR Art. 33(1)");
        assertThat(CATALOG.rule("SEC-8K").holidays()).isEqualTo("US");
        assertThat(CATALOG.rule("DORA-INITIAL").limits()).hasSize(2);
        assertThat(CATALOG.rule("DORA-INITIAL").noteText()).hasValueSatisfying(n -> assertThat(n).contains("5(2)"));
        assertThat(CATALOG.rule("US-FL").variants()).singleElement()
                .satisfies(v -> assertThat(v.when().allFlags()).containsExactly("good-cause-extension"));
        assertThat(CATALOG.rule("GDPR-SA").verification()).isEqualTo(Verification.OFFICIAL_TEXT);
        assertThat(CATALOG.rule("GDPR-SA").source()).startsWith("https://eur-lex.europa.eu/");
        assertThat(CATALOG.version()).isNotBlank();
    }

    @Test
    void everyRuleHasACitationAndEveryTargetSaysItIsADefault() {
        for (DeadlineRule rule : CATALOG.allVersions()) {
            assertThat(rule.citation()).as(rule.id()).isNotBlank();
            if (rule.kind() == DeadlineKind.TARGET) {
                assertThat(rule.note()).as(rule.id()).contains("default target");
            }
        }
    }

    @Test
    void unknownRuleIdIsRefusedNamingIt() {
        assertThatThrownBy(() -> CATALOG.rule("GDPR-XX", "--rule"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("--rule: rules.unknown-rule(GDPR-XX)");
    }

    @Test
    void unknownFlagIsRefusedNamingIt() {
        assertThatThrownBy(() -> CATALOG.flag("nis-2", "--flag"))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("--flag: rules.unknown-flag(nis-2, [")
                .hasMessageContaining("nis2-entity");
    }

    @Test
    void jurisdictionCoverage() {
        DeadlineRule gdpr = CATALOG.rule("GDPR-SA");
        DeadlineRule nis2 = CATALOG.rule("NIS2-EARLY");
        DeadlineRule hipaa = CATALOG.rule("HIPAA-HHS");
        assertThat(CATALOG.covers(gdpr, new Jurisdiction("PL"))).isTrue();
        assertThat(CATALOG.covers(gdpr, new Jurisdiction("NO"))).isTrue();
        assertThat(CATALOG.covers(gdpr, new Jurisdiction("GB"))).isFalse();
        assertThat(CATALOG.covers(nis2, new Jurisdiction("NO"))).as("NIS2 here: EU member states only").isFalse();
        assertThat(CATALOG.covers(hipaa, new Jurisdiction("US"))).isTrue();
        assertThat(CATALOG.covers(hipaa, new Jurisdiction("US-TX"))).isTrue();
        assertThat(CATALOG.covers(hipaa, new Jurisdiction("PL"))).isFalse();
        assertThat(CATALOG.covers(CATALOG.rule("US-TX-AG"), new Jurisdiction("US-CA"))).isFalse();
        assertThat(CATALOG.forJurisdictions(in("GB"))).extracting(DeadlineRule::id).containsExactly("UK-ICO", "UK-PECR",
                "UK-PROCESSOR", "UK-DS", "UK-NIS-OES", "UK-NIS-RDSP");
        assertThat(CATALOG.forJurisdictions(in("US-TX"))).extracting(DeadlineRule::id).contains(
                "HIPAA-INDIVIDUALS", "HIPAA-MEDIA", "HIPAA-HHS", "SEC-8K", "US-TX-INDIVIDUALS", "US-TX-AG",
                "HIPAA-BUSINESS-ASSOCIATE", "FTC-SAFEGUARDS", "NYDFS-INCIDENT").doesNotContain("US-CA-RESIDENTS");
        assertThat(CATALOG.covers(CATALOG.rule("CA-PIPEDA"), new Jurisdiction("CA-QC"))).isTrue();
        assertThat(CATALOG.covers(CATALOG.rule("CA-QC-CAI"), new Jurisdiction("CA"))).isFalse();
    }

    @Test
    void daysAreCountedInTheFirstMatchingJurisdictionsZone() {
        DeadlineRule nis2Final = CATALOG.rule("NIS2-FINAL");
        assertThat(CATALOG.zoneFor(nis2Final, in("US-NY", "PT", "PL"))).isEqualTo(ZoneId.of("Europe/Lisbon"));
        assertThat(CATALOG.zoneFor(nis2Final, in())).isEqualTo(ZoneId.of("Europe/Brussels"));
        assertThat(CATALOG.zoneFor(CATALOG.rule("HIPAA-HHS"), in("US-CA"))).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(CATALOG.zoneFor(CATALOG.rule("US-TX-AG"), in("US-TX"))).isEqualTo(ZoneId.of("America/Chicago"));
    }

    private static final String VALID_RULE = """
            {"id": "X-1", "regime": "X", "jurisdictions": ["PL"], "recipient": "R", "kind": "legal",
             "clock": [{"after": "aware", "amount": 3, "unit": "hours"}], "zone": "Europe/Warsaw", "citation": "C",
             "source": "https://example.org/law", "checked": "2026-12-07", "verification": "secondary"}
            """;

    private static String file(String... rules) {
        return "{\"version\": \"t\", \"flags\": {\"high-risk\": \"d\"}, \"groups\": {}, \"zones\": {}, \"rules\": ["
                + String.join(",", rules) + "]}";
    }

    private static List<FieldError> errorsOf(String json) {
        try {
            RuleCatalog.parse(json);
        } catch (ValidationException e) {
            return e.errors();
        }
        throw new AssertionError("expected the file to be refused");
    }

    @Test
    void aMinimalFileIsAccepted() {
        assertThat(RuleCatalog.parse(file(VALID_RULE)).rule("X-1").zone()).isEqualTo(ZoneId.of("Europe/Warsaw"));
    }

    @Test
    void badFieldsAreRefusedNamingTheRuleAndTheField() {
        assertThat(errorsOf(file(VALID_RULE.replace("\"hours\"", "\"weeks\""))))
                .extracting(FieldError::field).containsExactly("rules[X-1].clock[0].unit");
        assertThat(errorsOf(file(VALID_RULE.replace("\"aware\"", "\"noticed\""))))
                .extracting(FieldError::field).containsExactly("rules[X-1].clock[0].after");
        assertThat(errorsOf(file(VALID_RULE.replace("Europe/Warsaw", "Europe/Gdansk"))))
                .singleElement().satisfies(e -> {
                    assertThat(e.field()).isEqualTo("rules[X-1].zone");
                    assertThat(e.problem()).isEqualTo(Problem.of("rules.unknown-zone", "Europe/Gdansk"));
                });
        assertThat(errorsOf(file(VALID_RULE.replace("\"legal\"", "\"binding\""))))
                .extracting(FieldError::field).containsExactly("rules[X-1].kind");
        assertThat(errorsOf(file(VALID_RULE.replace("\"amount\": 3", "\"amount\": 0"))))
                .extracting(FieldError::field).containsExactly("rules[X-1].clock[0].amount");
        assertThat(errorsOf(file(VALID_RULE.replace("[\"PL\"]", "[\"XX\"]"))))
                .extracting(FieldError::field).containsExactly("rules[X-1].jurisdictions");
        assertThat(errorsOf(file(VALID_RULE.replace("\"citation\": \"C\"", "\"citation\": \"\""))))
                .extracting(FieldError::field).containsExactly("rules[X-1].citation");
    }

    @Test
    void misspeltFieldsAndUndeclaredFlagsAreRefused() {
        assertThat(errorsOf(file(VALID_RULE.replace("\"citation\"", "\"appliesWhen\": {\"allFlag\": [\"high-risk\"]}, \"citation\""))))
                .extracting(FieldError::field).containsExactly("rules[X-1].appliesWhen.allFlag");
        assertThat(errorsOf(file(VALID_RULE.replace("\"citation\"", "\"appliesWhen\": {\"allFlags\": [\"hi-risk\"]}, \"citation\""))))
                .extracting(FieldError::field).containsExactly("rules[X-1].appliesWhen.allFlags");
    }

    @Test
    void businessDaysNeedAHolidayCalendarJollydayHas() {
        String business = VALID_RULE.replace("\"hours\"", "\"business-days\"");
        assertThat(errorsOf(file(business))).extracting(FieldError::field).containsExactly("rules[X-1].holidays");
        assertThat(errorsOf(file(business.replace("\"citation\"", "\"holidays\": \"CN\", \"citation\""))))
                .singleElement().satisfies(e -> assertThat(e.problem())
                        .isEqualTo(Problem.of("rules.holidays-unknown", "CN", "weekends-only")));
        assertThat(RuleCatalog.parse(file(business.replace("\"citation\"", "\"holidays\": \"weekends-only\", \"citation\"")))
                .rule("X-1").holidays()).isNull();
    }

    @Test
    void duplicateIdsAndEveryProblemAreReportedTogether() {
        List<FieldError> errors = errorsOf(file(VALID_RULE, VALID_RULE.replace("\"hours\"", "\"weeks\"")));
        assertThat(errors).extracting(FieldError::field)
                .containsExactlyInAnyOrder("rules[X-1].id", "rules[X-1].clock[0].unit");
    }

    @Test
    void missingFieldsWrongTypesAndUnknownFieldsAreRefusedByTheSchema() {
        assertThat(errorsOf(file(VALID_RULE.replace(", \"citation\": \"C\"", "")))).singleElement()
                .hasToString("rules[X-1].citation: validation.required");
        assertThat(errorsOf(file(VALID_RULE.replace("[\"PL\"]", "\"PL\"")))).singleElement()
                .hasToString("rules[X-1].jurisdictions: rules.type.array");
        assertThat(errorsOf(file(VALID_RULE.replace("\"unit\"", "\"units\"")))).extracting(FieldError::toString)
                .containsExactlyInAnyOrder("rules[X-1].clock[0].unit: validation.required",
                        "rules[X-1].clock[0].units: rules.unknown-field([after, amount, countFrom, endsAt, nonWorkingDayMovesTo, unit, yieldsTo])");
        assertThat(errorsOf(file(VALID_RULE).replace("\"version\"", "\"revision\": 2, \"version\"")))
                .extracting(FieldError::field).containsExactly("revision");
        assertThat(errorsOf(file(VALID_RULE.replace("\"hours\"", "\"weeks\"")))).singleElement().hasToString(
                "rules[X-1].clock[0].unit: validation.unknown-value(weeks, [hours, calendar-days, business-days, months])");
        assertThat(errorsOf(file(VALID_RULE.replace("\"X-1\"", "\"x 1\"")))).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("rules[x 1].id"))
                .satisfies(e -> assertThat(e.problem().code()).isEqualTo("rules.explained"))
                .satisfies(e -> assertThat(e.problem().arg(0)).isEqualTo(Problem.of("rules.does-not-fit", "x 1")))
                .satisfies(e -> assertThat((String) e.problem().arg(1)).contains("upper-case letters, digits and hyphens"));
        assertThat(errorsOf("[]")).singleElement().hasToString("rules file: rules.type.object");
    }

    @Test
    void variantsAndConditionsAreChecked() {
        String variant = VALID_RULE.replace("\"citation\"", "\"variants\": [{\"when\": WHEN, \"clock\": CLOCK}], \"citation\"");
        String hours = "[{\"after\": \"aware\", \"amount\": 1, \"unit\": \"hours\"}]";
        assertThat(errorsOf(file(variant.replace("WHEN", "{}").replace("CLOCK", hours))))
                .extracting(FieldError::field).containsExactly("rules[X-1].variants[0].when");
        assertThat(errorsOf(file(variant.replace("WHEN", "{\"minSubjects\": 5, \"maxSubjects\": 4}")
                .replace("CLOCK", hours)))).singleElement()
                .hasToString("rules[X-1].variants[0].when: rules.min-above-max(field(minSubjects), field(maxSubjects))");
        assertThat(errorsOf(file(variant.replace("WHEN", "{\"minSubjects\": 5}")
                .replace("CLOCK", hours.replace("}]", ", \"countFrom\": \"end-of-year\"}]"))))).singleElement()
                .hasToString("rules[X-1].variants[0].clock[0].countFrom: rules.hours-from-event");
        assertThat(errorsOf(file(variant.replace("WHEN", "{\"minSubjects\": 5}").replace("CLOCK", "[]"))))
                .extracting(FieldError::field).containsExactly("rules[X-1].variants[0].clock");
        assertThat(RuleCatalog.parse(file(variant.replace("WHEN", "{\"minSubjects\": 5}").replace("CLOCK", hours)))
                .rule("X-1").variants()).singleElement().satisfies(v -> {
                    assertThat(v.when().minSubjects()).isEqualTo(5L);
                    assertThat(v.limits()).containsExactly(TimeLimit.after(DeadlineEvent.AWARE, 1, DurationUnit.HOURS));
                });
    }

    @Test
    void countingInTheJurisdictionsZoneNeedsItInTheZonesTable() {
        String rule = VALID_RULE.replace("\"citation\"", "\"zoneOfJurisdiction\": true, \"citation\"");
        assertThat(errorsOf(file(rule))).singleElement()
                .hasToString("rules[X-1].zoneOfJurisdiction: rules.no-zone(PL)");
        RuleCatalog catalog = RuleCatalog.parse(file(rule).replace("\"zones\": {}", "\"zones\": {\"PL\": \"Europe/Warsaw\"}"));
        assertThat(catalog.rule("X-1").zoneOfJurisdiction()).isTrue();
    }

    @Test
    void problemsTheSchemaFindsAndProblemsOfOtherRulesAreReportedTogether() {
        String wrongType = VALID_RULE.replace("[\"PL\"]", "\"PL\"");
        String unknownFlag = VALID_RULE.replace("X-1", "X-2")
                .replace("\"citation\"", "\"appliesWhen\": {\"anyFlags\": [\"hi-risk\"]}, \"citation\"");
        assertThat(errorsOf(file(wrongType, unknownFlag))).extracting(FieldError::field)
                .containsExactly("rules[X-1].jurisdictions", "rules[X-2].appliesWhen.anyFlags");
    }

    @Test
    void notJsonIsRefusedWithTheLine() {
        assertThatThrownBy(() -> RuleCatalog.parse("{\n\"rules\": [,]}"))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("rules file: rules.invalid-json-at(").hasMessageEndingWith(", 2)");
    }
}
