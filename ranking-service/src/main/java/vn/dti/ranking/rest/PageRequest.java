package vn.dti.ranking.rest;

import vn.dti.ranking.config.RankingConfig;

/** A validated {@code ?page=&size=} pair. */
public record PageRequest(int page, int size) {

    public static PageRequest of(Integer page, Integer size, RankingConfig.Paging paging) {
        int pageIndex = page == null ? 0 : page;
        int pageSize = size == null ? paging.defaultSize() : size;
        if (pageIndex < 0) {
            throw ProblemException.invalid("page", "must be 0 or more");
        }
        if (pageSize < 1 || pageSize > paging.maxSize()) {
            throw ProblemException.invalid("size", "must be between 1 and " + paging.maxSize());
        }
        return new PageRequest(pageIndex, pageSize);
    }
}
