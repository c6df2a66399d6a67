package vn.dti.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * An answer made for a signed-in caller must not be kept by shared or browser caches; public reads
 * keep whatever caching their resource chose.
 */
public class NoStoreForCallers {

    @ServerResponseFilter
    public void noStore(ContainerRequestContext request, ContainerResponseContext response) {
        boolean signedIn = request.getHeaderString("Authorization") != null;
        if (signedIn && !response.getHeaders().containsKey("Cache-Control")) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
        }
    }
}
