package vn.dti.indicator.repository;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A framework version in force for some periods (by their first year), provinces and peer groups;
 * a null province or group means all of them.
 */
@Entity
@Table(name = "framework_activation")
public class FrameworkActivation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "framework_code", nullable = false)
    public String frameworkCode;

    @Column(nullable = false)
    public int version;

    @Column(name = "province_code")
    public String province;

    @Column(name = "unit_group")
    public String group;

    @Column(name = "from_year", nullable = false)
    public int fromYear;

    @Column(name = "to_year")
    public Integer toYear;

    /** Comma-separated period kinds this activation scores (names of {@code Period.Kind}). */
    @Column(name = "period_kinds", nullable = false)
    public String periodKinds = "YEAR";

    public boolean scores(String periodKind) {
        return Arrays.asList(periodKinds.split(",")).contains(periodKind);
    }

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** Those that cover the year, province and group; the caller picks the most specific. */
    public static List<FrameworkActivation> covering(int year, String province, String group) {
        return list("fromYear <= ?1 and (toYear is null or toYear >= ?1) and (province is null or province = ?2)"
                + " and (group is null or group = ?3)", year, province, group);
    }

    public static List<FrameworkActivation> of(String frameworkCode, int version) {
        return list("frameworkCode = ?1 and version = ?2 order by id", frameworkCode, version);
    }

    /** A province and a group each make an activation more specific; later ones win ties. */
    public int specificity() {
        return (province != null ? 2 : 0) + (group != null ? 1 : 0);
    }
}
