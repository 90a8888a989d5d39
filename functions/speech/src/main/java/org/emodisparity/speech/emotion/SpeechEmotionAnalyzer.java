package org.emodisparity.speech.emotion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.emodisparity.model.TimeWindow;
import org.emodisparity.model.TimeWindow;
import org.emodisparity.speech.analysis.Pcm16k;

/**
 * Speech emotion per phrase and per time unit: each phrase of the session's PCM is classified (in chunks when long,
 * skipped with a reason when short), then {@link WindowAggregation} spreads the phrase distributions over the
 * windows. Phrases come from the VAD ({@code Phrase::interval}) or any other segmentation.
 */
public final class SpeechEmotionAnalyzer {
    private final SpeechEmotionClassifier classifier;
    private final ChunkingSettings chunking;

    public SpeechEmotionAnalyzer(SpeechEmotionClassifier classifier) {
        this(classifier, ChunkingSettings.defaults());
    }

    public SpeechEmotionAnalyzer(SpeechEmotionClassifier classifier, ChunkingSettings chunking) {
        this.classifier = classifier;
        this.chunking = chunking;
    }

    /**
     * @param pcm     the session's 16 kHz mono PCM in [-1, 1]
     * @param phrases phrase spans in seconds from the start of {@code pcm}
     * @param windows the session's time units
     */
    public SpeechEmotionResult analyse(float[] pcm, List<TimeWindow> phrases, List<TimeWindow> windows) {
        List<PhraseEmotion> classified = classifyPhrases(pcm, phrases);
        return new SpeechEmotionResult(classifier.modelId(), classifier.executionProvider(), classified,
                WindowAggregation.perWindow(classifier.modelId(), classified, windows));
    }

    public List<PhraseEmotion> classifyPhrases(float[] pcm, List<TimeWindow> phrases) {
        List<PhraseEmotion> out = new ArrayList<>(phrases.size());
        for (TimeWindow phrase : phrases) {
            out.add(classifyPhrase(pcm, phrase));
        }
        return out;
    }

    public PhraseEmotion classifyPhrase(float[] pcm, TimeWindow phrase) {
        String modelId = classifier.modelId();
        int from = SampleRange.sampleAt(phrase.start());
        int to = Math.min(SampleRange.sampleAt(phrase.end()), pcm.length);
        if (to <= from) {
            return PhraseEmotion.skipped(phrase, modelId, "phrase lies beyond the end of the audio ("
                    + seconds(Pcm16k.duration(pcm)) + ")");
        }
        SampleRange range = new SampleRange(from, to);
        TimeWindow analysed = TimeWindow.of(phrase.start(), Math.min(phrase.end(), Pcm16k.duration(pcm)));
        if (range.seconds() < chunking.minPhraseSeconds()) {
            return PhraseEmotion.skipped(analysed, modelId, "phrase of " + seconds(range.seconds())
                    + " is shorter than the minimum of " + seconds(chunking.minPhraseSeconds()));
        }
        List<SampleRange> chunks = PhraseChunker.chunks(range, maxChunkSamples());
        WeightedMean mean = new WeightedMean(classifier.labels().size());
        for (SampleRange chunk : chunks) {
            float[] clip = Arrays.copyOfRange(pcm, chunk.from(), chunk.to());
            mean.add(classifier.classify(clip).modelProbabilities(), chunk.length()); // weight: chunk duration
        }
        float[] probabilities = mean.mean();
        return PhraseEmotion.classified(analysed, modelId, classifier.model().toCanonical(probabilities),
                byLabel(probabilities), chunks.size());
    }

    /** The configured maximum, lowered to a fixed-length model's input size. */
    int maxChunkSamples() {
        int configured = (int) Math.floor(chunking.maxChunkSeconds() * Pcm16k.SAMPLE_RATE);
        return Math.max(1, Math.min(configured, classifier.fixedInputSamples().orElse(Integer.MAX_VALUE)));
    }

    private Map<String, Double> byLabel(float[] probabilities) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < probabilities.length; i++) {
            out.put(classifier.labels().get(i), (double) probabilities[i]);
        }
        return out;
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.2f s", s);
    }
}
