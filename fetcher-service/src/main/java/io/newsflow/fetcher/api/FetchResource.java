package io.newsflow.fetcher.api;

import io.newsflow.fetcher.CrawlService;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code POST /api/fetch}: queue ad-hoc URLs. */
@Path("/api/fetch")
public class FetchResource {
    private static final int MAX_URLS = 1_000;

    private final CrawlService crawl;

    FetchResource(CrawlService crawl) {
        this.crawl = crawl;
    }

    /** A URL taken, with the id its page and article will carry. */
    public record Accepted(String url, String id) {
    }

    /** A URL refused, with the reason. */
    public record Rejected(String url, String error) {
    }

    /** The outcome for each URL of the request. */
    public record FetchResponse(List<Accepted> accepted, List<Rejected> rejected) {
    }

    /** Takes a JSON array of URLs; answers 202 with what was queued and what was refused. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response fetch(List<String> urls) {
        if (urls == null || urls.isEmpty() || urls.size() > MAX_URLS) {
            throw new BadRequestException("expected a JSON array of 1 to " + MAX_URLS + " URLs");
        }
        List<Accepted> accepted = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        for (String url : urls) {
            try {
                accepted.add(new Accepted(url, crawl.submit(url, "api", Duration.ZERO)));
            } catch (IllegalArgumentException e) {
                rejected.add(new Rejected(url, e.getMessage()));
            }
        }
        crawl.flush();
        return Response.accepted(new FetchResponse(accepted, rejected)).build();
    }
}
