package io.newsflow.indexer.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.indexer.IndexerConfig;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

/**
 * Builds the Elasticsearch clients from {@code newsflow.indexer.elasticsearch-url}, the optional credentials (an
 * API key, or basic auth) and the optional CA file for TLS.
 */
public class ElasticsearchClients {

    @Produces
    @Singleton
    RestClient restClient(IndexerConfig config) {
        RestClientBuilder builder = RestClient.builder(HttpHost.create(config.elasticsearchUrl()));
        if (config.elasticsearchApiKey().isPresent()) {
            builder.setDefaultHeaders(new Header[] {
                    new BasicHeader("Authorization", "ApiKey " + config.elasticsearchApiKey().get())});
        }
        builder.setHttpClientConfigCallback(http -> {
            if (config.username().isPresent() && config.elasticsearchApiKey().isEmpty()) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                credentials.setCredentials(AuthScope.ANY,
                        new UsernamePasswordCredentials(config.username().get(), config.password().orElse("")));
                http.setDefaultCredentialsProvider(credentials);
            }
            config.caFile().ifPresent(file -> http.setSSLContext(TrustedCertificates.sslContext(file)));
            return http;
        });
        return builder.build();
    }

    @Produces
    @Singleton
    ElasticsearchClient client(RestClient restClient, ObjectMapper mapper) {
        return new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper(mapper)));
    }

    void close(@Disposes RestClient restClient) throws IOException {
        restClient.close();
    }
}
