package vn.dti.report.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.quarkus.panache.common.Sort;
import vn.dti.report.repository.ConsistencyRule;
import vn.dti.report.repository.DataElement;
import vn.dti.report.repository.ValueType;
import vn.dti.platform.problem.ProblemException;

/** The data-element catalog: listed, extended by admins, retired but never deleted. */
@ApplicationScoped
public class Catalog {

    @Inject
    AuditTrail audit;

    public record ElementView(String code, ValueType valueType, String pillar, String nameVi, String nameEn,
            String measure, BigDecimal minValue, BigDecimal maxValue, boolean retired) {

        static ElementView of(DataElement element) {
            return new ElementView(element.code, element.valueType, element.pillar, element.nameVi, element.nameEn,
                    element.measure, element.minValue, element.maxValue, element.isRetired());
        }
    }

    public record NewElement(
            @NotBlank @Pattern(regexp = "[a-z]+\\.[a-z0-9_]{2,60}", message = "must look like dvc.online_full") String code,
            @NotNull ValueType valueType,
            @NotBlank @Size(max = 32) String pillar,
            @NotBlank @Size(max = 500) String nameVi,
            @NotBlank @Size(max = 500) String nameEn,
            @Size(max = 32) String measure,
            BigDecimal minValue,
            BigDecimal maxValue) {
    }

    public List<ElementView> list(boolean includeRetired) {
        return DataElement.<DataElement>listAll(Sort.by("code")).stream()
                .filter(element -> includeRetired || !element.isRetired())
                .map(ElementView::of).toList();
    }

    public Map<String, DataElement> elements() {
        return DataElement.<DataElement>listAll().stream().collect(Collectors.toMap(e -> e.code, Function.identity()));
    }

    public ValueValidator validator() {
        return new ValueValidator(elements(), ConsistencyRule.listAll());
    }

    @Transactional
    public ElementView add(NewElement request) {
        if (DataElement.findById(request.code()) != null) {
            throw ProblemException.conflict("Data element " + request.code() + " already exists");
        }
        if (request.minValue() != null && request.maxValue() != null && request.minValue().compareTo(request.maxValue()) > 0) {
            throw ProblemException.invalid("minValue", "must not exceed maxValue");
        }
        DataElement element = new DataElement();
        element.code = request.code();
        element.valueType = request.valueType();
        element.pillar = request.pillar();
        element.nameVi = request.nameVi();
        element.nameEn = request.nameEn();
        element.measure = request.measure();
        element.minValue = request.minValue() != null ? request.minValue() : defaultMin(request.valueType());
        element.maxValue = request.maxValue() != null ? request.maxValue() : defaultMax(request.valueType());
        element.persist();
        audit.action(AuditTrail.ELEMENT, element.code, "CREATED", null);
        return ElementView.of(element);
    }

    @Transactional
    public ElementView retire(String code) {
        DataElement element = DataElement.findById(code);
        if (element == null) {
            throw ProblemException.notFound("Data element " + code);
        }
        if (!element.isRetired()) {
            element.retiredAt = Instant.now();
            audit.action(AuditTrail.ELEMENT, code, "RETIRED", null);
        }
        return ElementView.of(element);
    }

    private static BigDecimal defaultMin(ValueType type) {
        return switch (type) {
            case COUNT, PERCENT, MONEY_VND -> BigDecimal.ZERO;
            case LEVEL -> BigDecimal.ONE;
            default -> null;
        };
    }

    private static BigDecimal defaultMax(ValueType type) {
        return switch (type) {
            case PERCENT -> BigDecimal.valueOf(100);
            case LEVEL -> BigDecimal.valueOf(5);
            default -> null;
        };
    }
}
