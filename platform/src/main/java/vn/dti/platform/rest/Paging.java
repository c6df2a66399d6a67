package vn.dti.platform.rest;

/** Paging limits of a service ({@code dti.<service>.paging.*}); each service's config mapping extends it. */
public interface Paging {
    int defaultSize();

    int maxSize();
}
