package org.emodisparity.speech.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.speech.analysis.ArousalFeature;
import org.emodisparity.speech.analysis.ArousalModel;
import org.emodisparity.speech.analysis.SileroModel;
import org.emodisparity.speech.analysis.SileroVad;
import org.emodisparity.speech.analysis.SpeechAnalyzer;

/**
 * Trains the vocal arousal weights ({@value ArousalModel#TRAINED_ID}) on the four EmoDB development speakers and
 * writes {@code arousal-model.json} under the model catalog's committed models, with its leave-one-speaker-out figures
 * (see {@link ArousalTraining}). Deterministic: the same data, Silero VAD and SoX give the same file byte for byte.
 * Needs the installed {@code silero-vad} model and SoX on PATH. Run from the repository root:
 * <pre>
 *   ./mvnw -q -B -pl functions/speech -am test-compile -DskipTests
 *   ./mvnw -q -B -pl functions/speech dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 *   java -cp functions/speech/target/test-classes:functions/speech/target/classes:$(cat /tmp/cp.txt) \
 *       org.emodisparity.speech.training.TrainVocalArousal [output.json]
 * </pre>
 */
public final class TrainVocalArousal {
    public static final String COMMITTED = "model-catalog/src/main/resources/org/emodisparity/models/repository/"
            + ArousalModel.TRAINED_ID + "/" + ArousalModel.FILE_NAME;
    static final String COMMAND = "java -cp functions/speech/target/test-classes:functions/speech/target/classes:"
            + "$(cat /tmp/cp.txt) org.emodisparity.speech.training.TrainVocalArousal (classpath from mvn -pl "
            + "functions/speech dependency:build-classpath; see the class's Javadoc)";

    private TrainVocalArousal() {
    }

    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Path.of(args[0]) : SharedMedia.repoRoot().resolve(COMMITTED);
        byte[] json = build();
        Files.createDirectories(out.getParent());
        Files.write(out, json);
        System.out.print(new String(json, StandardCharsets.UTF_8));
        System.out.printf("%nwrote %s: %d bytes, sha256 %s%n", out, json.length, sha256(json));
    }

    /** Loads the corpus, fits, evaluates, and renders the model file. */
    public static byte[] build() throws IOException {
        try (SileroVad vad = SileroVad.load(SileroModel.defaultModelFile())) {
            List<EmoDbSessions.Speaker> speakers = EmoDbSessions.load(vad, new SpeechAnalyzer(vad));
            ArousalModel model = ArousalTraining.train(speakers);
            ArousalTraining.Evaluation loso = ArousalTraining.leaveOneSpeakerOut(speakers, true);
            ArousalTraining.Evaluation losoNoLoudness = ArousalTraining.leaveOneSpeakerOut(speakers, false);
            return render(model, loso, losoNoLoudness, speakers);
        }
    }

    static byte[] render(ArousalModel model, ArousalTraining.Evaluation loso, ArousalTraining.Evaluation noLoudness,
            List<EmoDbSessions.Speaker> speakers) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("id", model.id());
        root.put("description", "Vocal arousal weights: logistic regression on per-speaker z-scores of prosodic, "
                + "voice-quality and spectral-balance cues (eGeMAPS-style), fitted on EmoDB speakers 03, 08, 09, 10; "
                + "high arousal = anger, happiness, fear; low = sadness, boredom, neutral; disgust left out.");
        root.put("score", "z_k = (x_k - mu_k) / sqrt(sd_k^2 + scaleFloor_k^2) against the speaker's baseline in the "
                + "session (speech-seconds-weighted mean and sd over intervals of the same kind); Z = sum_k w_k z_k / "
                + "sum_k |w_k| over the cues measured; arousal = tanh(Z)");
        ObjectNode cues = root.putObject("cues");
        for (ArousalFeature f : ArousalFeature.values()) {
            ObjectNode c = cues.putObject(f.name());
            c.put("weight", model.weight(f));
            c.put("scaleFloor", model.scaleFloor(f));
            c.put("origin", f == ArousalFeature.LOUDNESS
                    ? "prior: equal to the F0_LEVEL weight (EmoDB is peak-normalised per utterance, so loudness is not fitted)"
                    : "fitted");
        }
        ObjectNode training = root.putObject("training");
        training.put("data", "EmoDB (Burkhardt et al. 2005, Interspeech), speakers 03, 08, 09, 10 of "
                + "../shared/media/speech/emodb-dev (22.05 kHz, <= 2 s per utterance; resampled to 16 kHz by SoX); "
                + "free for research use; not copied into this repository");
        training.put("utterances", speakers.stream().mapToInt(s -> s.utterances().size()).sum());
        training.put("method", "L2-penalised logistic regression (IRLS), penalty " + ArousalTraining.L2
                + " on the weights, intercept dropped; features = the product's z-scores of each utterance against "
                + "its speaker's baseline over all that speaker's utterances; unmeasured cue = 0");
        training.put("command", COMMAND);
        ObjectNode accuracy = root.putObject("accuracy");
        accuracy.put("validation", "leave one speaker out: fit on 3 speakers, score the 4th against its own "
                + "baseline; windows " + EmoDbSessions.WINDOW_SECONDS + " s, stride " + EmoDbSessions.STRIDE_SECONDS
                + " s, over a session of the speaker's utterances with " + EmoDbSessions.GAP_SECONDS
                + " s pauses, labelled by the dominant utterance; AUC pooled over the 4 held-out speakers");
        accuracy.put("losoUtteranceAuc", ArousalTraining.round(loso.pooledUtterance()));
        accuracy.put("losoWindowAuc", ArousalTraining.round(loso.pooledWindow()));
        putAll(accuracy.putObject("losoUtteranceAucBySpeaker"), loso.utteranceAuc());
        putAll(accuracy.putObject("losoWindowAucBySpeaker"), loso.windowAuc());
        accuracy.put("losoUtteranceAucWithoutLoudness", ArousalTraining.round(noLoudness.pooledUtterance()));
        accuracy.put("losoWindowAucWithoutLoudness", ArousalTraining.round(noLoudness.pooledWindow()));
        accuracy.put("scoredUtterances", loso.utterances());
        accuracy.put("scoredWindows", loso.windows());
        return (mapper.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void putAll(ObjectNode node, Map<String, Double> values) {
        values.forEach((k, v) -> node.put(k, ArousalTraining.round(v)));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
