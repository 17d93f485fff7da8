package io.clientlens.batch.profile;

import io.clientlens.importing.IsoDateText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

import java.time.LocalDate;

/**
 * Reads the plain {@code yyyy-MM-dd} dates of a profile document by hand and leaves everything
 * else to Jackson's own date reader, so that a bad date gets exactly the problem it got before.
 * A profile holds about twenty dates (birth dates, every fact group's collection date), and the
 * general date parser cost about a quarter of reading a profile.
 */
final class IsoDates extends ValueDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
                                                   ValueDeserializer<?> deserializer) {
        return bean.getBeanClass() == LocalDate.class ? new Reader(deserializer) : deserializer;
    }

    /** The date of {@code text} when it is exactly four, two and two digits joined by '-' and a real day; else null. */
    static LocalDate parse(String text) {
        return IsoDateText.date(text);
    }

    private static final class Reader extends DelegatingDeserializer {
        Reader(ValueDeserializer<?> standard) {
            super(standard);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> standard) {
            return new Reader(standard);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                LocalDate date = parse(parser.getString());
                if (date != null) {
                    return date;
                }
            }
            return super.deserialize(parser, context);
        }
    }
}
