package org.emodisparity.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Version and JSON form of the pipeline contract. Every event, result and status record carries
 * {@code schemaVersion}; a reader refuses a newer major version instead of misreading it.
 */
public final class Contract {
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // additive changes stay compatible
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private Contract() {
    }

    public static ObjectMapper json() {
        return MAPPER;
    }

    public static byte[] toJson(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T fromJson(byte[] json, Class<T> type) {
        try {
            T value = MAPPER.readValue(json, type);
            int version = MAPPER.readTree(json).path("schemaVersion").asInt(SCHEMA_VERSION);
            if (version > SCHEMA_VERSION) {
                throw new IllegalArgumentException(type.getSimpleName() + " has schemaVersion " + version
                        + ", this build reads up to " + SCHEMA_VERSION);
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
