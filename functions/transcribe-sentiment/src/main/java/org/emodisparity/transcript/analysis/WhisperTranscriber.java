package org.emodisparity.transcript.analysis;

import org.emodisparity.model.captions.TranscriptSegment;
import io.github.givimad.whisperjni.WhisperContext;
import io.github.givimad.whisperjni.WhisperContextParams;
import io.github.givimad.whisperjni.WhisperFullParams;
import io.github.givimad.whisperjni.WhisperJNI;
import io.github.givimad.whisperjni.WhisperSamplingStrategy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.emodisparity.models.InstalledModel;

/**
 * Whisper speech recognition through whisper-jni (whisper.cpp 1.7.x, CPU). The model file is checked in Java
 * first ({@link GgmlWhisperFile}) so a corrupt file is an exception, not a native abort.
 *
 * <p>The whole recording is transcribed: it is handed to whisper.cpp in passes of at most
 * {@link WhisperSettings#maxPassSeconds()} (cut at a quiet point), whisper.cpp walks each pass in 30 s windows, and
 * segment times (whisper.cpp's 10 ms units, relative to the pass) are shifted to absolute seconds and clamped to the
 * pass. whisper-jni 1.7.1 exposes segment times and text only, not token timestamps nor the detected language.
 * One context serves one transcription at a time.
 */
public final class WhisperTranscriber implements SpeechRecognizer {
    /** Search this far back from a pass limit for the quietest 100 ms to cut at. */
    private static final double CUT_SEARCH_SECONDS = 5;

    private final WhisperJNI whisper;
    private final WhisperContext context;
    private final GgmlWhisperFile.Hparams hparams;
    private final String modelId;
    private final WhisperSettings settings;

    private WhisperTranscriber(WhisperJNI whisper, WhisperContext context, GgmlWhisperFile.Hparams hparams,
            String modelId, WhisperSettings settings) {
        this.whisper = whisper;
        this.context = context;
        this.hparams = hparams;
        this.modelId = modelId;
        this.settings = settings;
    }

    public static WhisperTranscriber open(InstalledModel model, WhisperSettings settings)
            throws SpeechRecognitionException {
        Path file = model.entry().files().stream().map(f -> model.file(f.name()))
                .filter(p -> p.getFileName().toString().endsWith(".bin")).findFirst()
                .orElseThrow(() -> new WhisperModelException("catalog model " + model.id() + " has no ggml .bin file"));
        return open(file, model.id(), settings);
    }

    /** Loads a ggml Whisper model; {@code modelId} is reported with the transcripts. */
    public static WhisperTranscriber open(Path ggmlModel, String modelId, WhisperSettings settings)
            throws SpeechRecognitionException {
        GgmlWhisperFile.Hparams hparams = GgmlWhisperFile.inspect(ggmlModel);
        WhisperJNI whisper = WhisperNative.load();
        WhisperContextParams params = new WhisperContextParams();
        params.useGPU = false;
        WhisperContext context;
        try {
            context = WhisperNative.capturingLog(() -> whisper.init(ggmlModel, params));
        } catch (IOException e) {
            throw new WhisperModelException("cannot open Whisper model " + ggmlModel + ": " + e.getMessage(), e);
        }
        if (context == null) {
            throw new WhisperModelException("whisper.cpp could not load " + ggmlModel + " ("
                    + WhisperNative.lastError().orElse("no reason logged") + ")");
        }
        return new WhisperTranscriber(whisper, context, hparams, modelId, settings);
    }

    public GgmlWhisperFile.Hparams hparams() {
        return hparams;
    }

    @Override
    public synchronized Transcript transcribe(MonoAudio16k audio) throws SpeechRecognitionException {
        float[] samples = audio.samples();
        List<TranscriptSegment> segments = new ArrayList<>();
        for (int[] pass : passes(samples, settings.maxPassSeconds())) {
            transcribePass(Arrays.copyOfRange(samples, pass[0], pass[1]), pass[0] / (double) MonoAudio16k.SAMPLE_RATE,
                    segments);
        }
        return new Transcript(TranscriptOrigin.WHISPER, language(), segments, List.of(modelId));
    }

    private void transcribePass(float[] samples, double offset, List<TranscriptSegment> out)
            throws SpeechRecognitionException {
        if (samples.length == 0) {
            return;
        }
        int rc = WhisperNative.capturingLog(() -> whisper.full(context, fullParams(), samples, samples.length));
        if (rc != 0) {
            throw new SpeechRecognitionException("whisper.cpp failed with code " + rc + " on the audio at "
                    + offset + " s (" + WhisperNative.lastError().orElse("no reason logged") + ")");
        }
        double passEnd = offset + samples.length / (double) MonoAudio16k.SAMPLE_RATE;
        double floor = out.isEmpty() ? offset : Math.max(offset, out.get(out.size() - 1).end());
        int n = whisper.fullNSegments(context);
        for (int i = 0; i < n; i++) {
            String text = whisper.fullGetSegmentText(context, i).strip();
            // 10 ms units relative to the pass; clamped so that times stay inside the audio and in order.
            double start = clamp(offset + whisper.fullGetSegmentTimestamp0(context, i) / 100.0, floor, passEnd);
            double end = clamp(offset + whisper.fullGetSegmentTimestamp1(context, i) / 100.0, start, passEnd);
            if (!text.isEmpty()) {
                out.add(new TranscriptSegment(start, end, null, text));
                floor = end;
            }
        }
    }

    private WhisperFullParams fullParams() {
        WhisperFullParams p = new WhisperFullParams(WhisperSamplingStrategy.GREEDY);
        p.nThreads = settings.threads();
        p.language = language();
        p.translate = false;
        p.detectLanguage = false; // true would mean "detect and stop"; "auto" detects and transcribes
        p.noTimestamps = false;
        p.printProgress = false;
        p.printRealtime = false;
        p.printTimestamps = false;
        p.printSpecial = false;
        p.suppressBlank = true;
        p.suppressNonSpeechTokens = true;
        if (!settings.temperatureFallback()) {
            p.temperatureInc = 0f;
        }
        return p;
    }

    /** English-only models always transcribe English; multilingual ones use the setting ("auto" detects). */
    private String language() {
        return hparams.multilingual() ? settings.language() : "en";
    }

    /** Sample ranges [from, to) of at most {@code maxSeconds}, cut at the quietest 100 ms before each limit. */
    static List<int[]> passes(float[] samples, double maxSeconds) {
        int max = (int) Math.round(maxSeconds * MonoAudio16k.SAMPLE_RATE);
        int frame = MonoAudio16k.SAMPLE_RATE / 10;
        int search = (int) Math.min(max / 2, CUT_SEARCH_SECONDS * MonoAudio16k.SAMPLE_RATE);
        List<int[]> passes = new ArrayList<>();
        int from = 0;
        while (samples.length - from > max) {
            int limit = from + max;
            int cut = limit;
            double quietest = Double.MAX_VALUE;
            for (int f = limit - frame; f >= limit - search; f -= frame) {
                double energy = 0;
                for (int k = f; k < f + frame; k++) {
                    energy += samples[k] * samples[k];
                }
                if (energy < quietest) {
                    quietest = energy;
                    cut = f + frame / 2;
                }
            }
            passes.add(new int[] {from, cut});
            from = cut;
        }
        passes.add(new int[] {from, samples.length});
        return passes;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    @Override
    public synchronized void close() {
        context.close();
    }
}
