package org.emodisparity.model.codec;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.emodisparity.model.Contract;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.PipelineEvents.SessionEvent;
import org.emodisparity.model.PipelineEvents.PartDone;
import org.emodisparity.model.PipelineEvents.ReportReady;
import org.emodisparity.model.PipelineEvents.SessionSegmented;
import org.emodisparity.model.PipelineEvents.UploadCreated;

/**
 * How a channel's message bodies map to the pipeline's events. A channel names its event in configuration
 * ({@code event=part-done}); bodies are the contract's JSON, except on the uploads queue, which receives what
 * S3 itself sends ({@code event=s3-object-created}). As CDI beans: {@link PipelineEventCodecs}.
 */
public enum PipelineEventCodec implements MessageCodec {
    UPLOAD_CREATED(UploadCreated.class),
    SESSION_SEGMENTED(SessionSegmented.class),
    PART_DONE(PartDone.class),
    REPORT_READY(ReportReady.class),
    /** S3 event notification JSON → zero or more {@link UploadCreated} (see {@link S3UploadNotifications}). */
    S3_OBJECT_CREATED(UploadCreated.class);

    private final Class<?> type;

    PipelineEventCodec(Class<?> type) {
        this.type = type;
    }

    /** {@code part-done} → PART_DONE. */
    public static PipelineEventCodec named(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown event '" + name + "'; one of " + List.of(values()).stream()
                    .map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
        }
    }

    /**
     * @return the events in the body (empty: nothing for the pipeline, e.g. S3's test event)
     * @throws MalformedEventException when the body is not this channel's event: a poison message
     */
    @Override
    public List<Object> decode(String body) {
        if (this == S3_OBJECT_CREATED) {
            return List.copyOf(S3UploadNotifications.uploads(body));
        }
        Object event;
        try {
            event = Contract.json().readValue(body, type);
        } catch (IOException | RuntimeException e) {
            throw new MalformedEventException("not a " + type.getSimpleName() + ": " + e.getClass().getSimpleName());
        }
        // ids become object-key segments: a crafted id ("../other-clinic") is refused here, before any key is built
        try {
            if (event instanceof SessionEvent e) {
                e.session();
            } else if (event instanceof UploadCreated e && ObjectKeys.parseUpload(e.key()).isEmpty()) {
                throw new IllegalArgumentException("not an upload key");
            }
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(type.getSimpleName() + " with an invalid id or key");
        }
        return List.of(event);
    }

    /** The body sent for a payload: a String as it is, a contract record as its JSON (the same for every event). */
    @Override
    public String encode(Object payload) {
        return json(payload);
    }

    /** The body sent for a payload: a String as it is, a contract record as its JSON. */
    public static String json(Object payload) {
        if (payload instanceof String s) {
            return s;
        }
        try {
            return Contract.json().writeValueAsString(payload);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot serialise " + payload.getClass().getSimpleName(), e);
        }
    }
}
