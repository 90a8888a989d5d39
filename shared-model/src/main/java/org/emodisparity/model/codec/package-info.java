/**
 * The contract on the wire: how message bodies become the pipeline's events, for any transport.
 * <ul>
 * <li>{@link org.emodisparity.model.codec.MessageCodec}: bodies ↔ payloads; what a connector is given.
 * <li>{@link org.emodisparity.model.codec.PipelineEventCodec}: the events' JSON ({@code Contract.json()}), ids and
 *     keys checked before any key is built; {@code s3-object-created} reads S3's notifications.
 * <li>{@link org.emodisparity.model.codec.PipelineEventCodecs}: the codecs as CDI beans, by
 *     {@code @Identifier} (the names a channel's {@code event} option takes).
 * <li>{@link org.emodisparity.model.codec.S3UploadNotifications}: S3 event notifications of the uploads prefix
 *     (read and written with the SDK's model).
 * <li>{@link org.emodisparity.model.codec.MalformedEventException}: a body that is not the channel's event (poison).
 * </ul>
 */
package org.emodisparity.model.codec;
