package vn.dti.report.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data-element catalog the engine extracts: in the service it is read from the database (see
 * {@code ExtractionEngines}); the CSV resource {@code catalog/data-elements.csv} serves tests and tools.
 */
public final class Catalog {

    public static final String RESOURCE = "catalog/data-elements.csv";

    private final Map<String, CatalogElement> elements;

    private Catalog(Map<String, CatalogElement> elements) {
        this.elements = elements;
    }

    public static Catalog fromClasspath() {
        InputStream in = Catalog.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Catalog resource " + RESOURCE + " is missing from the classpath");
        }
        try (in) {
            return fromCsv(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** Reads {@code code,value_type,pillar,name_vi,name_en} with a header line; fields may be double-quoted. */
    public static Catalog fromCsv(InputStream csv) throws IOException {
        Map<String, CatalogElement> elements = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        String line = reader.readLine(); // header
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = splitCsvLine(line);
            if (f.size() < 5) {
                throw new IllegalArgumentException("Catalog line has fewer than 5 fields: " + line);
            }
            CatalogElement element = new CatalogElement(f.get(0).strip(), ValueType.valueOf(f.get(1).strip()),
                    f.get(2).strip(), f.get(3).strip(), f.get(4).strip());
            elements.put(element.code(), element);
        }
        return new Catalog(elements);
    }

    /** A catalog of the given elements, in order (e.g. read from the database). */
    public static Catalog of(Collection<CatalogElement> elements) {
        Map<String, CatalogElement> map = new LinkedHashMap<>();
        for (CatalogElement e : elements) {
            map.put(e.code(), e);
        }
        return new Catalog(map);
    }

    public Optional<CatalogElement> find(String code) {
        return Optional.ofNullable(elements.get(code));
    }

    public boolean contains(String code) {
        return elements.containsKey(code);
    }

    public Collection<CatalogElement> elements() {
        return elements.values();
    }

    static List<String> splitCsvLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
