package vn.dti.report.repository;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A peer group (nhóm xếp hạng) of a province, or a default one (province {@code *}), and the levels it holds. */
@Entity
@Table(name = "peer_group")
@IdClass(PeerGroup.Key.class)
public class PeerGroup extends PanacheEntityBase {

    public static final String DEFAULTS = "*";

    public record Key(String provinceCode, String code) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "province_code")
    public String provinceCode;

    @Id
    public String code;

    @Column(name = "name_vi", nullable = false)
    public String nameVi;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    /** Comma-separated {@link UnitLevel} names. */
    @Column(nullable = false)
    public String levels;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();

    public Set<UnitLevel> levelSet() {
        return Arrays.stream(levels.split(",")).map(String::strip).map(UnitLevel::valueOf).collect(Collectors.toSet());
    }

    public void levelSet(Set<UnitLevel> held) {
        levels = held.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
