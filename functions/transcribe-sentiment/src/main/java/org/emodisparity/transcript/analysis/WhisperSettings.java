package org.emodisparity.transcript.analysis;

/**
 * How Whisper runs.
 *
 * @param language ISO 639-1 code, or {@code "auto"} to let a multilingual model detect it (English-only models
 *                 always use English)
 * @param threads whisper.cpp compute threads
 * @param maxPassSeconds audio is handed to whisper.cpp in passes of at most this length (cut at the quietest
 *                       100 ms near the limit); whisper.cpp itself walks each pass in 30 s windows. Bounds the
 *                       native copy of the samples for long sessions.
 * @param temperatureFallback re-decode with rising temperature when a window's decode looks degenerate
 *                            (whisper.cpp's default); off is faster and deterministic
 */
public record WhisperSettings(String language, int threads, double maxPassSeconds, boolean temperatureFallback) {

    public WhisperSettings {
        if (language == null || language.isBlank()) {
            throw new IllegalArgumentException("language must be an ISO code or \"auto\"");
        }
        if (threads < 1 || !(maxPassSeconds >= 5)) {
            throw new IllegalArgumentException("threads >= 1 and maxPassSeconds >= 5 required");
        }
    }

    /** Auto language, 2 threads, 10-minute passes, whisper.cpp's temperature fallback. */
    public static WhisperSettings defaults() {
        return new WhisperSettings("auto", 2, 600, true);
    }

    public WhisperSettings withLanguage(String code) {
        return new WhisperSettings(code, threads, maxPassSeconds, temperatureFallback);
    }

    public WhisperSettings withMaxPassSeconds(double seconds) {
        return new WhisperSettings(language, threads, seconds, temperatureFallback);
    }

    public WhisperSettings withTemperatureFallback(boolean on) {
        return new WhisperSettings(language, threads, maxPassSeconds, on);
    }
}
