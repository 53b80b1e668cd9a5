package io.newsflow.indexer.admin;

import io.newsflow.indexer.index.Reindexer;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The operator's reindex command; requires the indexer's API key when one is configured. */
@Path("/api/admin/reindex")
@Produces(MediaType.APPLICATION_JSON)
public class ReindexResource {
    private final Reindexer reindexer;

    ReindexResource(Reindexer reindexer) {
        this.reindexer = reindexer;
    }

    @POST
    @Operation(summary = "Rebuild the articles and statements indices with the current mapping and swap the aliases",
            description = "Returns when the new indices serve reads and writes; 409 while another reindex runs.")
    public Response reindex() throws IOException {
        try {
            return Response.ok(reindexer.reindex()).build();
        } catch (IllegalStateException e) {
            return Response.status(Response.Status.CONFLICT).entity(Map.of("error", e.getMessage())).build();
        }
    }
}
