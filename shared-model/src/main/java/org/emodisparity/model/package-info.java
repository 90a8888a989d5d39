/**
 * The contract between the functions: events ({@link org.emodisparity.model.PipelineEvents}), key layout
 * ({@link org.emodisparity.model.ObjectKeys}, including {@code recordingClaim} and {@code refusedUpload}), what an
 * upload is ({@link org.emodisparity.model.UploadKind}, {@link org.emodisparity.model.SessionUploads}), media facts
 * ({@link org.emodisparity.model.MediaInfo}: the audio stream analysed, how many there are and, with several, each
 * stream's name and use as an {@link org.emodisparity.model.MediaInfo.AudioTrack}), window plan, stage
 * status and its life cycle ({@link org.emodisparity.model.StageState}, {@link org.emodisparity.model.StageStatus},
 * {@link org.emodisparity.model.SessionStatusStore}), typed reasons ({@link org.emodisparity.model.ReasonCode}),
 * every stage's common frame ({@link org.emodisparity.model.StageRunner}: status life cycle, attempts, replay,
 * interruption, failures, plan loading, rounding; its modality layer {@link org.emodisparity.model.ModalityStageRunner})
 * and the process's
 * shutdown flag ({@link org.emodisparity.model.Shutdown}: an interrupted stage goes back to PENDING; running stages
 * are registered and the shutdown hook waits, bounded, for them to put their status back), the session's
 * options ({@link org.emodisparity.model.SessionOptions}: client speaker, number of speakers, client reference, date)
 * and HTML escaping ({@link org.emodisparity.model.Html}). Sub-packages: {@code captions} (transcript files),
 * {@code speakers} (who spoke when), {@code audio} (the one reader of the 16 kHz {@code audio.wav}), {@code codec} (message bodies ↔ events, S3 notifications), {@code course} (a client's course over sessions), {@code ops} (metrics),
 * {@code store} (object stores), {@code logging} (PHI redaction).
 */
package org.emodisparity.model;
