package org.emodisparity.model.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.inject.Produces;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every pipeline codec is a CDI bean under the name a channel's {@code event} option gives it, and only those. */
class PipelineEventCodecsTest {

    @Test
    void eachCodecIsProducedUnderItsConfigurationName() throws Exception {
        PipelineEventCodecs producers = new PipelineEventCodecs();
        Map<String, Object> produced = new TreeMap<>();
        for (Method m : PipelineEventCodecs.class.getDeclaredMethods()) {
            if (m.isAnnotationPresent(Produces.class)) {
                m.setAccessible(true);
                produced.put(m.getAnnotation(Identifier.class).value(), m.invoke(producers));
            }
        }
        Map<String, Object> expected = new TreeMap<>();
        Arrays.stream(PipelineEventCodec.values()).forEach(c -> expected.put(
                c.name().toLowerCase(Locale.ROOT).replace('_', '-'), c));
        assertEquals(expected, produced);
        expected.keySet().forEach(name -> assertEquals(expected.get(name), PipelineEventCodec.named(name)));
    }
}
