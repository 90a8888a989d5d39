package org.emodisparity.model.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.emodisparity.model.PipelineEvents.UploadCreated;
import org.junit.jupiter.api.Test;

class S3UploadNotificationsTest {
    private static final Instant T = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void anObjectCreatedNotificationBecomesOneUpload() {
        String json = S3UploadNotifications.objectCreated("eu-west-1", "uploads-bucket",
                "uploads/clinic-1/s-42/session video.mp4", 1234, "etag", T);
        assertTrue(json.contains("\"eventName\":\"ObjectCreated:Put\""), json);
        assertTrue(json.contains("session+video.mp4") || json.contains("session%20video.mp4"),
                "keys are URL-encoded as S3 does: " + json);
        assertEquals(List.of(new UploadCreated("uploads/clinic-1/s-42/session video.mp4", 1234)),
                S3UploadNotifications.uploads(json));
    }

    @Test
    void theShapeS3SendsIsRead() {
        // as documented for event version 2.1, trimmed
        String json = """
                {"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"us-east-1",
                "eventTime":"2026-11-29T10:00:00.000Z","eventName":"ObjectCreated:CompleteMultipartUpload",
                "userIdentity":{"principalId":"AWS:AIDAEXAMPLE"},"requestParameters":{"sourceIPAddress":"10.0.0.1"},
                "responseElements":{"x-amz-request-id":"C3D13FE58DE4C810","x-amz-id-2":"FMyUVURIY8"},
                "s3":{"s3SchemaVersion":"1.0","configurationId":"uploads","bucket":{"name":"b",
                "ownerIdentity":{"principalId":"A3NL1KOZZKExample"},"arn":"arn:aws:s3:::b"},
                "object":{"key":"uploads/c1/s1/video.mp4","size":1048576,"eTag":"d41d8cd98f00b204e9800998ecf8427e",
                "sequencer":"0055AED6DCD90281E5"}}}]}""";
        assertEquals(List.of(new UploadCreated("uploads/c1/s1/video.mp4", 1048576)), S3UploadNotifications.uploads(json));
    }

    @Test
    void testEventsDeletionsAndCraftedKeysAreNotUploads() {
        assertTrue(S3UploadNotifications.uploads("""
                {"Service":"Amazon S3","Event":"s3:TestEvent","Time":"2026-11-29T10:00:00.000Z","Bucket":"b"}""")
                .isEmpty());
        for (String key : List.of("uploads/c1/../c2/video.mp4", "uploads/c1/s1/sub/video.mp4", "reports/c1/s1/x.mp4",
                "uploads/c1/s1/.video.mp4.part", "uploads/c1/s1/", "uploads/../../etc/passwd", "uploads/c%2F1/s1/v.mp4")) {
            assertTrue(S3UploadNotifications.uploads(S3UploadNotifications.objectCreated("r", "b", key, 1, "e", T))
                    .isEmpty(), key);
        }
        String deleted = S3UploadNotifications.objectCreated("r", "b", "uploads/c1/s1/v.mp4", 1, "e", T)
                .replace("ObjectCreated:Put", "ObjectRemoved:Delete");
        assertTrue(S3UploadNotifications.uploads(deleted).isEmpty());
    }

    @Test
    void aBodyThatIsNotANotificationIsMalformed() {
        assertThrows(MalformedEventException.class, () -> S3UploadNotifications.uploads("{oops"));
        assertThrows(MalformedEventException.class, () -> S3UploadNotifications.uploads("{}"));
        assertThrows(MalformedEventException.class,
                () -> PipelineEventCodec.PART_DONE.decode("{\"schemaVersion\":1,\"stage\":\"nope\"}"));
    }

    @Test
    void eventsWithCraftedIdsOrKeysAreMalformed() {
        assertThrows(MalformedEventException.class, () -> PipelineEventCodec.PART_DONE.decode(
                "{\"schemaVersion\":1,\"clinicId\":\"..\",\"sessionId\":\"s1\",\"stage\":\"FACE\",\"partKey\":\"x\"}"));
        assertThrows(MalformedEventException.class, () -> PipelineEventCodec.SESSION_SEGMENTED.decode(
                "{\"schemaVersion\":1,\"clinicId\":\"c1\",\"sessionId\":\"a/b\"}"));
        assertThrows(MalformedEventException.class, () -> PipelineEventCodec.UPLOAD_CREATED.decode(
                "{\"schemaVersion\":1,\"key\":\"uploads/c1/../c2/v.mp4\",\"sizeBytes\":1}"));
        var ok = new org.emodisparity.model.PipelineEvents.PartDone(new org.emodisparity.model.SessionRef("c1", "s1"),
                org.emodisparity.model.Stage.FACE, "work/c1/s1/parts/face.json");
        assertEquals(List.of(ok), PipelineEventCodec.PART_DONE.decode(PipelineEventCodec.json(ok)));
    }
}
