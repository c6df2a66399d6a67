package vn.dti.platform.rest;

import java.io.IOException;
import java.math.BigDecimal;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Strict JSON in every service: nothing after the value, no number or boolean where a text is documented, no numbers for enums or floats for whole
 * numbers, no key twice in one object, every string NFC-normalised and free of control/bidi characters and lone surrogates,
 * no infinite or absurdly large numbers (1e400, 1e100000).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** No stored number in the suite needs more; the columns enforce their own, tighter, precision. */
    static final int MAX_WHOLE_DIGITS = 30;
    static final int MAX_FRACTION_DIGITS = 30;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // {"a":1,"a":2} reads differently in different parsers (first or last wins); refuse it instead.
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        SimpleModule module = new SimpleModule("dti-strict-json");
        module.addDeserializer(String.class, new CheckedString());
        module.addDeserializer(BigDecimal.class, new BoundedDecimal());
        module.addDeserializer(Double.class, new FiniteDouble(Double.class));
        module.addDeserializer(double.class, new FiniteDouble(double.class));
        mapper.registerModule(module);
    }

    static final class CheckedString extends JsonDeserializer<String> {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                // 2023 or true where a text is documented: a client that sends the wrong type is told, not silently read.
                throw MismatchedInputException.from(p, String.class, "must be a JSON string, not " + describe(p.currentToken()));
            }
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            String rule = TextRules.problemOf(value);
            if (rule != null) {
                throw MismatchedInputException.from(p, String.class, "Text rule: " + rule);
            }
            return TextRules.normalize(value);
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            default -> String.valueOf(token);
        };
    }

    static final class BoundedDecimal extends StdScalarDeserializer<BigDecimal> {
        BoundedDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal value = com.fasterxml.jackson.databind.deser.std.NumberDeserializers.BigDecimalDeserializer.instance
                    .deserialize(p, ctxt);
            checkBounds(p, value);
            return value;
        }
    }

    static final class FiniteDouble extends StdScalarDeserializer<Double> {
        FiniteDouble(Class<?> type) {
            super(type);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != null && p.currentToken().isNumeric()) {
                checkBounds(p, p.getDecimalValue());
                return p.getDecimalValue().doubleValue();
            }
            Double value = (Double) ctxt.handleUnexpectedToken(Double.class, p);
            return value;
        }
    }

    static void checkBounds(JsonParser p, BigDecimal value) throws MismatchedInputException {
        if (value != null && !StoredNumbers.fits(value, MAX_WHOLE_DIGITS + MAX_FRACTION_DIGITS, MAX_FRACTION_DIGITS)) {
            throw MismatchedInputException.from(p, BigDecimal.class,
                    "Text rule: is out of range (at most " + MAX_WHOLE_DIGITS + " digits before and "
                            + MAX_FRACTION_DIGITS + " after the decimal point)");
        }
    }
}
