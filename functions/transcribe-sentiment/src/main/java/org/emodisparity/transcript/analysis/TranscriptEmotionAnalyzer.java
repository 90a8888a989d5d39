package org.emodisparity.transcript.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.emodisparity.model.WindowPlan;
import org.emodisparity.models.InstalledModel;
import org.emodisparity.models.ModelIntegrityException;
import org.emodisparity.models.ModelRepository;
import org.emodisparity.models.ModelTask;

/**
 * The transcribe-sentiment stage without its Quarkus wiring: transcript (uploaded file, else Whisper), sentences
 * with times and speakers, text emotion per sentence, and the sentences mapped onto the session's windows.
 *
 * <pre>{@code
 * try (TranscriptEmotionAnalyzer analyzer = TranscriptEmotionAnalyzer.fromInstalledModels(
 *         ModelRepository.atDefaultLocation(), AnalyzerSettings.defaults())) {
 *     TranscriptEmotionResult r = analyzer.analyse(Optional.of(vttOrSrt), Optional.of(wav16kMono), plan);
 * }
 * }</pre>
 *
 * Thread-safe for sequential use; Whisper serialises concurrent calls.
 */
public final class TranscriptEmotionAnalyzer implements AutoCloseable {
    private final TranscriptSources sources;
    private final SpeechRecognizer recognizer;
    private final TextEmotionClassifier classifier;
    private final SentenceSplitter splitter;
    private final List<String> setupWarnings;

    /**
     * @param recognizer Whisper or another recogniser, or null without an ASR model
     * @param classifier the text-emotion model, or null without one (sentences are then returned without emotion)
     * @param setupWarnings why preferred models were not used (reported with every result)
     */
    public TranscriptEmotionAnalyzer(SpeechRecognizer recognizer, TextEmotionClassifier classifier,
            SentenceSplitter splitter, List<String> setupWarnings) {
        this.recognizer = recognizer;
        this.sources = new TranscriptSources(recognizer);
        this.classifier = classifier;
        this.splitter = splitter;
        this.setupWarnings = List.copyOf(setupWarnings);
    }

    /**
     * Uses the first installed model of each preference list. A model that is installed but corrupt, or fails to
     * load, is skipped with a warning; none at all means "unavailable" results, never an exception.
     */
    public static TranscriptEmotionAnalyzer fromInstalledModels(ModelRepository models, AnalyzerSettings config) {
        List<String> warnings = new ArrayList<>();
        SpeechRecognizer recognizer = null;
        for (String id : config.asrModelIds()) {
            Optional<InstalledModel> model = installed(models, id, ModelTask.ASR, warnings);
            if (model.isPresent()) {
                try {
                    recognizer = WhisperTranscriber.open(model.get(), config.whisper());
                    break;
                } catch (SpeechRecognitionException e) {
                    warnings.add("ASR model " + id + " not used: " + e.getMessage());
                }
            }
        }
        TextEmotionClassifier classifier = null;
        for (String id : config.textModelIds()) {
            Optional<InstalledModel> model = installed(models, id, ModelTask.TEXT_EMOTION, warnings);
            if (model.isEmpty()) {
                continue;
            }
            try {
                // By what the catalog entry is, not by its id: a head over sentence embeddings names its encoder.
                classifier = EncoderHeadClassifier.isEmbeddingHead(model.get())
                        ? EncoderHeadClassifier.open(models, id, config.ort())
                        : SequenceEmotionClassifier.open(model.get(), config.ort());
                break;
            } catch (TextEmotionException | RuntimeException e) {
                warnings.add("text-emotion model " + id + " not used: " + e.getMessage());
            }
        }
        return new TranscriptEmotionAnalyzer(recognizer, classifier, config.splitter(), warnings);
    }

    /** The model when installed, verified and of the slot's catalog task (else a warning says why not). */
    private static Optional<InstalledModel> installed(ModelRepository models, String id, ModelTask task,
                                                      List<String> warnings) {
        try {
            Optional<InstalledModel> model = models.find(id);
            if (model.isPresent() && model.get().entry().task() != task) {
                warnings.add("model " + id + " not used: a " + model.get().entry().task().label() + " model, not "
                        + task.label());
                return Optional.empty();
            }
            return model;
        } catch (ModelIntegrityException e) {
            warnings.add("model " + id + " not used: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * @param uploadedTranscript a WebVTT or SRT file uploaded with the video, if any
     * @param wav16kMono the session's audio as 16 kHz mono WAV, if any (used only without a usable upload)
     * @param plan the session's windows
     */
    public TranscriptEmotionResult analyse(Optional<Path> uploadedTranscript, Optional<Path> wav16kMono,
            WindowPlan plan) throws TextEmotionException {
        TranscriptOutcome outcome = sources.resolve(uploadedTranscript, wav16kMono);
        List<String> warnings = new ArrayList<>(setupWarnings);
        warnings.addAll(outcome.warnings());
        if (outcome instanceof TranscriptOutcome.Unavailable u) {
            return TranscriptEmotionResult.unavailable(u.unreadable() ? TranscriptEmotionResult.Status.UNREADABLE
                    : TranscriptEmotionResult.Status.UNAVAILABLE, u.reason(), warnings);
        }
        Transcript transcript = ((TranscriptOutcome.Available) outcome).transcript();
        long late = transcript.segments().stream().filter(s -> s.start() >= plan.durationSeconds()).count();
        if (late > 0) {
            warnings.add(late + " transcript cue" + (late == 1 ? " starts" : "s start") + " after the recording ends ("
                    + String.format(java.util.Locale.ROOT, "%.1f", plan.durationSeconds()) + " s); not on the timeline");
        }
        List<Sentence> sentences = splitter.split(transcript.segments());
        Optional<TranscriptLanguage.Guess> foreign = TranscriptLanguage.notEnglish(
                String.join(" ", sentences.stream().map(Sentence::text).toList()));
        if (foreign.isPresent()) {
            List<AnalysedSentence> plain = sentences.stream().map(s -> AnalysedSentence.of(s, null)).toList();
            return new TranscriptEmotionResult(TranscriptEmotionResult.Status.UNSUPPORTED_LANGUAGE,
                    "unavailable: the transcript is in " + foreign.get().name() + " (" + foreign.get().code()
                            + ", probability " + String.format(java.util.Locale.ROOT, "%.2f", foreign.get().probability())
                            + "); the text-emotion model reads English only, so the words were not scored",
                    transcript.origin(), foreign.get().code(), plain, List.of(), transcript.modelIds(), warnings);
        }
        List<TextEmotion> emotions = classifier == null ? null
                : classifier.classify(sentences.stream().map(Sentence::text).toList());
        List<AnalysedSentence> analysed = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            analysed.add(AnalysedSentence.of(sentences.get(i), emotions == null ? null : emotions.get(i)));
        }
        LinkedHashSet<String> modelIds = new LinkedHashSet<>(transcript.modelIds());
        if (classifier != null) {
            modelIds.addAll(classifier.modelIds());
        }
        TranscriptEmotionResult.Status status = classifier == null ? TranscriptEmotionResult.Status.TRANSCRIPT_ONLY
                : TranscriptEmotionResult.Status.ANALYSED;
        String message = classifier == null
                ? "transcript only: no text-emotion model installed (models install --profile default)"
                : analysed.size() + " sentences from " + transcript.origin();
        return new TranscriptEmotionResult(status, message, transcript.origin(), transcript.language(), analysed,
                SentenceWindows.map(analysed, plan), List.copyOf(modelIds), warnings);
    }

    /** Whether speech recognition is available (for the caller's "which sources can work" report). */
    public boolean hasSpeechRecognizer() {
        return recognizer != null;
    }

    public boolean hasTextEmotionModel() {
        return classifier != null;
    }

    @Override
    public void close() throws TextEmotionException {
        if (recognizer != null) {
            recognizer.close();
        }
        if (classifier != null) {
            classifier.close();
        }
    }
}
