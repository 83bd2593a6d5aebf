package org.trustcase.model.severity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.trustcase.model.common.Coded;
import org.trustcase.model.common.ValidationException;

/**
 * The circumstances-of-breach (CB) levels of the ENISA method, read from
 * {@code circumstances.properties} beside this class: data, not code, because the per-level values
 * are not verified against ENISA's own table and a DPO must be able to review them.
 */
public final class CircumstanceTable {
    private static final String RESOURCE = "circumstances.properties";
    private static final CircumstanceTable STANDARD = load();

    /** The security properties whose loss CB scores. */
    public enum Dimension implements Coded {
        CONFIDENTIALITY, INTEGRITY, AVAILABILITY;

        @Override
        public String code() {
            return Coded.codeOf(this);
        }
    }

    /** One level: its value and what it means. */
    public record Level(BigDecimal value, String meaning) {
    }

    private final Map<Dimension, List<Level>> levels;
    private final Level malicious;
    private final boolean verified;
    private final String source;

    private CircumstanceTable(Map<Dimension, List<Level>> levels, Level malicious, boolean verified, String source) {
        this.levels = levels;
        this.malicious = malicious;
        this.verified = verified;
        this.source = source;
    }

    public static CircumstanceTable standard() {
        return STANDARD;
    }

    public List<Level> levels(Dimension dimension) {
        return levels.get(dimension);
    }

    /** The level with {@code value}, or a message naming {@code field} and the accepted values. */
    public Level level(Dimension dimension, BigDecimal value, String field) {
        return levels(dimension).stream().filter(l -> l.value().compareTo(value) == 0).findFirst()
                .orElseThrow(() -> new ValidationException(field, "severity.unknown-level", value, dimension.code(),
                        levels(dimension).stream().map(Level::value).toList()));
    }

    public Level malicious() {
        return malicious;
    }

    /** False while the values have not been checked against ENISA's table: screens must say so. */
    public boolean verified() {
        return verified;
    }

    public String source() {
        return source;
    }

    private static CircumstanceTable load() {
        Properties p = new Properties();
        try (InputStream in = CircumstanceTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        Map<Dimension, List<Level>> levels = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            List<Level> list = new ArrayList<>();
            for (String value : required(p, dimension.code() + ".levels").split(",")) {
                String v = value.strip();
                list.add(new Level(new BigDecimal(v), required(p, dimension.code() + "." + v)));
            }
            levels.put(dimension, List.copyOf(list));
        }
        Level malicious = new Level(new BigDecimal(required(p, "malicious.value")), required(p, "malicious.meaning"));
        return new CircumstanceTable(levels, malicious, Boolean.parseBoolean(required(p, "verified")),
                required(p, "source"));
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(RESOURCE + ": missing key '" + key + "'");
        }
        return value.strip();
    }
}
