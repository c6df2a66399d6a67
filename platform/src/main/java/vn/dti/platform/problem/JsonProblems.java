package vn.dti.platform.problem;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/** A 400 problem for a body Jackson could not read, naming the JSON path and the rule, never a Java class. */
final class JsonProblems {

    private JsonProblems() {
    }

    static Problem of(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return malformed("(body)", "exceeds the parser's limits (nesting depth, number or text length)");
        }
        JsonParseException duplicate = duplicateKey(e);
        if (duplicate != null) {
            return malformed(duplicatePath(e, duplicate), "appears twice in the same object");
        }
        if (e instanceof JsonParseException) {
            return malformed("(body)", "is not well-formed JSON" + location(e));
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return malformed("(body)", "cannot be read as JSON" + location(e));
        }
        String field = pathOf(mapping);
        if (mapping.getCause() instanceof StreamConstraintsException) {
            return malformed(field, "exceeds the parser's limits (nesting depth, number or text length)");
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return malformed(field, "unknown field '" + unknown.getPropertyName() + "'");
        }
        if (e instanceof InvalidFormatException format) {
            return malformed(field, "'" + shorten(String.valueOf(format.getValue())) + "' is not " + describe(format.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch) {
            if (mismatch.getTargetType() == null && e.getOriginalMessage() != null
                    && e.getOriginalMessage().startsWith("Trailing token")) {
                return malformed("(body)", "has content after the JSON value");
            }
            String rule = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Text rule:")
                    ? e.getOriginalMessage().substring("Text rule:".length()).strip()
                    : "must be " + describe(mismatch.getTargetType());
            return malformed(field, rule);
        }
        if (e instanceof ValueInstantiationException) {
            return malformed(field, "is missing or has a value that is not allowed");
        }
        return malformed(field, "cannot be read");
    }

    private static Problem malformed(String field, String message) {
        return Problem.of(ProblemType.MALFORMED, (field.equals("(body)") ? "The body " : field + " ") + message)
                .withErrors(List.of(new Problem.FieldError(field, message)));
    }

    private static JsonParseException duplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException parse && parse.getOriginalMessage() != null
                    && parse.getOriginalMessage().startsWith("Duplicate field")) {
                return parse;
            }
        }
        return null;
    }

    /** The JSON path of a key met twice ("sections[0].title"): where the reader was, then the key. */
    static String duplicatePath(JsonProcessingException e, JsonParseException duplicate) {
        Matcher key = Pattern.compile("Duplicate field '(.*)'").matcher(duplicate.getOriginalMessage());
        String name = key.find() ? key.group(1) : "";
        String path = e instanceof JsonMappingException mapping ? pathOf(mapping).replace("(body)", "") : "";
        if (path.isEmpty() && duplicate.getProcessor() != null) {
            path = duplicate.getProcessor().getParsingContext().pathAsPointer().toString()
                    .replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.').replaceFirst("^\\.", "");
        }
        if (!name.isEmpty() && !path.endsWith(name)) {
            path = path.isEmpty() ? name : path + "." + name;
        }
        return path.isEmpty() ? "(body)" : path;
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(body)" : path.toString();
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "of the expected JSON type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a JSON array";
        }
        return switch (type.getSimpleName()) {
            case "String" -> "a JSON string";
            case "Integer", "int", "Long", "long", "Short", "short" -> "a whole number";
            case "BigDecimal", "Double", "double", "Float", "float", "Number" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            case "UUID" -> "a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6";
            case "LocalDate" -> "a date yyyy-MM-dd that exists";
            case "OffsetDateTime", "Instant", "ZonedDateTime" -> "a date-time such as 2024-06-03T08:00:00Z";
            case "Map", "JsonNode", "ObjectNode" -> "a JSON object";
            default -> "a JSON object of the expected shape";
        };
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String shorten(String value) {
        String printable = value.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }
}
