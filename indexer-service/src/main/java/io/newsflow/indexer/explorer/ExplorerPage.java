package io.newsflow.indexer.explorer;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Sends a visitor of the indexer's root to the Explorer, the static page in
 * {@code META-INF/resources/explorer/} that reads the search API from the same origin.
 */
@Path("/")
public class ExplorerPage {

    @GET
    @Operation(hidden = true)
    public Response root() {
        return Response.seeOther(URI.create("explorer/")).build();
    }
}
