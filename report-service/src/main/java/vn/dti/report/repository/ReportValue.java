package vn.dti.report.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One value of one version of a report: a number (counts, percentages, money, levels) or a yes/no. */
@Entity
@Table(name = "report_value")
public class ReportValue extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Column(nullable = false)
    public int version;

    @Column(name = "element_code", nullable = false)
    public String element;

    @Column(name = "value_number")
    public BigDecimal number;

    @Column(name = "value_boolean")
    public Boolean bool;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ValueSource source;

    @Column(name = "evidence_id")
    public UUID evidenceId;

    public String quote;

    public BigDecimal confidence;

    /** The rule or lexicon entry that proposed an extracted value ("lexicon:doc.outgoing#0"). */
    @Column(name = "extraction_source")
    public String extractionSource;

    /** Proposed by the narrative import and not yet confirmed by the reporter. */
    @Column(nullable = false)
    public boolean proposed;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    /** The stored value of an element in a report version, or a new one to fill. */
    public static ReportValue existingOrNew(ReportValue current, UUID reportId, int version, String element) {
        ReportValue value = current != null ? current : new ReportValue();
        value.reportId = reportId;
        value.version = version;
        value.element = element;
        return value;
    }

    /** Sets the value (a number or a boolean), where it came from, who and when. */
    public void set(BigDecimal newNumber, Boolean newBool, ValueSource newSource, boolean isProposal, String actor) {
        number = newNumber;
        bool = newBool;
        source = newSource;
        proposed = isProposal;
        updatedAt = Instant.now();
        updatedBy = actor;
    }

    /** The value as JSON shows it: a number or a boolean. */
    public Object value() {
        return bool != null || number == null ? bool : plain(number);
    }

    /** Without trailing zeros and never in exponent notation: 737340000, 64.39. */
    public static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public ReportValue copyFor(int newVersion) {
        ReportValue copy = new ReportValue();
        copy.reportId = reportId;
        copy.version = newVersion;
        copy.element = element;
        copy.number = number;
        copy.bool = bool;
        copy.source = source;
        copy.evidenceId = evidenceId;
        copy.quote = quote;
        copy.confidence = confidence;
        copy.extractionSource = extractionSource;
        copy.proposed = proposed;
        copy.updatedAt = updatedAt;
        copy.updatedBy = updatedBy;
        return copy;
    }
}
