package org.emodisparity.speech.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.model.TimeWindow;
import org.emodisparity.speech.analysis.ArousalScore;
import org.emodisparity.speech.analysis.IntervalAnalysis;
import org.emodisparity.speech.analysis.Pcm16k;
import org.emodisparity.speech.analysis.SpeechAnalyzer;
import org.emodisparity.speech.analysis.SpeechRegion;
import org.emodisparity.speech.analysis.VocalCues;
import org.emodisparity.speech.analysis.VoiceActivityDetector;
import org.emodisparity.model.audio.Wav16k;

/**
 * EmoDB development speakers ({@code ../shared/media/speech/emodb-dev}, Burkhardt et al. 2005) as the speech stage sees
 * a session: each file resampled to 16 kHz by SoX ({@code sox -R in -b 16 -r 16000 -c 1 out}, SoX's high-quality
 * band-limited rate conversion; cached under {@code target/emodb-dev-16k}), one session per speaker of that
 * speaker's utterances in file-name order with {@value #GAP_SECONDS} s of silence between, speech regions from the
 * voice-activity detector, and the vocal cues of each utterance and of each {@value #WINDOW_SECONDS} s window
 * ({@value #STRIDE_SECONDS} s stride) from one {@link SpeechAnalyzer#analyze(float[], List, List)} call each, as the
 * stage makes them. A window takes the label of the utterance that overlaps it most.
 */
public final class EmoDbSessions {
    static final double GAP_SECONDS = 0.5;
    static final double WINDOW_SECONDS = 2.5;
    static final double STRIDE_SECONDS = 1.25;

    /** Arousal class of an EmoDB emotion letter: anger, happiness, fear high; sadness, boredom, neutral low. */
    public enum Arousal {
        HIGH, LOW, NEITHER;

        static Arousal of(char emotion) {
            return switch (emotion) {
                case 'W', 'F', 'A' -> HIGH;
                case 'T', 'L', 'N' -> LOW;
                case 'E' -> NEITHER; // disgust: neither in the issue's definition, left out of training and AUC
                default -> throw new IllegalArgumentException("not an EmoDB emotion letter: " + emotion);
            };
        }
    }

    /**
     * One scored unit (an utterance or a window): its EmoDB emotion letter (a window's: that of the utterance that
     * overlaps it most) and arousal class, its cues and the analyzer's arousal score of it (null where it scored none).
     */
    public record Unit(String speaker, String name, char emotion, Arousal label, VocalCues cues, ArousalScore arousal) {
    }

    /** A speaker's session: its utterances and its windows, each list analysed in one call (one baseline each). */
    public record Speaker(String id, List<Unit> utterances, List<Unit> windows, double seconds) {
    }

    private EmoDbSessions() {
    }

    public static Path corpusDir() {
        return SharedMedia.sharedDir().resolve("media/speech/emodb-dev");
    }

    /** All speakers of the development set, in id order. */
    public static List<Speaker> load(VoiceActivityDetector vad, SpeechAnalyzer analyzer) throws IOException {
        Path cache = SharedMedia.repoRoot().resolve("functions/speech/target/emodb-dev-16k");
        Files.createDirectories(cache);
        Map<String, List<Path>> bySpeaker = new TreeMap<>();
        try (Stream<Path> files = Files.list(corpusDir())) {
            files.filter(p -> p.getFileName().toString().matches("\\d\\d[a-z]\\d\\d[A-Z][a-z]\\.wav")).sorted()
                    .forEach(p -> bySpeaker.computeIfAbsent(p.getFileName().toString().substring(0, 2),
                            k -> new ArrayList<>()).add(p));
        }
        if (bySpeaker.isEmpty()) {
            throw new IOException("no EmoDB files in " + corpusDir());
        }
        List<Speaker> speakers = new ArrayList<>();
        for (Map.Entry<String, List<Path>> e : bySpeaker.entrySet()) {
            speakers.add(session(e.getKey(), e.getValue(), cache, vad, analyzer));
        }
        return speakers;
    }

    private static Speaker session(String speaker, List<Path> files, Path cache, VoiceActivityDetector vad,
            SpeechAnalyzer analyzer) throws IOException {
        List<float[]> parts = new ArrayList<>();
        List<TimeWindow> utterances = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int gap = (int) Math.round(GAP_SECONDS * Pcm16k.SAMPLE_RATE);
        int total = 0;
        for (Path f : files) {
            float[] pcm = Wav16k.readMono(resampled(f, cache));
            if (total > 0) {
                total += gap;
            }
            utterances.add(TimeWindow.of(Pcm16k.seconds(total), Pcm16k.seconds(total + pcm.length)));
            names.add(f.getFileName().toString());
            parts.add(pcm);
            total += pcm.length;
        }
        float[] session = new float[total];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, session, at, p.length);
            at += p.length + gap;
        }
        List<SpeechRegion> regions = vad.detect(session);
        List<IntervalAnalysis> utteranceCues = analyzer.analyze(session, regions, utterances).intervals();
        List<Unit> utteranceUnits = new ArrayList<>();
        for (int i = 0; i < utterances.size(); i++) {
            utteranceUnits.add(unit(speaker, names.get(i), names.get(i).charAt(5), utteranceCues.get(i)));
        }
        double duration = Pcm16k.duration(session);
        List<TimeWindow> windows = new ArrayList<>();
        for (double t = 0; t + WINDOW_SECONDS <= duration + 1e-9; t += STRIDE_SECONDS) {
            windows.add(TimeWindow.of(t, t + WINDOW_SECONDS));
        }
        List<IntervalAnalysis> windowCues = analyzer.analyze(session, regions, windows).intervals();
        List<Unit> windowUnits = new ArrayList<>();
        for (int w = 0; w < windows.size(); w++) {
            int best = 0;
            for (int i = 1; i < utterances.size(); i++) {
                if (overlap(utterances.get(i), windows.get(w)) > overlap(utterances.get(best), windows.get(w))) {
                    best = i;
                }
            }
            windowUnits.add(unit(speaker, String.format("%s@%.2f", speaker, windows.get(w).start()),
                    names.get(best).charAt(5), windowCues.get(w)));
        }
        return new Speaker(speaker, utteranceUnits, windowUnits, duration);
    }

    private static Unit unit(String speaker, String name, char emotion, IntervalAnalysis analysed) {
        ArousalScore a = analysed.arousal();
        return new Unit(speaker, name, emotion, Arousal.of(emotion), analysed.cues(),
                a != null && a.status() == ArousalScore.Status.SCORED ? a : null);
    }

    private static double overlap(TimeWindow a, TimeWindow b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }

    private static Path resampled(Path wav, Path cache) throws IOException {
        Path out = cache.resolve(wav.getFileName());
        if (Files.isRegularFile(out) && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(wav)) > 0) {
            return out;
        }
        Path tmp = cache.resolve(wav.getFileName() + ".tmp.wav");
        List<String> command = List.of("sox", "-R", wav.toString(), "-b", "16", "-r", "16000", "-c", "1",
                tmp.toString());
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String log = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("sox failed: " + String.join(" ", command) + "\n" + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return out;
    }
}
