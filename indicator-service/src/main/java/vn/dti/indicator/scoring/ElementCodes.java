package vn.dti.indicator.scoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/** The data-element codes of the catalog CSV (first column, header skipped). */
public final class ElementCodes {

    public static final String CATALOG_RESOURCE = "catalog/data-elements.csv";

    private ElementCodes() {
    }

    public static Set<String> fromClasspath() {
        try (InputStream csv = ElementCodes.class.getClassLoader().getResourceAsStream(CATALOG_RESOURCE)) {
            if (csv == null) {
                throw new IllegalStateException(CATALOG_RESOURCE + " is not on the classpath");
            }
            return fromCsv(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> fromCsv(InputStream csv) throws IOException {
        Set<String> codes = new LinkedHashSet<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        reader.readLine();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isBlank()) {
                codes.add(line.substring(0, line.indexOf(',')).strip());
            }
        }
        return Set.copyOf(codes);
    }
}
