package vn.dti.indicator.client;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/**
 * report-service's public REST API as this service reads it: with a client-credentials token of the
 * confidential Keycloak client {@code indicator-service} (realm role {@code service}).
 */
@RegisterRestClient(configKey = "report-service")
@OidcClientFilter
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
public interface ReportServiceApi {

    /**
     * One page of the latest accepted report version of each unit of a province in a period; with
     * {@code values} false the versions only.
     */
    @GET
    @Path("/accepted-versions")
    AcceptedVersionsPage acceptedVersions(@QueryParam("province") String province, @QueryParam("period") String period,
            @QueryParam("page") int page, @QueryParam("size") int size, @QueryParam("values") boolean values);

    /** Per period of the province: units with an accepted version and the digest of those versions. */
    @GET
    @Path("/accepted-digests")
    List<AcceptedDigest> acceptedDigests(@QueryParam("province") String province);

    record AcceptedDigest(String period, long units, String digest) {
    }

    /**
     * A page of accepted versions; each item is kept as report-service wrote it and read into a
     * report payload by reconciliation.
     */
    record AcceptedVersionsPage(List<ObjectNode> items, long total) {
    }
}
