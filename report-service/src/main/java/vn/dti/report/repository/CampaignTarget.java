package vn.dti.report.repository;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A unit a campaign expects a report from. */
@Entity
@Table(name = "campaign_target")
public class CampaignTarget extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id", nullable = false)
    public UUID campaignId;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;
}
