package org.emodisparity.model.codec;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The pipeline's codecs as CDI beans, one per {@link PipelineEventCodec} under its configuration name, for a
 * connector that resolves a channel's {@code event} option to a {@link MessageCodec} (the SQS connector does).
 */
@ApplicationScoped
public class PipelineEventCodecs {

    @Produces
    @Identifier("upload-created")
    MessageCodec uploadCreated() {
        return PipelineEventCodec.UPLOAD_CREATED;
    }

    @Produces
    @Identifier("s3-object-created")
    MessageCodec s3ObjectCreated() {
        return PipelineEventCodec.S3_OBJECT_CREATED;
    }

    @Produces
    @Identifier("session-segmented")
    MessageCodec sessionSegmented() {
        return PipelineEventCodec.SESSION_SEGMENTED;
    }

    @Produces
    @Identifier("part-done")
    MessageCodec partDone() {
        return PipelineEventCodec.PART_DONE;
    }

    @Produces
    @Identifier("report-ready")
    MessageCodec reportReady() {
        return PipelineEventCodec.REPORT_READY;
    }
}
