package vn.dti.report.repository;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, UUID> {

    public PanacheQuery<Report> search(String unit, String period, ReportStatus status) {
        StringBuilder where = new StringBuilder("unitCode = :unit");
        Map<String, Object> params = new HashMap<>();
        params.put("unit", unit);
        if (period != null) {
            where.append(" and period = :period");
            params.put("period", period);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        return find(where.toString(), Sort.by("period").descending().and("version").descending(), params);
    }
}
