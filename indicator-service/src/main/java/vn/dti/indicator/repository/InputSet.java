package vn.dti.indicator.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

/** The values of one report version that a unit's score for a period and stage comes from. */
@Entity
@Table(name = "input_set")
public class InputSet extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(nullable = false)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stage stage;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Column(name = "report_version", nullable = false)
    public int reportVersion;

    @Column(name = "amendment_pending", nullable = false)
    public boolean amendmentPending;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    public static Optional<InputSet> find(String unitCode, String period, Stage stage) {
        return find("unitCode = ?1 and period = ?2 and stage = ?3", unitCode, period, stage).firstResultOptional();
    }

    public static List<InputSet> forPeriod(String period, Stage stage) {
        return list("period = ?1 and stage = ?2", period, stage);
    }
}
