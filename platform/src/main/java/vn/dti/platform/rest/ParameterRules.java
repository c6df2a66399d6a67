package vn.dti.platform.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import vn.dti.platform.problem.ProblemException;

/**
 * Strict reading of query and path parameters, before JAX-RS converts them: {@code ?size=abc},
 * {@code ?status=BOGUS} and {@code ?dryRun=yes} are 400 naming the parameter (not 404, not false),
 * and no parameter carries control characters.
 */
public final class ParameterRules {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,18}");

    private ParameterRules() {
    }

    /** The first parameter of {@code method} whose raw value breaks its type's rule, as a 400; null when all fit. */
    public static ProblemException firstViolation(Method method, UriInfo uri) {
        for (Parameter parameter : method.getParameters()) {
            Source source = sourceOf(parameter);
            if (source == null) {
                continue;
            }
            List<String> raw = source.query ? uri.getQueryParameters(true).get(source.name)
                    : uri.getPathParameters(true).get(source.name);
            if (raw == null) {
                continue;
            }
            for (String value : raw) {
                String rule = ruleBroken(parameter.getType(), value);
                if (rule != null) {
                    return ProblemException.malformed(source.name, rule);
                }
            }
        }
        return null;
    }

    /** Null when {@code value} reads as {@code type}, else the rule it breaks. */
    public static String ruleBroken(Class<?> type, String value) {
        String text = TextRules.problemOfParameter(value);
        if (text != null) {
            return text;
        }
        if (value.isEmpty() && type != String.class) {
            return "must not be empty";
        }
        if (type == Boolean.class || type == boolean.class) {
            return value.equals("true") || value.equals("false") ? null : "must be true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            if (!WHOLE.matcher(value).matches()) {
                return "must be a whole number";
            }
            long number = Long.parseLong(value);
            boolean fits = (type == Long.class || type == long.class)
                    || ((type == Integer.class || type == int.class) ? number == (int) number : number == (short) number);
            return fits ? null : "is out of range";
        }
        if (type.isEnum()) {
            boolean known = Arrays.stream(type.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(value));
            return known ? null : "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type == UUID.class) {
            return UUID_TEXT.matcher(value).matches() ? null : "must be a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6";
        }
        if (type == LocalDate.class) {
            try {
                LocalDate.parse(value);
                return null;
            } catch (RuntimeException e) {
                return "must be a date yyyy-MM-dd that exists";
            }
        }
        if (type == java.math.BigDecimal.class || type == Double.class || type == double.class) {
            try {
                java.math.BigDecimal number = new java.math.BigDecimal(value);
                return StoredNumbers.fits(number, 38, 10) ? null : "is out of range";
            } catch (NumberFormatException e) {
                return "must be a number";
            }
        }
        return null;
    }

    private record Source(String name, boolean query) {
    }

    private static Source sourceOf(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            if (annotation instanceof QueryParam q) {
                return new Source(q.value(), true);
            }
            if (annotation instanceof PathParam p) {
                return new Source(p.value(), false);
            }
            if (annotation instanceof RestQuery q) {
                return new Source(q.value().isEmpty() ? parameter.getName() : q.value(), true);
            }
            if (annotation instanceof RestPath p) {
                return new Source(p.value().isEmpty() ? parameter.getName() : p.value(), false);
            }
        }
        return null;
    }
}
