package org.emodisparity.embedded.harness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emodisparity.models.ModelRepository;
import org.emodisparity.speech.analysis.ArousalModel;
import org.emodisparity.speech.analysis.ArousalScore;
import org.emodisparity.speech.analysis.SileroVad;
import org.emodisparity.speech.analysis.SpeechAnalyzer;
import org.emodisparity.speech.analysis.SpeechAnalyzerSettings;
import org.emodisparity.speech.training.EmoDbSessions;

/**
 * Voices for the harness: the EmoDB development speakers of {@code ../shared} as the speech stage scores them (the
 * installed Silero VAD and vocal-arousal weights; each speaker one session, so each window's arousal is against that
 * speaker's own baseline, as in the product). Per speaker and EmoDB emotion (neutral, happiness, sadness, anger, fear,
 * boredom, disgust), the arousal scores of the 2.5 s windows that utterances of that emotion fill. A scenario's
 * segment draws its voice windows from these pools.
 */
final class HarnessVoices {
    /** The harness's names for EmoDB's emotion letters (file name, sixth character). */
    static final Map<String, Character> EMOTIONS = Map.of("neutral", 'N', "happiness", 'F', "sadness", 'T',
            "anger", 'W', "fear", 'A', "boredom", 'L', "disgust", 'E');

    private final Map<String, Map<Character, List<ArousalScore>>> pools;

    private HarnessVoices(Map<String, Map<Character, List<ArousalScore>>> pools) {
        this.pools = pools;
    }

    /** Scores every EmoDB speaker with the installed models. */
    static HarnessVoices load(ModelRepository models) throws Exception {
        ArousalModel arousal = ArousalModel.read(models.find(ArousalModel.TRAINED_ID).orElseThrow()
                .file(ArousalModel.FILE_NAME));
        try (SileroVad vad = SileroVad.load(models.find("silero-vad").orElseThrow().file("silero_vad.onnx"))) {
            SpeechAnalyzerSettings defaults = SpeechAnalyzerSettings.defaults();
            SpeechAnalyzer analyzer = new SpeechAnalyzer(vad,
                    new SpeechAnalyzerSettings(defaults.phrasePauseSeconds(), defaults.cues(), arousal));
            Map<String, Map<Character, List<ArousalScore>>> pools = new LinkedHashMap<>();
            for (EmoDbSessions.Speaker s : EmoDbSessions.load(vad, analyzer)) {
                Map<Character, List<ArousalScore>> bySpeaker = new LinkedHashMap<>();
                for (EmoDbSessions.Unit w : s.windows()) {
                    if (w.arousal() != null) {
                        bySpeaker.computeIfAbsent(w.emotion(), k -> new ArrayList<>()).add(w.arousal());
                    }
                }
                pools.put(s.id(), bySpeaker);
            }
            return new HarnessVoices(pools);
        }
    }

    /** The {@code k}-th scored window (cycling) of {@code speaker} saying something in {@code emotion}. */
    ArousalScore window(String speaker, String emotion, int k) {
        Character letter = EMOTIONS.get(emotion);
        if (letter == null) {
            throw new IllegalArgumentException("not an EmoDB emotion: " + emotion + " (one of " + EMOTIONS.keySet() + ")");
        }
        List<ArousalScore> pool = pools.getOrDefault(speaker, Map.of()).getOrDefault(letter, List.of());
        if (pool.isEmpty()) {
            throw new IllegalStateException("no scored " + emotion + " window of EmoDB speaker " + speaker);
        }
        return pool.get(Math.floorMod(k, pool.size()));
    }
}
