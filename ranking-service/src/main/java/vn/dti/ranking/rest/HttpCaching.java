package vn.dti.ranking.rest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Public answers carry a strong ETag made from their JSON, so a portal's cache revalidates with
 * If-None-Match and gets 304 without a body while nothing changed.
 */
@ApplicationScoped
public class HttpCaching {

    @Inject
    ObjectMapper json;

    public Response cacheable(Request request, Object body, Duration maxAge) {
        byte[] bytes = serialize(body);
        EntityTag etag = new EntityTag(digest(bytes));
        CacheControl cache = new CacheControl();
        cache.setMaxAge((int) maxAge.toSeconds());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.cacheControl(cache).tag(etag).build();
        }
        return Response.ok(bytes, jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE).tag(etag).cacheControl(cache)
                .build();
    }

    private byte[] serialize(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer cannot be written as JSON", e);
        }
    }

    private static String digest(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
