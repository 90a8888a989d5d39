package org.emodisparity.speech.analysis;

import org.emodisparity.model.audio.Wav16k;

import org.emodisparity.model.TimeWindow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Real-time factor of the speech analysis (processing time / audio duration) on the project's clips: Silero VAD,
 * then cues + arousal for 1 s windows and the phrases, then both together. Not a test; run it with the test classpath:
 * <pre>
 *   mvn -q -pl functions/speech test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 *   java -cp functions/speech/target/test-classes:functions/speech/target/classes:$(cat /tmp/cp.txt) \
 *       org.emodisparity.speech.analysis.SpeechAnalysisBench [rounds]
 * </pre>
 */
public final class SpeechAnalysisBench {
    private SpeechAnalysisBench() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<SpeechClips.Clip> clips = SpeechClips.all();
        List<float[]> audio = new ArrayList<>();
        for (SpeechClips.Clip clip : clips) {
            audio.add(Wav16k.readMono(clip.path()));
        }
        System.out.printf("%d cores available; %d timed rounds after 3 warm-up rounds%n",
                Runtime.getRuntime().availableProcessors(), rounds);
        try (SileroVad vad = SileroVad.load(SileroModel.defaultModelFile())) {
            SpeechAnalyzer analyzer = new SpeechAnalyzer(vad);
            for (int r = 0; r < 3; r++) {
                for (float[] pcm : audio) {
                    analyzer.analyze(pcm, windows(pcm));
                }
            }
            double totalAudio = 0;
            double totalVad = 0;
            double totalCues = 0;
            double totalAll = 0;
            System.out.printf("%-42s %7s %9s %9s %9s%n", "clip", "audio s", "RTF vad", "RTF cues", "RTF all");
            for (int k = 0; k < clips.size(); k++) {
                float[] pcm = audio.get(k);
                List<TimeWindow> windows = windows(pcm);
                double vadSeconds = 0;
                double cueSeconds = 0;
                double allSeconds = 0;
                for (int r = 0; r < rounds; r++) {
                    long t0 = System.nanoTime();
                    List<SpeechRegion> regions = vad.detect(pcm);
                    long t1 = System.nanoTime();
                    analyzer.analyze(pcm, regions, windows);
                    long t2 = System.nanoTime();
                    analyzer.analyze(pcm, windows);
                    long t3 = System.nanoTime();
                    vadSeconds += (t1 - t0) / 1e9;
                    cueSeconds += (t2 - t1) / 1e9;
                    allSeconds += (t3 - t2) / 1e9;
                }
                double duration = Pcm16k.duration(pcm) * rounds;
                System.out.printf("%-42s %7.2f %9.4f %9.4f %9.4f%n", clips.get(k), Pcm16k.duration(pcm),
                        vadSeconds / duration, cueSeconds / duration, allSeconds / duration);
                totalAudio += duration;
                totalVad += vadSeconds;
                totalCues += cueSeconds;
                totalAll += allSeconds;
            }
            System.out.printf("%-42s %7.2f %9.4f %9.4f %9.4f%n", "all", totalAudio / rounds, totalVad / totalAudio,
                    totalCues / totalAudio, totalAll / totalAudio);
        }
    }

    private static List<TimeWindow> windows(float[] pcm) {
        List<TimeWindow> windows = new ArrayList<>();
        double duration = Pcm16k.duration(pcm);
        for (double t = 0; t < duration; t += 1.0) {
            windows.add(TimeWindow.of(t, Math.min(duration, t + 1.0)));
        }
        return windows;
    }
}
