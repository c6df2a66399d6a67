package vn.dti.report.repository;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A cross-field rule: the sum of the left elements never exceeds the sum of the right ones. */
@Entity
@Table(name = "consistency_rule")
public class ConsistencyRule extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "left_codes", nullable = false)
    public String leftCodes;

    @Column(name = "right_codes", nullable = false)
    public String rightCodes;

    @Column(name = "message_vi", nullable = false)
    public String messageVi;

    @Column(name = "message_en", nullable = false)
    public String messageEn;

    public List<String> left() {
        return Arrays.asList(leftCodes.split(","));
    }

    public List<String> right() {
        return Arrays.asList(rightCodes.split(","));
    }
}
