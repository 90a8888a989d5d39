package org.emodisparity.messaging.sqs;

import io.smallrye.reactive.messaging.annotations.ConnectorAttribute;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * One channel's options, read with the names, types and defaults that {@link SqsConnector} declares in its
 * {@link ConnectorAttribute}s: the one place they are written. It stands in for the
 * {@code SqsConnectorIncomingConfiguration}/{@code OutgoingConfiguration} classes that SmallRye's annotation
 * processor ({@code smallrye-connector-attribute-processor}) would generate from the same annotations; that
 * processor is not among the build's dependencies (the build is offline), so the declarations are read here at
 * run time ({@code ConnectorAttribute} is retained at run time) instead of at compile time.
 */
final class SqsConnectorOptions {
    /** The declared attributes by name. */
    static final Map<String, ConnectorAttribute> DECLARED = Arrays
            .stream(SqsConnector.class.getAnnotationsByType(ConnectorAttribute.class))
            .collect(Collectors.toUnmodifiableMap(ConnectorAttribute::name, Function.identity()));

    private final Config config;

    SqsConnectorOptions(Config config) {
        this.config = config;
    }

    /** The channel's name as SmallRye passes it ({@code channel-name}). */
    String channel() {
        return config.getOptionalValue("channel-name", String.class).orElse("?");
    }

    /** A string option as configured (blank included), else its declared default. */
    Optional<String> raw(String name) {
        return config.getOptionalValue(declared(name, "string").name(), String.class).or(() -> declaredDefault(name));
    }

    /** A string option: its configured value, else its declared default; empty when neither (or blank). */
    Optional<String> string(String name) {
        return config.getOptionalValue(declared(name, "string").name(), String.class)
                .or(() -> declaredDefault(name)).filter(s -> !s.isBlank());
    }

    /** An int option: its configured value, else its declared default (which every int option has). */
    int integer(String name) {
        return config.getOptionalValue(declared(name, "int").name(), Integer.class)
                .orElseGet(() -> Integer.parseInt(declaredDefault(name).orElseThrow(
                        () -> new IllegalStateException("int attribute " + name + " without a default"))));
    }

    /** The declared default of an attribute, if it has one. */
    static Optional<String> declaredDefault(String name) {
        String value = declared(name, null).defaultValue();
        return ConnectorAttribute.NO_VALUE.equals(value) ? Optional.empty() : Optional.of(value);
    }

    private static ConnectorAttribute declared(String name, String type) {
        ConnectorAttribute attribute = DECLARED.get(name);
        if (attribute == null || (type != null && !attribute.type().equals(type))) {
            throw new IllegalStateException("no " + (type == null ? "" : type + " ") + "connector attribute " + name);
        }
        return attribute;
    }
}
