package org.emodisparity.embedded.harness;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.emodisparity.face.analysis.BlazeFaceFerAnalyzer;
import org.emodisparity.face.analysis.FaceAnalysisSettings;
import org.emodisparity.face.analysis.FaceEstimate;
import org.emodisparity.face.analysis.FaceModels;
import org.emodisparity.face.analysis.RgbImage;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.fusion.Disparity;
import org.emodisparity.fusion.DisparityAnalysis;
import org.emodisparity.model.Contract;
import org.emodisparity.model.EmotionDistribution;
import org.emodisparity.model.ModalityTimeline;
import org.emodisparity.model.ModalityTimeline.Availability;
import org.emodisparity.model.ModalityTimeline.WindowEstimate;
import org.emodisparity.model.Stage;
import org.emodisparity.model.TimeWindow;
import org.emodisparity.model.WindowPlan;
import org.emodisparity.models.ModelRepository;
import org.emodisparity.transcript.analysis.AnalysedSentence;
import org.emodisparity.transcript.analysis.AnalyzerSettings;
import org.emodisparity.transcript.analysis.TranscriptEmotionAnalyzer;

/**
 * The disparity harness: congruent and incongruent sessions built from real faces and real sentences of
 * {@code ../shared}, scored by the product's own face and text models and its fusion ({@link DisparityAnalysis}).
 * The scenarios are in {@code src/test/resources/harness/scenarios.json}. Prints, per split: the per-window AUC of
 * the incongruence (windows of incongruent segments against windows of congruent ones), episode precision and
 * recall, and false episodes per hour of congruent material. Run (after {@code ./emodisparity setup}):
 * <pre>
 *   mvn -q -pl functions/embedded test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 *   java -cp functions/embedded/target/test-classes:functions/embedded/target/classes:$(cat /tmp/cp.txt) \
 *       org.emodisparity.embedded.harness.DisparityHarness [dev|test]
 * </pre>
 */
public final class DisparityHarness {
    private final JsonNode scenarios;
    private final Map<String, EmotionDistribution> faces = new HashMap<>();
    private final Map<String, List<EmotionDistribution>> sentences = new LinkedHashMap<>();
    private final String textModel;
    private HarnessVoices voices;

    /** The per-split figures. */
    public record Figures(String split, int sessions, double windowAuc, double episodePrecision, double episodeRecall,
                          double falseEpisodesPerHour, int incongruentWindows, int congruentWindows) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %d sessions, per-window AUC %.3f (%d incongruent / %d congruent "
                    + "windows), episode precision %.3f, recall %.3f, %.1f false episodes per hour of congruent "
                    + "material", split, sessions, windowAuc, incongruentWindows, congruentWindows, episodePrecision,
                    episodeRecall, falseEpisodesPerHour);
        }
    }

    private DisparityHarness(JsonNode scenarios, String textModel) {
        this.scenarios = scenarios;
        this.textModel = textModel;
    }

    /** Scores the faces and sentences of a split with the installed default models. */
    public static DisparityHarness load(String split) throws Exception {
        JsonNode scenarios;
        try (InputStream in = DisparityHarness.class.getResourceAsStream("/harness/scenarios.json")) {
            scenarios = Contract.json().readTree(in);
        }
        ModelRepository models = ModelRepository.atDefaultLocation();
        DisparityHarness h;
        try (TranscriptEmotionAnalyzer text = TranscriptEmotionAnalyzer.fromInstalledModels(models,
                AnalyzerSettings.defaults())) {
            int n = scenarios.path("sentencesPerLabel").asInt();
            Map<String, List<String>> byLabel = HarnessSentences.byLabel(split, n);
            List<String> all = byLabel.values().stream().flatMap(List::stream).toList();
            Map<String, EmotionDistribution> scored = scoreSentences(text, all);
            h = new DisparityHarness(scenarios, "text-model");
            // a line the transcript reader keeps no words of (markup only) has no distribution: left out
            byLabel.forEach((label, list) -> h.sentences.put(label, list.stream().map(scored::get)
                    .filter(d -> !d.isEmpty()).toList()));
        }
        h.voices = HarnessVoices.load(models);
        FaceAnalysisSettings faceSettings = FaceAnalysisSettings.defaults();
        try (BlazeFaceFerAnalyzer face = FaceModels.openBlazeFaceFer(models, faceSettings.blazeFace(),
                faceSettings.fer(), faceSettings.ort())) {
            for (JsonNode id : scenarios.path("people").path(split)) {
                for (String expression : List.of("neutral", "smiling")) {
                    String file = id.asText() + (expression.equals("neutral") ? "_03_neutral.jpg" : "_08_smiling.jpg");
                    RgbImage image = RgbImage.of(ImageIO.read(
                            SharedMedia.file("media/faces/london/" + file).toFile()));
                    FaceEstimate f = face.analyze(image).stream()
                            .max(java.util.Comparator.comparingDouble(e -> e.box().area())).orElseThrow();
                    h.faces.put(id.asText() + "/" + expression, f.emotions());
                }
            }
        }
        return h;
    }

    /** Each sentence as a one-cue transcript through the product's transcript analysis (its real code path). */
    private static Map<String, EmotionDistribution> scoreSentences(TranscriptEmotionAnalyzer text, List<String> all)
            throws Exception {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        for (int i = 0; i < all.size(); i++) {
            vtt.append(String.format(Locale.ROOT, "%s --> %s%n%s%n%n", ts(i * 10.0), ts(i * 10.0 + 9.0),
                    all.get(i).replace('\n', ' ')));
        }
        Path file = Files.createTempFile("harness-", ".vtt");
        try {
            Files.writeString(file, vtt, StandardCharsets.UTF_8);
            WindowPlan plan = WindowPlan.plan(all.size() * 10.0, 2.5, 1.25);
            List<AnalysedSentence> analysed = text.analyse(Optional.of(file), Optional.empty(), plan).sentences();
            Map<String, EmotionDistribution> out = new HashMap<>();
            for (int i = 0; i < all.size(); i++) {
                double start = i * 10.0;
                // a cue may be split into several sentences: their distributions averaged
                Map<org.emodisparity.model.Emotion, Double> sum = new java.util.EnumMap<>(org.emodisparity.model.Emotion.class);
                for (AnalysedSentence s : analysed) {
                    if (s.start() >= start && s.start() < start + 10 && s.emotion() != null) {
                        s.emotion().canonical().probabilities().forEach((e, p) -> sum.merge(e, p, Double::sum));
                    }
                }
                out.put(all.get(i), new EmotionDistribution(sum));
            }
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String ts(double s) {
        int h = (int) (s / 3600);
        int m = (int) (s / 60) % 60;
        return String.format(Locale.ROOT, "%02d:%02d:%06.3f", h, m, s - 3600 * h - 60 * m);
    }

    /** Runs every scenario for every person and sentence of the split through the fusion. */
    public Figures run(String split, DisparityAnalysis.Settings settings) {
        double segment = scenarios.path("segmentSeconds").asDouble();
        DisparityAnalysis analysis = new DisparityAnalysis(settings);
        List<double[]> scored = new ArrayList<>(); // {incongruence, label}
        int episodes = 0;
        int trueEpisodes = 0;
        int incongruentSegments = 0;
        int covered = 0;
        double congruentSeconds = 0;
        int falseEpisodes = 0;
        int sessions = 0;
        for (JsonNode scenario : scenarios.path("scenarios")) {
            boolean incongruent = scenario.path("incongruent").asBoolean();
            JsonNode segments = scenario.path("segments");
            int n = sentences.values().stream().mapToInt(List::size).min().orElse(0);
            JsonNode people = scenarios.path("people").path(split);
            JsonNode speakers = scenarios.path("voices").path(split);
            for (int p = 0; p < people.size(); p++) {
                JsonNode person = people.get(p);
                String speaker = speakers.get(p % speakers.size()).asText();
                for (int k = 0; k < n; k++) {
                    double duration = segment * segments.size();
                    WindowPlan plan = WindowPlan.plan(duration, 2.5, 1.25);
                    List<EmotionDistribution> face = new ArrayList<>();
                    List<EmotionDistribution> words = new ArrayList<>();
                    List<String> voice = new ArrayList<>();
                    for (int s = 0; s < segments.size(); s++) {
                        voice.add(segments.get(s).path("voice").asText());
                        face.add(faces.get(person.asText() + "/" + segments.get(s).path("face").asText()));
                        List<EmotionDistribution> pool = sentences.get(segments.get(s).path("words").asText());
                        words.add(pool.get((k + s * 5) % pool.size()));
                    }
                    Disparity d = analysis.analyse(plan, List.of(timeline(Stage.FACE, plan, face, segment, "face"),
                            voiceTimeline(plan, speaker, voice, segment, k),
                            timeline(Stage.TRANSCRIPT, plan, words, segment, textModel)));
                    sessions++;
                    double lastStart = segment * (segments.size() - 1);
                    for (Disparity.WindowScore w : d.windows()) {
                        if (w.start() >= lastStart && w.incongruence() != null) {
                            scored.add(new double[] {w.incongruence(), incongruent ? 1 : 0});
                        }
                    }
                    episodes += d.episodes().size();
                    for (Disparity.Episode e : d.episodes()) {
                        double inside = Math.max(0, Math.min(e.end(), duration) - Math.max(e.start(), lastStart));
                        boolean onTarget = incongruent && inside > (e.end() - e.start()) / 2;
                        trueEpisodes += onTarget ? 1 : 0;
                        falseEpisodes += incongruent ? 0 : 1;
                    }
                    if (incongruent) {
                        incongruentSegments++;
                        double lastEnd = duration;
                        boolean hit = d.episodes().stream().anyMatch(e ->
                                Math.max(0, Math.min(e.end(), lastEnd) - Math.max(e.start(), lastStart)) >= segment / 2);
                        covered += hit ? 1 : 0;
                    } else {
                        congruentSeconds += duration;
                    }
                }
            }
        }
        int positives = (int) scored.stream().filter(x -> x[1] == 1).count();
        return new Figures(split, sessions, org.emodisparity.fixtures.RankMetrics.auc(scored), episodes == 0 ? 0 : trueEpisodes / (double) episodes,
                incongruentSegments == 0 ? 0 : covered / (double) incongruentSegments,
                congruentSeconds == 0 ? 0 : falseEpisodes / (congruentSeconds / 3600), positives,
                scored.size() - positives);
    }

    /** One modality's timeline: each window the overlap-weighted mix of its segments' distributions. */
    private static ModalityTimeline timeline(Stage stage, WindowPlan plan, List<EmotionDistribution> perSegment,
                                             double segment, String modelId) {
        List<WindowEstimate> windows = new ArrayList<>();
        for (TimeWindow w : plan.windows()) {
            Map<org.emodisparity.model.Emotion, Double> sum = new java.util.EnumMap<>(org.emodisparity.model.Emotion.class);
            for (int s = 0; s < perSegment.size(); s++) {
                double weight = w.overlap(s * segment, (s + 1) * segment);
                if (weight > 0) {
                    perSegment.get(s).probabilities().forEach((e, p) -> sum.merge(e, weight * p, Double::sum));
                }
            }
            EmotionDistribution d = new EmotionDistribution(sum);
            windows.add(new WindowEstimate(w.index(), w.start(), w.end(), d.probabilities(), d.valence(), d.arousal(),
                    d.probability(d.top()), modelId, null));
        }
        return new ModalityTimeline(Contract.SCHEMA_VERSION, "harness", "h", stage, Availability.AVAILABLE, null, null,
                List.of(modelId), windows, null);
    }

    /**
     * The voice timeline: each window the arousal of one scored EmoDB window of {@code speaker} in the emotion of the
     * segment it overlaps most (a different window of the pool for each window and sentence index {@code k}).
     */
    private ModalityTimeline voiceTimeline(WindowPlan plan, String speaker, List<String> perSegment, double segment,
                                           int k) {
        List<WindowEstimate> windows = new ArrayList<>();
        for (TimeWindow w : plan.windows()) {
            int s = 0;
            for (int i = 1; i < perSegment.size(); i++) {
                if (w.overlap(i * segment, (i + 1) * segment) > w.overlap(s * segment, (s + 1) * segment)) {
                    s = i;
                }
            }
            org.emodisparity.speech.analysis.ArousalScore a = voices.window(speaker, perSegment.get(s),
                    31 * k + w.index());
            windows.add(new WindowEstimate(w.index(), w.start(), w.end(), null, null, a.value(), a.confidence(),
                    a.modelId(), "vocal arousal"));
        }
        return new ModalityTimeline(Contract.SCHEMA_VERSION, "harness", "h", Stage.SPEECH, Availability.AVAILABLE,
                null, null, List.of("silero-vad", org.emodisparity.speech.analysis.ArousalModel.TRAINED_ID), windows,
                null);
    }


    /**
     * {@code dev|test} prints the figures of the product's settings; {@code tune} prints, on the dev split only, the
     * AUC of each pair-score formula and, for the best, the episodes of each threshold and minimum length.
     */
    public static void main(String[] args) throws Exception {
        String split = args.length > 0 ? args[0] : "dev";
        if (split.equals("tune")) {
            DisparityHarness h = load("dev");
            DisparityAnalysis.Settings d = DisparityAnalysis.Settings.DEFAULT;
            for (DisparityAnalysis.ValenceComparison v : DisparityAnalysis.ValenceComparison.values()) {
                for (double margin : new double[] {0, 2, 3, 3.5}) {
                    for (double t : new double[] {0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5}) {
                        System.out.println(String.format(Locale.ROOT, "%s margin %.1f threshold %.2f → ", v, margin, t)
                                + h.run("dev", new DisparityAnalysis.Settings(t, d.maxGapSeconds(),
                                d.minDurationSeconds(), v, 1.0, d.baselineShare(), margin)));
                    }
                }
            }
            return;
        }
        DisparityHarness h = load(split);
        System.out.println(h.run(split, DisparityAnalysis.Settings.DEFAULT));
    }
}
