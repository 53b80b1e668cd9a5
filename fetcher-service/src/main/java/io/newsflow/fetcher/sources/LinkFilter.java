package io.newsflow.fetcher.sources;

import io.newsflow.fetcher.fetch.UrlNormaliser;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** A seed's allow and deny patterns over normalised URLs. */
final class LinkFilter {
    private final List<Pattern> allow;
    private final List<Pattern> deny;

    private LinkFilter(List<Pattern> allow, List<Pattern> deny) {
        this.allow = allow;
        this.deny = deny;
    }

    static LinkFilter of(Seed seed) {
        return new LinkFilter(seed.allow().stream().map(Pattern::compile).toList(),
                seed.deny().stream().map(Pattern::compile).toList());
    }

    /** The link normalised, when it is fetchable and the patterns let it through. */
    Optional<String> accept(String link) {
        String url;
        try {
            url = UrlNormaliser.normalise(link);
        } catch (IllegalArgumentException notFetchable) {
            return Optional.empty();
        }
        boolean allowed = allow.isEmpty() || allow.stream().anyMatch(p -> p.matcher(url).find());
        boolean denied = deny.stream().anyMatch(p -> p.matcher(url).find());
        return allowed && !denied ? Optional.of(url) : Optional.empty();
    }
}
