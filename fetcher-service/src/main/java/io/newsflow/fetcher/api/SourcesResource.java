package io.newsflow.fetcher.api;

import io.newsflow.fetcher.sources.Source;
import io.newsflow.fetcher.sources.SourceBook;
import io.newsflow.fetcher.sources.SourcesCrawler;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/sources}: the sources being polled (from the sources file and added here), adding one, removing one.
 * Sources added here are polled at once and then every re-poll interval; they last until the service restarts
 * (lasting sources belong in the sources file, which is read again when it changes).
 */
@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourcesResource {
    private final SourcesCrawler sources;

    SourcesResource(SourcesCrawler sources) {
        this.sources = sources;
    }

    @GET
    public List<SourceBook.Entry> list() {
        return sources.book().entries();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(Source source) {
        if (source == null) {
            return error(Response.Status.BAD_REQUEST, "a source is required: {\"name\": …, \"seeds\": [{\"kind\": …, \"url\": …}]}");
        }
        try {
            return Response.status(Response.Status.CREATED).entity(sources.book().add(source, Instant.now())).build();
        } catch (IllegalArgumentException e) {
            return error(Response.Status.BAD_REQUEST, e.getMessage());
        } catch (IllegalStateException e) {
            return error(Response.Status.CONFLICT, e.getMessage());
        }
    }

    @DELETE
    @Path("/{name}")
    public Response remove(@PathParam("name") String name) {
        return sources.book().remove(name) ? Response.noContent().build()
                : error(Response.Status.NOT_FOUND, "no source named " + name);
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("error", message)).build();
    }
}
