package org.emodisparity.messaging.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.emodisparity.model.codec.MessageCodec;
import org.emodisparity.model.codec.PipelineEventCodec;
import org.junit.jupiter.api.Test;

/** A channel's options: the names and defaults the connector declares, and the codec its {@code event} names. */
class SqsChannelSettingsTest {

    private static Config config(Map<String, String> values) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(values, "test", 100)).build();
    }

    @Test
    void defaultsAreTheDeclaredOnes() {
        List<String> asked = new ArrayList<>();
        SqsChannelSettings s = SqsChannelSettings.from(config(Map.of("channel-name", "parts")), name -> {
            asked.add(name);
            return PipelineEventCodec.PART_DONE;
        });
        assertEquals(List.of("upload-created"), asked, "event defaults to upload-created");
        assertEquals(List.of("parts"), s.queues(), "queue defaults to the channel name");
        assertEquals(Optional.empty(), s.endpoint());
        assertEquals(Optional.empty(), s.region());
        assertEquals(1, s.maxInFlight());
        assertEquals(Duration.ofSeconds(120), s.visibility());
        assertEquals(Duration.ofSeconds(20), s.waitTime());
        assertEquals(Duration.ofSeconds(10), s.retryDelay());
        assertEquals(8, new SqsConnectorOptions(config(Map.of())).integer("sdk-threads"));
    }

    @Test
    void configuredValuesAndTheCodecTheEventNames() {
        MessageCodec codec = PipelineEventCodec.SESSION_SEGMENTED;
        SqsChannelSettings s = SqsChannelSettings.from(config(Map.of("channel-name", "segmented",
                "queue", " a, b ,c", "event", "session-segmented", "endpoint", "", "region", "eu-west-1",
                "max-in-flight", "2", "visibility-timeout-seconds", "30", "wait-time-seconds", "5",
                "retry-delay-seconds", "3")), name -> name.equals("session-segmented") ? codec : null);
        assertEquals(List.of("a", "b", "c"), s.queues());
        assertEquals(Optional.empty(), s.endpoint(), "a blank endpoint is none");
        assertEquals(Optional.of("eu-west-1"), s.region());
        assertSame(codec, s.codec());
        assertEquals(2, s.maxInFlight());
        assertEquals(Duration.ofSeconds(30), s.visibility());
        assertEquals(Duration.ofSeconds(5), s.waitTime());
        assertEquals(Duration.ofSeconds(3), s.retryDelay());
    }

    @Test
    void limitsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> SqsChannelSettings.from(config(Map.of("channel-name", "p",
                "max-in-flight", "11")), n -> PipelineEventCodec.PART_DONE));
        assertThrows(IllegalArgumentException.class, () -> SqsChannelSettings.from(config(Map.of("channel-name", "p",
                "wait-time-seconds", "21")), n -> PipelineEventCodec.PART_DONE));
        assertThrows(IllegalArgumentException.class, () -> SqsChannelSettings.from(config(Map.of("channel-name", "p",
                "queue", " , ")), n -> PipelineEventCodec.PART_DONE));
    }
}
