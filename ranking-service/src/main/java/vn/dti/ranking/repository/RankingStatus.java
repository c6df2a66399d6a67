package vn.dti.ranking.repository;

/** Trạng thái bảng xếp hạng / ranking state: a published ranking never changes. */
public enum RankingStatus {
    DRAFT, PUBLISHED, SUPERSEDED
}
