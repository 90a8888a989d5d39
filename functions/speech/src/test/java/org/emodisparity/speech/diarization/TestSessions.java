package org.emodisparity.speech.diarization;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.emodisparity.fixtures.Dialogue;
import org.emodisparity.fixtures.SharedMedia;

/**
 * Two-person sessions from real voices of {@code ../shared/media/speech} with known turns: EmoDB speakers (03 male,
 * 08 female, 09 female, 10 male; resampled to 16 kHz with sox), JFK (male) and a LibriVox reader (female).
 */
final class TestSessions {
    private TestSessions() {
    }

    /** EmoDB utterances of one speaker, resampled to 16 kHz into {@code dir} (sox, as CI installs it). */
    static List<Path> emodb(String speaker, Path dir) throws IOException, InterruptedException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(SharedMedia.sharedDir().resolve("media/speech/emodb-dev"))) {
            for (Path wav : files.filter(p -> p.getFileName().toString().startsWith(speaker)).sorted().toList()) {
                out.add(pcm16k(wav, dir));
            }
        }
        return out;
    }

    /** A WAV as 16-bit 16 kHz mono (sox), into {@code dir}; the AMI excerpts are 32-bit float. */
    static Path pcm16k(Path wav, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path target = dir.resolve(wav.getFileName());
        if (!Files.exists(target)) {
            Process p = new ProcessBuilder("sox", wav.toString(), "-r", "16000", "-b", "16", "-c", "1",
                    "-e", "signed-integer", target.toString()).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IOException("sox failed: " + log);
            }
        }
        return target;
    }

    /**
     * A and B alternate, {@code perTurn} utterances per turn, {@code turns} turns each, starting with A; utterances
     * are taken in order (B's from the end of its list, so both speakers vary in emotion).
     */
    static Dialogue.Built alternate(String a, List<Path> aFiles, String b, List<Path> bFiles, int turns, int perTurn,
                                    Path dir) throws IOException {
        Dialogue d = new Dialogue(0.5);
        int ia = 0;
        int ib = bFiles.size() - 1;
        for (int t = 0; t < turns; t++) {
            for (int k = 0; k < perTurn; k++) {
                d.say(a, aFiles.get(ia++ % aFiles.size()), 0, 0, "");
            }
            for (int k = 0; k < perTurn; k++) {
                d.say(b, bFiles.get(Math.floorMod(ib--, bFiles.size())), 0, 0, "");
            }
        }
        return d.build(dir);
    }

    static List<Path> librivox() {
        return Stream.of("0870", "0880", "0890", "0920", "0930")
                .map(SharedMedia::librivox)
                .toList();
    }

    /** The built session's turns as reference turns. */
    static List<DiarizationScore.RefTurn> reference(Dialogue.Built built) {
        List<DiarizationScore.RefTurn> ref = new ArrayList<>();
        for (Dialogue.Placed p : built.placed()) {
            ref.add(new DiarizationScore.RefTurn(p.speaker(), p.start(), p.end()));
        }
        return ref;
    }
}
