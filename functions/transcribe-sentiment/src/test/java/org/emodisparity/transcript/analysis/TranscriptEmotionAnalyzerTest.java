package org.emodisparity.transcript.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.LabelMapping;
import org.emodisparity.model.WindowPlan;
import org.emodisparity.models.ModelRepository;
import org.emodisparity.models.RequiredModels;
import org.emodisparity.models.onnx.OrtSessionSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end with the default text-emotion model (all-MiniLM-L6-v2 + the committed GoEmotions head; skipped when
 * not installed): real speech clips with their reference transcripts uploaded as WebVTT/SRT → sentences with times,
 * speakers and emotions → windows; obvious hand-written sentences; the Whisper path with the tiny random model.
 */
class TranscriptEmotionAnalyzerTest {
    @TempDir
    static Path dir;
    static EncoderHeadClassifier classifier;

    @BeforeAll
    static void openModels() throws Exception {
        RequiredModels.assumeOrFail("bge-small-en-v15-q");
        RequiredModels.assumeOrFail(EncoderHeadClassifier.DEFAULT_HEAD_ID);
        classifier = EncoderHeadClassifier.open(ModelRepository.atDefaultLocation(), OrtSessionSettings.defaults());
    }

    @AfterAll
    static void closeModels() throws Exception {
        if (classifier != null) {
            classifier.close();
        }
    }

    private static TranscriptEmotionAnalyzer analyzer(SpeechRecognizer recognizer) {
        // The shared classifier is closed in @AfterAll, not by the analyzer.
        return new TranscriptEmotionAnalyzer(recognizer, classifier, SentenceSplitter.defaults(), List.of());
    }

    @Test
    void uploadedTranscriptsOfRealSpeechBecomeTimedSentencesWithEmotions() throws Exception {
        List<ReferenceTranscripts.Clip> clips = new java.util.ArrayList<>(ReferenceTranscripts.librivox());
        clips.add(ReferenceTranscripts.jfk());
        assertEquals(6, clips.size());
        TranscriptEmotionAnalyzer analyzer = analyzer(null);
        for (int i = 0; i < clips.size(); i++) {
            ReferenceTranscripts.Clip clip = clips.get(i);
            double duration = MonoAudio16k.readWav(clip.wav()).durationSeconds();
            String speaker = i % 2 == 0 ? "Reader One" : "Client";
            Path upload = i % 2 == 0 ? ReferenceTranscripts.writeVtt(clip, speaker, duration, dir)
                    : ReferenceTranscripts.writeSrt(clip, speaker, duration, dir);
            WindowPlan plan = WindowPlan.plan(duration, WindowPlan.DEFAULT_WINDOW_SECONDS,
                    WindowPlan.DEFAULT_STRIDE_SECONDS);

            TranscriptEmotionResult r = analyzer.analyse(Optional.of(upload), Optional.of(clip.wav()), plan);

            assertEquals(TranscriptEmotionResult.Status.ANALYSED, r.status(), r.message());
            assertEquals(i % 2 == 0 ? TranscriptOrigin.UPLOADED_WEBVTT : TranscriptOrigin.UPLOADED_SRT, r.origin());
            assertEquals(List.of("bge-small-en-v15-q", "goemotions-xed-bge-small-head"), r.modelIds());
            assertFalse(r.sentences().isEmpty());
            String text = r.sentences().stream().map(AnalysedSentence::text).collect(Collectors.joining(" "));
            assertEquals(WordErrorRate.words(clip.text()), WordErrorRate.words(text), "the whole reference, in order");
            double previousEnd = 0;
            for (AnalysedSentence s : r.sentences()) {
                assertEquals(speaker, s.speaker());
                assertTrue(s.start() >= previousEnd - 1e-9 && s.end() > s.start() && s.end() <= duration, s.toString());
                previousEnd = s.end();
                assertEquals(LabelMapping.GOEMOTIONS_LABELS, List.copyOf(s.emotion().scores().keySet()));
                assertEquals(1.0, s.emotion().canonical().probabilities().values().stream()
                        .mapToDouble(Double::doubleValue).sum(), 1e-9);
                System.out.printf(Locale.ROOT, "%s [%5.2f-%5.2f] %s: %s -> top %s, detected %s, canonical %s%n",
                        clip.id(), s.start(), s.end(), s.speaker(), s.text(), s.emotion().topLabel(),
                        s.emotion().detected(), s.emotion().canonical().top());
            }
            assertEquals(plan.windows().size(), r.windows().size());
            for (WindowTextEmotion w : r.windows()) {
                assertEquals(w.hasSpeech(), !w.distribution().isEmpty(), w.toString());
            }
            assertTrue(r.windows().stream().filter(WindowTextEmotion::hasSpeech).count() >= plan.windows().size() - 1,
                    "speech spans the clip");
        }
    }

    @Test
    void obviousSentencesGetTheirEmotion() throws Exception {
        List<TextEmotion> r = classifier.classify(List.of("I am so happy and grateful today",
                "I feel hopeless and sad", "This makes me furious"));
        r.forEach(e -> System.out.println("sanity: detected " + e.detected() + ", canonical " + e.canonical()));
        assertEquals(Emotion.HAPPINESS, r.get(0).canonical().top());
        assertEquals(Emotion.SADNESS, r.get(1).canonical().top());
        assertEquals(Emotion.ANGER, r.get(2).canonical().top());
        List<Emotion> expected = List.of(Emotion.HAPPINESS, Emotion.SADNESS, Emotion.ANGER);
        for (int i = 0; i < 3; i++) {
            TextEmotion e = r.get(i);
            assertFalse(e.detected().isEmpty(), "a label above its threshold");
            for (String label : e.detected()) {
                assertEquals(expected.get(i), LabelMapping.GOEMOTIONS.canonical(label), e.detected().toString());
            }
        }
    }

    @Test
    void backchannelsGetLowConfidenceAndNoLabelWhileSpokenSentencesKeepTheirs() throws Exception {
        List<String> backchannels = List.of("Yeah.", "Okay.", "Mm-hmm.", "Right.", "I see.", "Uh-huh.");
        List<TextEmotion> r = classifier.classify(backchannels);
        for (int i = 0; i < r.size(); i++) {
            TextEmotion e = r.get(i);
            double confidence = e.canonical().probability(e.canonical().top());
            assertTrue(confidence <= 0.2, backchannels.get(i) + ": confidence " + confidence);
            assertTrue(e.detected().isEmpty(), backchannels.get(i) + ": " + e.detected());
            assertEquals(classifier.modelIds(), e.modelIds(), "every result names its models");
        }
        TextEmotion spoken = classifier.classify(List.of("Yeah, I'm really scared he won't come back.")).get(0);
        assertEquals(Emotion.FEAR, spoken.canonical().top(), spoken.canonical().toString());
        assertTrue(spoken.canonical().probability(Emotion.FEAR) > 0.3, spoken.canonical().toString());
    }

    /** Plumbing only: the tiny random Whisper model's words are nonsense. */
    @Test
    void withoutAnUploadTheAudioIsTranscribedByWhisperThenClassified() throws Exception {
        Path model = TinyWhisperModel.write(dir.resolve("tiny.bin"), 11);
        try (WhisperTranscriber whisper = WhisperTranscriber.open(model, "tiny-random",
                WhisperSettings.defaults().withLanguage("en").withTemperatureFallback(false))) {
            WindowPlan plan = WindowPlan.plan(11.0, 2.5, 1.25);
            TranscriptEmotionResult r = analyzer(whisper).analyse(Optional.empty(),
                    Optional.of(ReferenceTranscripts.jfk().wav()), plan);
            assertEquals(TranscriptEmotionResult.Status.ANALYSED, r.status(), r.message());
            assertEquals(TranscriptOrigin.WHISPER, r.origin());
            assertEquals(List.of("tiny-random", "bge-small-en-v15-q", "goemotions-xed-bge-small-head"), r.modelIds());
            assertFalse(r.sentences().isEmpty());
            assertTrue(r.sentences().stream().allMatch(s -> s.emotion() != null && s.end() <= 11.0));
        }
    }

    @Test
    void withoutModelsTheResultSaysWhatIsMissing() throws Exception {
        Path srt = ReferenceTranscripts.writeSrt(ReferenceTranscripts.jfk(), "Client", 11, dir);
        WindowPlan plan = WindowPlan.plan(11.0, 2.5, 1.25);
        try (TranscriptEmotionAnalyzer bare = new TranscriptEmotionAnalyzer(null, null, SentenceSplitter.defaults(),
                List.of())) {
            TranscriptEmotionResult transcriptOnly = bare.analyse(Optional.of(srt), Optional.empty(), plan);
            assertEquals(TranscriptEmotionResult.Status.TRANSCRIPT_ONLY, transcriptOnly.status());
            assertNull(transcriptOnly.sentences().get(0).emotion());

            TranscriptEmotionResult none = bare.analyse(Optional.empty(),
                    Optional.of(ReferenceTranscripts.jfk().wav()), plan);
            assertEquals(TranscriptEmotionResult.Status.UNAVAILABLE, none.status());
            assertEquals("unavailable: no transcript and no ASR model", none.message());
            assertTrue(none.windows().isEmpty() && none.sentences().isEmpty());
        }
        try (TranscriptEmotionAnalyzer empty = TranscriptEmotionAnalyzer.fromInstalledModels(
                new ModelRepository(dir.resolve("no-models")), AnalyzerSettings.defaults())) {
            assertFalse(empty.hasSpeechRecognizer() || empty.hasTextEmotionModel());
        }
    }

    @Test
    void theInstalledDefaultModelsAreFoundByPreference() throws Exception {
        try (TranscriptEmotionAnalyzer installed = TranscriptEmotionAnalyzer.fromInstalledModels(
                ModelRepository.atDefaultLocation(), AnalyzerSettings.defaults())) {
            assertTrue(installed.hasTextEmotionModel());
        }
    }
}
