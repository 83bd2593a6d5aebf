package org.trustcase.model.deadlines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToLongFunction;
import org.trustcase.model.cases.Jurisdiction;

/**
 * Throughput of {@link ClockEngine#compute} over 100,000 generated cases (varied jurisdictions, events, flags and
 * subject counts), against two baselines measured in the same run: touching every input without computing, and the
 * same engine over the hour-only rules (no day counting, no holidays). Run with {@code -Pbenchmark}; not a test.
 */
public final class ClockEngineBenchmark {
    private static final int CASES = 100_000;
    private static final int WARM_UP_ROUNDS = 5;
    private static final int MEASURED_ROUNDS = 10;
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final String[] JURISDICTIONS = {"PL", "DE", "FR", "IE", "NO", "EU", "GB", "US", "US-TX", "US-NY",
        "US-CA", "US-CO", "US-FL", "US-WA", "BR", "SG", "JP", "IN", "AU", "CA", "CH", "ZA", "CN"};

    private ClockEngineBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        ClockEngine full = ClockEngine.standard();
        ClockEngine hoursOnly = new ClockEngine(hourOnlyRules(), HolidayCalendars.shared());
        List<ClockInputs> cases = generate(full.catalog(), new Random(20260401L));

        ToLongFunction<ClockInputs> iterate = ClockEngineBenchmark::touch;
        ToLongFunction<ClockInputs> hours = c -> checksum(hoursOnly, c);
        ToLongFunction<ClockInputs> all = c -> checksum(full, c);

        long clocks = cases.stream().mapToLong(c -> full.compute(c, NOW).size()).sum();
        long hourClocks = cases.stream().mapToLong(c -> hoursOnly.compute(c, NOW).size()).sum();
        System.out.printf("cases: %,d; clocks: %,d (%.1f per case); hour-only clocks: %,d%n", CASES, clocks,
                (double) clocks / CASES, hourClocks);
        System.out.printf("JVM: %s %s, %d processors; %d warm-up rounds, median of %d%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), WARM_UP_ROUNDS, MEASURED_ROUNDS);

        double iterateNs = median(cases, iterate);
        double hoursNs = median(cases, hours);
        double fullNs = median(cases, all);

        System.out.printf("%-34s %10.1f ns/case%n", "baseline: touch every input", iterateNs);
        System.out.printf("%-34s %10.1f ns/case  %8.1f ns/clock%n", "baseline: hour-only rules", hoursNs,
                hoursNs * CASES / hourClocks);
        System.out.printf("%-34s %10.1f ns/case  %8.1f ns/clock  %,.0f cases/s  %,.0f clocks/s%n", "all rules",
                fullNs, fullNs * CASES / clocks, 1e9 / fullNs, 1e9 / fullNs * clocks / CASES);
        System.out.printf("100,000 cases: %.1f ms; ratio to touching the inputs: %.1fx; per clock, to hour-only"
                + " rules: %.2fx%n", fullNs * CASES / 1e6, fullNs / iterateNs,
                (fullNs / clocks) / (hoursNs / hourClocks));
    }

    /** Median nanoseconds per case over the measured rounds, after the warm-up rounds. */
    private static double median(List<ClockInputs> cases, ToLongFunction<ClockInputs> work) {
        long sink = 0;
        double[] rounds = new double[MEASURED_ROUNDS];
        for (int round = 0; round < WARM_UP_ROUNDS + MEASURED_ROUNDS; round++) {
            long start = System.nanoTime();
            for (ClockInputs inputs : cases) {
                sink += work.applyAsLong(inputs);
            }
            long elapsed = System.nanoTime() - start;
            if (round >= WARM_UP_ROUNDS) {
                rounds[round - WARM_UP_ROUNDS] = (double) elapsed / cases.size();
            }
        }
        if (sink == 42) {
            System.out.println("(checksum " + sink + ")");
        }
        Arrays.sort(rounds);
        return (rounds[MEASURED_ROUNDS / 2 - 1] + rounds[MEASURED_ROUNDS / 2]) / 2;
    }

    private static long touch(ClockInputs inputs) {
        long sum = inputs.jurisdictions().size() + inputs.flags().size() + (inputs.subjects() == null ? 0 : 1);
        for (Instant at : inputs.events().values()) {
            sum += at.getEpochSecond();
        }
        return sum;
    }

    private static long checksum(ClockEngine engine, ClockInputs inputs) {
        long sum = 0;
        for (DeadlineClock clock : engine.compute(inputs, NOW)) {
            sum += clock.dueAt() == null ? clock.status().ordinal() : clock.dueAt().getEpochSecond();
        }
        return sum;
    }

    private static List<ClockInputs> generate(RuleCatalog catalog, Random random) {
        List<String> flags = catalog.flags().stream().map(RuleFlag::code).toList();
        long from = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();
        long span = Instant.parse("2030-12-31T00:00:00Z").getEpochSecond() - from;
        List<ClockInputs> cases = new ArrayList<>(CASES);
        for (int i = 0; i < CASES; i++) {
            ClockInputs.Builder inputs = ClockInputs.builder();
            int jurisdictions = 1 + random.nextInt(3);
            for (int j = 0; j < jurisdictions; j++) {
                inputs.jurisdiction(new Jurisdiction(JURISDICTIONS[random.nextInt(JURISDICTIONS.length)]));
            }
            Instant detected = Instant.ofEpochSecond(from + (long) (random.nextDouble() * span));
            Map<DeadlineEvent, Instant> events = new EnumMap<>(DeadlineEvent.class);
            events.put(DeadlineEvent.DETECTED, detected);
            long hours = 0;
            for (DeadlineEvent event : DeadlineEvent.values()) {
                hours += random.nextInt(48);
                if (event != DeadlineEvent.DETECTED && random.nextInt(10) < 6) {
                    events.put(event, detected.plusSeconds(hours * 3600));
                }
            }
            events.forEach(inputs::event);
            for (String flag : flags) {
                if (random.nextInt(5) == 0) {
                    inputs.flag(flag);
                }
            }
            inputs.subjects(random.nextInt(4) == 0 ? null : (long) random.nextInt(2000));
            cases.add(inputs.build());
        }
        return cases;
    }

    /** The shipped rule file with only the rules whose every time limit counts hours. */
    private static RuleCatalog hourOnlyRules() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root;
        try (InputStream in = RuleCatalog.class.getResourceAsStream("rules.json")) {
            root = mapper.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        ArrayNode kept = mapper.createArrayNode();
        for (JsonNode rule : root.get("rules")) {
            boolean hours = true;
            for (JsonNode limit : rule.findValues("unit")) {
                hours &= limit.asText().equals("hours");
            }
            if (hours) {
                kept.add(rule);
            }
        }
        ((ObjectNode) root).set("rules", kept);
        return RuleCatalog.parse(mapper.writeValueAsString(root));
    }
}
