package org.emodisparity.transcript.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.emodisparity.model.captions.CaptionParser;

/**
 * Finds the session's transcript, in this order: (1) a WebVTT/SRT transcript uploaded with the video; (2) Whisper
 * on the session's 16 kHz mono audio, when a recogniser is configured; (3) none, with the reason. An uploaded file
 * that cannot be parsed (or holds no text) is a warning and the next source is tried, so a broken export does not
 * lose a session that has audio.
 */
public final class TranscriptSources {
    public static final String NO_SOURCE = "unavailable: no transcript and no ASR model";
    public static final String NO_AUDIO = "unavailable: no transcript and no audio";

    private final SpeechRecognizer recognizer;

    /** @param recognizer the speech recogniser, or null when no ASR model is installed */
    public TranscriptSources(SpeechRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    /** The reason given when an uploaded transcript cannot be read and nothing else can take its place. */
    public static final String UNREADABLE = "unavailable: the uploaded transcript is unreadable: ";

    public TranscriptOutcome resolve(Optional<Path> uploadedTranscript, Optional<Path> wav16kMono) {
        List<String> warnings = new ArrayList<>();
        String unreadable = null;
        if (uploadedTranscript.isPresent()) {
            Path file = uploadedTranscript.get();
            try {
                CaptionParser.Captions captions = CaptionParser.read(file);
                Transcript t = new Transcript(captions.format() == CaptionParser.Format.WEBVTT
                        ? TranscriptOrigin.UPLOADED_WEBVTT : TranscriptOrigin.UPLOADED_SRT, null, captions.segments(),
                        List.of());
                if (captions.skippedCues() > 0) {
                    warnings.add(captions.skippedCues() + " malformed cue" + (captions.skippedCues() == 1 ? "" : "s")
                            + " of the uploaded transcript skipped: " + String.join("; ", captions.problems()));
                }
                if (!t.isEmpty()) {
                    return new TranscriptOutcome.Available(t, warnings);
                }
                unreadable = "it holds no text";
            } catch (IOException e) {
                unreadable = e.getMessage();
            }
            warnings.add("uploaded transcript is unusable: " + unreadable);
        }
        if (recognizer == null) {
            return unreadable != null ? new TranscriptOutcome.Unavailable(UNREADABLE + unreadable, warnings, true)
                    : new TranscriptOutcome.Unavailable(NO_SOURCE, warnings);
        }
        if (wav16kMono.isEmpty()) {
            return new TranscriptOutcome.Unavailable(NO_AUDIO, warnings);
        }
        try {
            return new TranscriptOutcome.Available(recognizer.transcribe(MonoAudio16k.readWav(wav16kMono.get())),
                    warnings);
        } catch (IOException | SpeechRecognitionException e) {
            return new TranscriptOutcome.Unavailable("unavailable: speech recognition failed: " + e.getMessage(),
                    warnings);
        }
    }
}
