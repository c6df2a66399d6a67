package vn.dti.platform.events;

import java.time.OffsetDateTime;

import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Deletes expired rows a batch per transaction, so a purge never holds one long transaction over a large table. */
final class BatchedDelete {

    private BatchedDelete() {
    }

    /**
     * @param sql a delete taking the cut-off ({@code ?1}) and the batch size ({@code ?2})
     * @return how many rows were deleted in all
     */
    static int run(EntityManager entityManager, String sql, OffsetDateTime before, int batchSize) {
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(sql)
                    .setParameter(1, before).setParameter(2, batchSize).executeUpdate());
            total += deleted;
        } while (deleted == batchSize);
        return total;
    }
}
