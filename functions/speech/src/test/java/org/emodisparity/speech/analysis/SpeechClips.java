package org.emodisparity.speech.analysis;

import org.emodisparity.model.TimeWindow;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.emodisparity.fixtures.SharedMedia;

/**
 * The real speech in {@code ../shared/media/speech} with reference values from independent sources: the sounding
 * stretches and F0/voice-quality figures from Praat 6.3.07 ({@code To TextGrid (silences)} at −30 dB, 0.1 s minimum
 * silence; {@code To Pitch (cc)} 60–500 Hz with default settings, {@code To PointProcess (cc)}, {@code Get jitter
 * (local)}, {@code Get shimmer (local)}, {@code To Harmonicity (ac)} 75 Hz, whole file), and the syllables counted
 * by hand in the reference transcripts.
 */
final class SpeechClips {
    /**
     * @param sounding reference speech stretches, seconds
     * @param syllables syllables of the transcript
     */
    record Clip(String name, Path path, List<TimeWindow> sounding, int syllables, double praatF0MedianHz,
            double praatJitter, double praatShimmer, double praatHnrDb) {
        double speechStart() {
            return sounding.get(0).start();
        }

        double speechEnd() {
            return sounding.get(sounding.size() - 1).end();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private SpeechClips() {
    }

    /**
     * "And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country."
     * 28 syllables. Crowd noise follows the last word from about 10.6 s, so Praat's last sounding stretch (to 11.0 s)
     * is cut at 10.5 s, where the intensity of "country" has died away.
     */
    static Clip jfk() {
        return new Clip("jfk", SharedMedia.file("media/speech/jfk.wav"),
                List.of(i(0.320, 2.152), i(3.280, 3.720), i(3.960, 4.328), i(5.408, 7.704), i(8.184, 10.5)),
                28, 235.5, 0.0213, 0.1144, 10.19);
    }

    /** Silences of jfk.wav between its sounding stretches (Praat). */
    static List<TimeWindow> jfkPauses() {
        return List.of(i(2.152, 3.280), i(3.720, 3.960), i(4.328, 5.408), i(7.704, 8.184));
    }

    /** The five LibriVox clips (Sense and Sensibility, ch. 1, one male reader). */
    static List<Clip> librivox() {
        return List.of(
                // "and mister john dashwood had then leisure to consider how much there might be prudently in his
                // power to do for them"
                librivox("0870", List.of(i(0.250, 6.754)), 30, 99.6, 0.0280, 0.1173, 7.91),
                // "he was not an ill disposed young man"
                librivox("0880", List.of(i(0.259, 1.003), i(1.139, 2.803)), 9, 81.1, 0.0248, 0.1193, 7.80),
                // "unless to be rather cold hearted and rather selfish is to be ill disposed"
                librivox("0890", List.of(i(0.282, 1.234), i(1.386, 4.994)), 20, 91.7, 0.0321, 0.1232, 6.21),
                // "had he married a more a amiable woman he might have been made still more respectable than he was"
                librivox("0920", List.of(i(0.289, 5.505), i(5.609, 5.801)), 27, 101.9, 0.0297, 0.1156, 8.81),
                // "he might even have been made amiable himself"; Praat's 81 ms blip at 0 s (the end of the previous
                // sentence in the recording) is left out.
                librivox("0930", List.of(i(0.273, 2.977)), 13, 92.3, 0.0259, 0.1125, 9.12));
    }

    static List<Clip> all() {
        return Stream.concat(Stream.of(jfk()), librivox().stream()).toList();
    }

    private static Clip librivox(String id, List<TimeWindow> sounding, int syllables, double f0, double jitter,
            double shimmer, double hnr) {
        Path wav = SharedMedia.librivox(id);
        String name = wav.getFileName().toString().replace(".wav", "");
        return new Clip(name, wav, sounding, syllables, f0,
                jitter, shimmer, hnr);
    }

    private static TimeWindow i(double start, double end) {
        return TimeWindow.of(start, end);
    }
}
