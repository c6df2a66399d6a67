package vn.dti.report.repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class OrgUnitRepository implements PanacheRepositoryBase<OrgUnit, String> {

    /** Units filtered by province, peer group, a name or code fragment, and the day they exist on. */
    public PanacheQuery<OrgUnit> search(String province, String group, String text, LocalDate validOn) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (province != null) {
            where.append(" and provinceCode = :province");
            params.put("province", province);
        }
        if (group != null) {
            where.append(" and group = :group");
            params.put("group", group);
        }
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(name) like :text or lower(code) like :text)");
            params.put("text", "%" + text.strip().toLowerCase() + "%");
        }
        if (validOn != null) {
            where.append(" and validFrom <= :day and (validTo is null or validTo >= :day)");
            params.put("day", validOn);
        }
        return find(where.toString(), Sort.by("provinceCode").and("level").and("code"), params);
    }
}
