package vn.dti.platform.rest;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** The list envelope of the API contract: {@code {"items", "page", "size", "total"}}. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public static <E, T> PageResponse<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> view) {
        List<T> items = query.page(request.page(), request.size()).list().stream().map(view).toList();
        return new PageResponse<>(items, request.page(), request.size(), query.count());
    }

    public static <T> PageResponse<T> empty(PageRequest request) {
        return new PageResponse<>(List.of(), request.page(), request.size(), 0);
    }
}
