package vn.dti.indicator.service;

import vn.dti.platform.period.Period;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dti.indicator.repository.FrameworkActivation;
import vn.dti.indicator.repository.FrameworkVersion;
import vn.dti.indicator.scoring.CompiledFramework;
import vn.dti.indicator.scoring.ElementCodes;
import vn.dti.indicator.scoring.FrameworkCompiler;
import vn.dti.indicator.scoring.FrameworkDocument;

/**
 * Compiled framework versions, parsed once per version and kept (versions never change), and
 * which version is in force for a province, peer group and period.
 */
@ApplicationScoped
public class FrameworkRegistry {

    /** The version scoring a unit, with its parsed formulas. */
    public record ActiveVersion(String frameworkCode, int version, CompiledFramework framework) {
    }

    private final Map<String, CompiledFramework> compiled = new ConcurrentHashMap<>();
    private final Set<String> elementCodes = ElementCodes.fromClasspath();

    @Inject
    ObjectMapper json;

    public Set<String> elementCodes() {
        return elementCodes;
    }

    public Optional<ActiveVersion> resolve(String province, String group, String period) {
        String kind = Period.parse(period).kind().name();
        return FrameworkActivation.covering(Period.firstYear(period), province, group).stream()
                .filter(activation -> activation.scores(kind))
                .max(Comparator.comparingInt(FrameworkActivation::specificity).thenComparingLong(a -> a.id))
                .flatMap(activation -> FrameworkVersion.find(activation.frameworkCode, activation.version))
                .map(version -> new ActiveVersion(version.frameworkCode, version.version, compiled(version)));
    }

    public CompiledFramework compiled(FrameworkVersion version) {
        return compiled.computeIfAbsent(version.frameworkCode + "@" + version.version,
                key -> FrameworkCompiler.compile(parse(version.document), elementCodes));
    }

    public FrameworkDocument parse(String document) {
        try {
            return json.readValue(document, FrameworkDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored framework document is not valid JSON", e);
        }
    }

    public String write(FrameworkDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A framework document cannot be written as JSON", e);
        }
    }
}
