package vn.dti.platform.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.dti.platform.security.Roles;

/**
 * The administrator's view of a service's dead letters: list them, read one, replay one or all
 * once the cause is fixed; administrators only. Each service exposes it under its own path (a
 * subclass with {@code @Path}).
 */
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public abstract class DeadLetterResource {

    private static final int MAX_LIMIT = 500;

    @Inject
    DeadLetters deadLetters;

    @Inject
    EventProcessor processor;

    public record ReplayOutcome(long id, boolean replayed, String reason) {
    }

    public record ReplaySummary(int replayed, int failed, List<ReplayOutcome> outcomes) {
    }

    @GET
    @Operation(summary = "Thư chết chưa xử lý / Dead-lettered events (open ones unless all=true)")
    public Response list(@QueryParam("all") @DefaultValue("false") boolean all,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            return problem(400, "Invalid query parameter", "limit must be between 1 and " + MAX_LIMIT, "limit");
        }
        return Response.ok(deadLetters.list(all, limit)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Một thư chết / One dead letter")
    public Response get(@PathParam("id") long id) {
        return deadLetters.find(id).map(letter -> Response.ok(letter).build())
                .orElseGet(() -> problem(404, "Not found", "No dead letter " + id, null));
    }

    @POST
    @Path("/{id}/replay")
    @Operation(summary = "Xử lý lại một thư chết / Replay one dead letter")
    public Response replay(@PathParam("id") long id) {
        var letter = deadLetters.find(id);
        if (letter.isEmpty()) {
            return problem(404, "Not found", "No dead letter " + id, null);
        }
        if (letter.get().replayedAt() != null) {
            return Response.ok(new ReplayOutcome(id, true, null)).build();
        }
        return processor.replay(letter.get())
                .map(reason -> problem(409, "Still failing", "Dead letter " + id + " failed again: " + reason, null))
                .orElseGet(() -> Response.ok(new ReplayOutcome(id, true, null)).build());
    }

    @POST
    @Path("/replay")
    @Operation(summary = "Xử lý lại mọi thư chết / Replay every open dead letter, oldest first")
    public ReplaySummary replayAll() {
        List<ReplayOutcome> outcomes = new ArrayList<>();
        for (DeadLetter letter : deadLetters.list(false, MAX_LIMIT)) {
            var failure = processor.replay(letter);
            outcomes.add(new ReplayOutcome(letter.id(), failure.isEmpty(), failure.orElse(null)));
        }
        int replayed = (int) outcomes.stream().filter(ReplayOutcome::replayed).count();
        return new ReplaySummary(replayed, outcomes.size() - replayed, outcomes);
    }

    private static Response problem(int status, String title, String detail, String field) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (field != null) {
            body.put("errors", List.of(Map.of("field", field, "message", detail)));
        }
        return Response.status(status).type("application/problem+json").entity(body).build();
    }
}
