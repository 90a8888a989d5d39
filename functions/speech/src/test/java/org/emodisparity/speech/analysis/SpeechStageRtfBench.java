package org.emodisparity.speech.analysis;

import org.emodisparity.model.audio.Wav16k;

import org.emodisparity.model.TimeWindow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Real-time factor of the speech stage's analysis on one core: a 60 s signal built from the JFK and LibriVox clips
 * (played in turn with 0.5 s pauses until 60 s), Silero VAD, then cues and arousal with the committed trained weights
 * for the product's window plan (2.5 s windows, 1.25 s stride) and the phrases. Not a test; run it pinned to one core
 * with the test classpath (see {@link SpeechAnalysisBench} for the classpath):
 * <pre>
 *   taskset -c 0 java -XX:ActiveProcessorCount=1 -cp ... org.emodisparity.speech.analysis.SpeechStageRtfBench [rounds]
 * </pre>
 * Target (issue #17): RTF ≤ 0.03.
 */
public final class SpeechStageRtfBench {
    static final double SECONDS = 60;

    private SpeechStageRtfBench() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        float[] pcm = sixtySeconds();
        List<TimeWindow> windows = new ArrayList<>();
        for (double t = 0; t + 2.5 <= SECONDS + 1e-9; t += 1.25) {
            windows.add(TimeWindow.of(t, t + 2.5));
        }
        System.out.printf("%.1f s signal, %d windows; %d cores visible to the JVM; %d timed rounds after 3 warm-up%n",
                Pcm16k.duration(pcm), windows.size(), Runtime.getRuntime().availableProcessors(), rounds);
        try (SileroVad vad = SileroVad.load(SileroModel.defaultModelFile())) {
            SpeechAnalyzer analyzer = new SpeechAnalyzer(vad, CommittedArousalModel.config());
            for (int r = 0; r < 3; r++) {
                analyzer.analyze(pcm, windows);
            }
            double vadSeconds = 0;
            double analysisSeconds = 0;
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                List<SpeechRegion> regions = vad.detect(pcm);
                long t1 = System.nanoTime();
                analyzer.analyze(pcm, regions, windows);
                long t2 = System.nanoTime();
                vadSeconds += (t1 - t0) / 1e9;
                analysisSeconds += (t2 - t1) / 1e9;
            }
            double audio = Pcm16k.duration(pcm) * rounds;
            System.out.printf("RTF vad %.4f, cues+arousal %.4f, speech stage %.4f (target <= 0.03)%n",
                    vadSeconds / audio, analysisSeconds / audio, (vadSeconds + analysisSeconds) / audio);
        }
    }

    static float[] sixtySeconds() throws IOException {
        List<float[]> clips = new ArrayList<>();
        for (SpeechClips.Clip clip : SpeechClips.all()) {
            clips.add(Wav16k.readMono(clip.path()));
        }
        int total = (int) (SECONDS * Pcm16k.SAMPLE_RATE);
        int gap = Pcm16k.SAMPLE_RATE / 2;
        float[] out = new float[total];
        int at = 0;
        for (int k = 0; at < total; k = (k + 1) % clips.size()) {
            float[] c = clips.get(k);
            int n = Math.min(c.length, total - at);
            System.arraycopy(c, 0, out, at, n);
            at += n + gap;
        }
        return out;
    }
}
