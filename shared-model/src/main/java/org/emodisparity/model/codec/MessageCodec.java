package org.emodisparity.model.codec;

import java.util.List;

/**
 * How a transport's message bodies become payloads and back: what a connector is given so that it can carry
 * the pipeline's messages without knowing the event types. A channel names its codec in configuration
 * ({@code mp.messaging.incoming.parts.event=part-done}); the connector looks up the CDI bean of this type with
 * that {@link io.smallrye.common.annotation.Identifier} ({@link PipelineEventCodecs} supplies the pipeline's).
 */
public interface MessageCodec {

    /**
     * @return the payloads in the body (empty: nothing for the pipeline, e.g. S3's test event)
     * @throws MalformedEventException when the body is not this channel's message: a poison message
     */
    List<Object> decode(String body);

    /** The body sent for a payload. */
    String encode(Object payload);
}
