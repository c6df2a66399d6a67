package vn.dti.platform.rest;

import vn.dti.platform.problem.ProblemException;

/** A validated {@code ?page=&size=} pair. */
public record PageRequest(int page, int size) {

    public static PageRequest of(Integer page, Integer size, Paging paging) {
        return of(page, size, paging.defaultSize(), paging.maxSize());
    }

    public static PageRequest of(Integer page, Integer size, int defaultSize, int maxSize) {
        int pageIndex = page == null ? 0 : page;
        int pageSize = size == null ? defaultSize : size;
        if (pageIndex < 0) {
            throw ProblemException.invalid("page", "must be 0 or more");
        }
        if (pageSize < 1 || pageSize > maxSize) {
            throw ProblemException.invalid("size", "must be between 1 and " + maxSize);
        }
        if ((long) pageIndex * pageSize > Integer.MAX_VALUE) {
            throw ProblemException.invalid("page", "is too large: page × size must stay below " + Integer.MAX_VALUE);
        }
        return new PageRequest(pageIndex, pageSize);
    }

    public int offset() {
        return page * size;
    }
}
