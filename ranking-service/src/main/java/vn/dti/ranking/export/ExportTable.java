package vn.dti.ranking.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.dti.ranking.engine.GroupScore;
import vn.dti.ranking.service.RankingView;

/**
 * The table both exports write: one row per unit, Vietnamese and English headers, then one
 * index column per main index found in the ranking.
 */
public record ExportTable(RankingView ranking, List<String> groupCodes) {

    public enum Kind { INTEGER, TEXT, INDEX, POINTS }

    public record Column(String header, Kind kind) {
    }

    public static ExportTable of(RankingView ranking) {
        Set<String> codes = new LinkedHashSet<>();
        ranking.entries().forEach(entry -> {
            if (entry.groups() != null) {
                entry.groups().forEach(group -> codes.add(group.code()));
            }
        });
        return new ExportTable(ranking, List.copyOf(codes));
    }

    public List<Column> columns() {
        List<Column> columns = new ArrayList<>(List.of(
                new Column("Vị thứ / Rank", Kind.INTEGER),
                new Column("Trên tổng số / Of", Kind.INTEGER),
                new Column("Mã đơn vị / Unit code", Kind.TEXT),
                new Column("Tên đơn vị / Unit name", Kind.TEXT),
                new Column("Chỉ số DTI / DTI index", Kind.INDEX),
                new Column("Điểm / Points", Kind.POINTS),
                new Column("Vị thứ kỳ trước / Previous rank", Kind.INTEGER),
                new Column("Thay đổi / Movement", Kind.TEXT),
                new Column("Vị thứ tốt nhất (P5) / Best rank (P5)", Kind.INTEGER),
                new Column("Vị thứ kém nhất (P95) / Worst rank (P95)", Kind.INTEGER),
                new Column("Xếp loại / Grade", Kind.TEXT)));
        groupCodes.forEach(code -> columns.add(new Column("Chỉ số " + code + " / Index " + code, Kind.INDEX)));
        return columns;
    }

    /** Cell values in column order: Integer, String or BigDecimal; null for an empty cell. */
    public List<List<Object>> rows() {
        return ranking.entries().stream().map(this::row).toList();
    }

    private List<Object> row(RankingView.Entry entry) {
        List<Integer> interval = entry.rankInterval();
        List<Object> cells = new ArrayList<>(Arrays.asList(entry.rank(), entry.of(), entry.unitCode(),
                entry.unitName(), entry.index(), entry.points(), entry.previousRank(), entry.movementLabel(),
                interval == null ? null : interval.get(0), interval == null ? null : interval.get(1), entry.grade()));
        Map<String, GroupScore> groups = entry.groups() == null ? Map.of()
                : entry.groups().stream().collect(Collectors.toMap(GroupScore::code, g -> g, (a, b) -> a));
        groupCodes.forEach(code -> cells.add(groups.containsKey(code) ? groups.get(code).index() : null));
        return cells;
    }

    /** "xep-hang_BDI_so-ban-nganh_2023_r2": safe in a file name (a stage 2021/2025 becomes 2021-2025). */
    public String fileName(String extension) {
        String name = String.join("_", "xep-hang", ranking.province(), ranking.group(), ranking.period(),
                "r" + ranking.revision());
        return name.replaceAll("[^A-Za-z0-9._-]", "-") + "." + extension;
    }
}
