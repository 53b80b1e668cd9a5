package io.newsflow.contracts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The JSON form of the topic records: ISO-8601 instants, unknown fields ignored so that newer producers never break older consumers. */
public final class ContractJson {
    private ContractJson() {
    }

    /** A mapper configured for the contracts; callers may share it, it is thread-safe once configured. */
    public static ObjectMapper newMapper() {
        return configure(new ObjectMapper());
    }

    /** Applies the contract settings to an existing mapper (e.g. the one a framework provides). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
