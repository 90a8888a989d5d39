package org.emodisparity.transcript.analysis;

import java.util.List;

/**
 * What the transcribe-sentiment stage found for a session.
 *
 * @param status ANALYSED (sentences with emotions), TRANSCRIPT_ONLY (sentences, but no text-emotion model), or
 *               UNAVAILABLE (no transcript: {@code message} says why)
 * @param origin where the transcript came from (null when unavailable)
 * @param language the transcript's language when known (see {@link Transcript#language()})
 * @param sentences the sentences in time order
 * @param windows one entry per window of the plan, in plan order (empty when unavailable)
 * @param modelIds catalog ids of every model used (ASR and text emotion)
 * @param warnings what was tried and failed on the way (e.g. an unparsable upload before falling back to Whisper)
 */
public record TranscriptEmotionResult(Status status, String message, TranscriptOrigin origin, String language,
        List<AnalysedSentence> sentences, List<WindowTextEmotion> windows, List<String> modelIds,
        List<String> warnings) {

    /**
     * UNREADABLE: an uploaded transcript could not be read and nothing took its place; UNSUPPORTED_LANGUAGE: the
     * transcript is not English (sentences are kept, without emotion).
     */
    public enum Status { ANALYSED, TRANSCRIPT_ONLY, UNAVAILABLE, UNREADABLE, UNSUPPORTED_LANGUAGE }

    public TranscriptEmotionResult {
        sentences = List.copyOf(sentences);
        windows = List.copyOf(windows);
        modelIds = List.copyOf(modelIds);
        warnings = List.copyOf(warnings);
    }

    static TranscriptEmotionResult unavailable(String reason, List<String> warnings) {
        return unavailable(Status.UNAVAILABLE, reason, warnings);
    }

    static TranscriptEmotionResult unavailable(Status status, String reason, List<String> warnings) {
        return new TranscriptEmotionResult(status, reason, null, null, List.of(), List.of(), List.of(),
                warnings);
    }
}
