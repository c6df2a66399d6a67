package vn.dti.ranking.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The ranking of one peer group of a province for one period, in one revision. */
@Entity
@Table(name = "ranking")
public class Ranking extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "province_code", nullable = false)
    public String province;

    @Column(name = "unit_group", nullable = false)
    public String group;

    @Column(nullable = false)
    public String period;

    @Column(name = "framework_code", nullable = false)
    public String framework;

    @Column(nullable = false)
    public String stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RankingStatus status;

    @Column(nullable = false)
    public int revision;

    @Column(name = "decision_no")
    public String decisionNo;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** Người ký / who signed the decision, e.g. "Phó Chủ tịch UBND tỉnh Nguyễn Văn A". */
    public String signer;

    @Column(name = "published_by")
    public String publishedBy;

    /** The revision that replaced this one after a correction. */
    @Column(name = "superseded_by")
    public UUID supersededBy;

    /** The rules the ranking was computed with, for the record: precision, tie-breakers, intervals. */
    public String rules;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "ranking", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("rank, unitCode")
    public List<RankingEntry> entries = new ArrayList<>();

    public boolean isDraft() {
        return status == RankingStatus.DRAFT;
    }

    /** The draft's entries become {@code fresh}: an existing unit's row is updated, others added or removed. */
    public void replaceEntries(List<RankingEntry> fresh, Instant at) {
        requireDraft("recomputed");
        Map<String, RankingEntry> current = new HashMap<>();
        entries.forEach(entry -> current.put(entry.unitCode, entry));
        List<RankingEntry> next = new ArrayList<>(fresh.size());
        for (RankingEntry entry : fresh) {
            RankingEntry kept = current.remove(entry.unitCode);
            next.add(kept == null ? entry.placedIn(this) : kept.copyFrom(entry));
        }
        entries.clear();
        entries.addAll(next);
        updatedAt = at;
    }

    /** Freezes the draft as a published revision. */
    public void publish(String decisionNo, LocalDate decisionDate, String signer, String by, Instant at) {
        requireDraft("published");
        if (entries.isEmpty()) {
            throw new IllegalStateException("a ranking without any unit cannot be published");
        }
        this.status = RankingStatus.PUBLISHED;
        this.decisionNo = decisionNo;
        this.decisionDate = decisionDate;
        this.signer = signer;
        this.publishedBy = by;
        this.publishedAt = at;
        this.updatedAt = at;
    }

    /** A correction published as {@code correction} replaces this revision; both stay readable. */
    public void supersedeBy(Ranking correction) {
        if (status != RankingStatus.PUBLISHED) {
            throw new IllegalStateException("only the published revision in force can be superseded");
        }
        status = RankingStatus.SUPERSEDED;
        supersededBy = correction.id;
        updatedAt = correction.publishedAt;
    }

    private void requireDraft(String action) {
        if (!isDraft()) {
            throw new IllegalStateException("revision " + revision + " is " + status + " and cannot be " + action);
        }
    }
}
