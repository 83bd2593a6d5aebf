package org.trustcase.app.cli;

import java.time.Instant;
import org.trustcase.app.cli.json.Instants;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.common.ValidationException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option value converters; their messages become "Invalid value for option '--aware': …". */
final class Converters {
    private Converters() {
    }

    static final class InstantConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return Instants.parse(value, "value");
            } catch (ValidationException e) {
                throw new TypeConversionException(Cli.texts().render(e.errors().get(0).problem()));
            }
        }
    }

    static final class JurisdictionConverter implements ITypeConverter<Jurisdiction> {
        @Override
        public Jurisdiction convert(String value) {
            try {
                return Jurisdiction.parse(value, "value");
            } catch (ValidationException e) {
                throw new TypeConversionException(Cli.texts().render(e.errors().get(0).problem()));
            }
        }
    }
}
