package org.emodisparity.model.codec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.PipelineEvents.UploadCreated;
import software.amazon.awssdk.eventnotifications.s3.model.S3;
import software.amazon.awssdk.eventnotifications.s3.model.S3Bucket;
import software.amazon.awssdk.eventnotifications.s3.model.S3EventNotification;
import software.amazon.awssdk.eventnotifications.s3.model.S3EventNotificationRecord;
import software.amazon.awssdk.eventnotifications.s3.model.S3Object;
import software.amazon.awssdk.eventnotifications.s3.model.UserIdentity;

/**
 * The S3 event notifications of the uploads prefix, read and written with the AWS SDK's own model
 * ({@code s3-event-notifications}), so the local notifier and the cloud send the same JSON.
 *
 * <p>Only {@code ObjectCreated:*} records of keys that {@link ObjectKeys#parseUpload} accepts become uploads
 * (a transcript beside the video is one too; the segmenter knows to leave it to transcribe-sentiment):
 * S3's test event, deletions, folder markers, partial or hidden files and crafted keys ({@code ..}, other
 * areas, unsafe ids) are dropped here, before any function reads a byte.
 */
public final class S3UploadNotifications {
    private static final String TEST_EVENT = "s3:TestEvent";

    private S3UploadNotifications() {
    }

    /**
     * @throws MalformedEventException when the body is not an S3 event notification
     */
    public static List<UploadCreated> uploads(String body) {
        if (body != null && body.contains(TEST_EVENT) && !body.contains("\"Records\"")) {
            return List.of(); // sent once when a notification configuration is saved
        }
        S3EventNotification notification;
        try {
            notification = S3EventNotification.fromJson(body);
        } catch (RuntimeException e) {
            throw new MalformedEventException("not an S3 event notification: "
                    + e.getClass().getSimpleName());
        }
        if (notification.getRecords() == null) {
            throw new MalformedEventException("S3 event notification without Records");
        }
        List<UploadCreated> uploads = new ArrayList<>();
        for (S3EventNotificationRecord record : notification.getRecords()) {
            if (record == null || record.getEventName() == null || !record.getEventName().startsWith("ObjectCreated:")
                    || record.getS3() == null || record.getS3().getObject() == null) {
                continue;
            }
            S3Object object = record.getS3().getObject();
            String key = object.getUrlDecodedKey(); // S3 URL-encodes keys in notifications
            ObjectKeys.parseUpload(key).ifPresent(parsed -> uploads.add(new UploadCreated(key,
                            object.getSizeAsLong() == null ? -1 : object.getSizeAsLong())));
        }
        return uploads;
    }

    /** The notification S3 sends for one created object (used by the local notifier for S3-compatible servers). */
    public static String objectCreated(String region, String bucket, String key, long size, String eTag,
                                       Instant time) {
        String encodedKey = java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8)
                .replace("%2F", "/");
        S3EventNotificationRecord record = new S3EventNotificationRecord();
        record.setAwsRegion(region);
        record.setEventName("ObjectCreated:Put");
        record.setEventSource("aws:s3");
        record.setEventVersion("2.1");
        record.setEventTime(time);
        record.setUserIdentity(new UserIdentity("local"));
        record.setS3(new S3("emodisparity-uploads",
                new S3Bucket(bucket, new UserIdentity("local"), "arn:aws:s3:::" + bucket),
                new S3Object(encodedKey, size, eTag, null, Long.toHexString(time.toEpochMilli())), "1.0"));
        return new S3EventNotification(List.of(record)).toJson();
    }
}
