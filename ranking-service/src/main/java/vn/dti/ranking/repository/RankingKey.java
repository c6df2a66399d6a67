package vn.dti.ranking.repository;

/** What one ranking ranks: a peer group of a province, for a period, framework version and stage. */
public record RankingKey(String province, String group, String period, String framework, String stage) {

    public RankingKey withPeriod(String otherPeriod) {
        return new RankingKey(province, group, otherPeriod, framework, stage);
    }
}
