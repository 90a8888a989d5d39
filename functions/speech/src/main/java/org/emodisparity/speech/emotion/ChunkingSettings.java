package org.emodisparity.speech.emotion;

/**
 * How phrases become model inputs.
 *
 * @param maxChunkSeconds  longest clip given to the model (default 27 s as in the paper); longer phrases are cut into
 *                         equal chunks (see the package documentation). A model with a fixed input length lowers it.
 * @param minPhraseSeconds phrases shorter than this are skipped with a reason (default 0.5 s: too little speech for
 *                         an utterance-level emotion)
 */
public record ChunkingSettings(double maxChunkSeconds, double minPhraseSeconds) {
    public static final double DEFAULT_MAX_CHUNK_SECONDS = 27.0;
    public static final double DEFAULT_MIN_PHRASE_SECONDS = 0.5;

    public ChunkingSettings {
        if (!(minPhraseSeconds >= 0) || !(maxChunkSeconds > 0) || Double.isInfinite(maxChunkSeconds)
                || minPhraseSeconds > maxChunkSeconds) {
            throw new IllegalArgumentException("need 0 <= minPhraseSeconds <= maxChunkSeconds, got min "
                    + minPhraseSeconds + " s, max " + maxChunkSeconds + " s");
        }
    }

    public static ChunkingSettings defaults() {
        return new ChunkingSettings(DEFAULT_MAX_CHUNK_SECONDS, DEFAULT_MIN_PHRASE_SECONDS);
    }
}
