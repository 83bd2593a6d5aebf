package org.trustcase.persistence.sqlite;

import java.time.Instant;
import org.jooq.impl.AbstractConverter;

/** Lets the generated jOOQ tables expose instant columns as {@link Instant}, stored as {@link UtcInstants} text. */
public final class UtcInstantConverter extends AbstractConverter<String, Instant> {
    private static final long serialVersionUID = 1L;

    public UtcInstantConverter() {
        super(String.class, Instant.class);
    }

    @Override
    public Instant from(String databaseObject) {
        return UtcInstants.parse(databaseObject);
    }

    @Override
    public String to(Instant userObject) {
        return UtcInstants.format(userObject);
    }
}
