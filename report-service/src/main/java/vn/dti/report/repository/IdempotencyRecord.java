package vn.dti.report.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The first answer to a request carrying an Idempotency-Key, replayed to its retries. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String actor;

    @Column(name = "idem_key", nullable = false)
    public String key;

    /** Hash of method, path and body: the same key with another request is refused. */
    @Column(nullable = false)
    public String fingerprint;

    @Column(nullable = false)
    public int status;

    @Column(nullable = false)
    public String body;

    public String location;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
