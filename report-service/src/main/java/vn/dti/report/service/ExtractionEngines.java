package vn.dti.report.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.dti.report.extraction.Catalog;
import vn.dti.report.extraction.CatalogElement;
import vn.dti.report.extraction.ExtractionEngine;
import vn.dti.report.extraction.Lexicon;
import vn.dti.report.extraction.ValueType;
import vn.dti.report.repository.DataElement;

/**
 * The extraction engine for the catalog as it is in the database now: an element an administrator
 * adds is extracted from the next import on (by its lexicon entry, or by its own name). The engine
 * is rebuilt only when the catalog changed.
 */
@ApplicationScoped
public class ExtractionEngines {

    private record Built(String fingerprint, ExtractionEngine engine) {
    }

    private final AtomicReference<Built> built = new AtomicReference<>();
    private final Lexicon lexicon = Lexicon.fromClasspath();

    @Transactional
    public ExtractionEngine current() {
        List<CatalogElement> elements = activeElements();
        String fingerprint = fingerprint(elements);
        Built now = built.get();
        if (now == null || !now.fingerprint().equals(fingerprint)) {
            now = new Built(fingerprint, new ExtractionEngine(Catalog.of(elements), lexicon));
            built.set(now);
        }
        return now.engine();
    }

    private static List<CatalogElement> activeElements() {
        List<CatalogElement> out = new ArrayList<>();
        List<DataElement> rows = DataElement.listAll();
        rows.sort(Comparator.comparing(e -> e.code));
        for (DataElement e : rows) {
            if (e.retiredAt != null || e.valueType == vn.dti.report.repository.ValueType.DECIMAL) {
                continue;
            }
            out.add(new CatalogElement(e.code, ValueType.valueOf(e.valueType.name()), e.pillar, e.nameVi, e.nameEn));
        }
        return out;
    }

    private static String fingerprint(List<CatalogElement> elements) {
        StringBuilder s = new StringBuilder();
        for (CatalogElement e : elements) {
            s.append(e.code()).append('|').append(e.type()).append('|').append(e.nameVi()).append('\n');
        }
        return s.toString();
    }
}
