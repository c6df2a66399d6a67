package vn.dti.indicator.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One immutable version of a framework; its tree is the JSON {@code document}. */
@Entity
@Table(name = "framework_version")
public class FrameworkVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "framework_code", nullable = false)
    public String frameworkCode;

    @Column(nullable = false)
    public int version;

    @Column(name = "total_points", nullable = false)
    public BigDecimal totalPoints;

    @Column(nullable = false)
    public String document;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FrameworkStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public static Optional<FrameworkVersion> find(String frameworkCode, int version) {
        return find("frameworkCode = ?1 and version = ?2", frameworkCode, version).firstResultOptional();
    }

    public static List<FrameworkVersion> of(String frameworkCode) {
        return list("frameworkCode = ?1 order by version", frameworkCode);
    }

    public static int nextVersion(String frameworkCode) {
        Integer last = getEntityManager()
                .createQuery("select max(v.version) from FrameworkVersion v where v.frameworkCode = ?1", Integer.class)
                .setParameter(1, frameworkCode).getSingleResult();
        return last == null ? 1 : last + 1;
    }
}
