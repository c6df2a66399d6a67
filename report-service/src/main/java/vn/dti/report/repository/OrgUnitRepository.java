package vn.dti.report.repository;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class OrgUnitRepository implements PanacheRepositoryBase<OrgUnit, String> {

    public PanacheQuery<OrgUnit> search(String province, String group) {
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
        return find(where.toString(), Sort.by("provinceCode").and("level").and("code"), params);
    }
}
