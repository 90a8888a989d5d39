package org.emodisparity.segmenter;

import org.emodisparity.model.StageRunner;
import org.emodisparity.model.audio.Wav16k;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;
import org.emodisparity.model.MediaInfo.AudioTrack;
import org.emodisparity.model.speakers.SessionSpeakers.NamedTurn;

/**
 * A recording with several audio streams, as video platforms export "separate audio per participant": each stream is
 * extracted (16 kHz mono), its voice activity found from its energy per 50 ms frame, and the streams are told apart
 * by who is active when.
 * <ul>
 *   <li>a stream with under {@value #MIN_ACTIVE_SECONDS} s of voice is unused (silent);</li>
 *   <li>a stream whose voice covers what the others carry, with at least two others, is the <em>mix</em>;</li>
 *   <li>the remaining streams are one person each when each frame's voice is a stream's own: in each frame the
 *       streams within {@value #KEEP_WITHIN_DB} dB of the loudest active one keep it (the others hear it only as
 *       crosstalk and are silenced there), and no two streams keep more than {@value #MAX_SHARED} of the smaller
 *       one's voice at the same time. Then each becomes participant audio and the session's audio is the mix stream,
 *       else their sum;</li>
 *   <li>otherwise (the same voices in every stream: copies, languages, a mix and one person) the default stream is
 *       the session's audio, as with one stream.</li>
 * </ul>
 * A participant stream is named after the transcript's speaker whose cues it is active in (each name once), else by
 * its title, else "audio stream N".
 */
final class AudioStreams {
    static final int RATE = AudioExtractor.SAMPLE_RATE;
    /** 50 ms. */
    static final int FRAME = 800;
    static final double FRAME_SECONDS = FRAME / (double) RATE;
    static final double MIN_ACTIVE_SECONDS = 1.0;
    /** A frame louder than this (dBFS) can be voice; quieter is silence whatever the stream's noise. */
    static final double ABSOLUTE_FLOOR_DB = -55;
    static final double KEEP_WITHIN_DB = 10;
    static final double MAX_SHARED = 0.5;
    /** A mix carries at least this share of the others' voice. */
    static final double MIX_COVERS = 0.8;
    /** Voice frames are extended by this many frames each side (word edges, short gaps). */
    static final int HANGOVER = 4;
    /** A transcript name goes to a stream active in at least this share of the name's cue time. */
    static final double NAME_MATCH = 0.3;

    private final AudioExtractor extractor;

    AudioStreams(AudioExtractor extractor) {
        this.extractor = extractor;
    }

    /** One audio stream of the file to consider. */
    record Input(int streamIndex, int ordinal, String title, boolean isDefault) {
    }

    /** One stream's energy per frame (dBFS) and where it carries a voice. */
    record Activity(double[] db, boolean[] active) {
        static Activity of(double[] db) {
            double[] sorted = db.clone();
            Arrays.sort(sorted);
            double floor = sorted.length == 0 ? -120 : Math.max(-100, sorted[(int) (0.10 * (sorted.length - 1))]);
            double peak = sorted.length == 0 ? -120 : sorted[(int) (0.95 * (sorted.length - 1))];
            double threshold = Math.max(ABSOLUTE_FLOOR_DB, floor + Math.max(10, 0.3 * (peak - floor)));
            boolean[] raw = new boolean[db.length];
            for (int f = 0; f < db.length; f++) {
                raw[f] = db[f] > threshold;
            }
            return new Activity(db, dilate(raw, HANGOVER));
        }

        double activeSeconds() {
            return count(active) * FRAME_SECONDS;
        }
    }

    /** What becomes of each stream (by position in the input list). */
    record Decision(List<Integer> participants, Integer mix, Map<Integer, String> unused, List<boolean[]> own) {
        boolean split() {
            return participants.size() >= 2;
        }
    }

    /**
     * The result: the session's audio is written ({@code analysedStreamIndex}: the one stream it is, null when it is
     * the participants' sum); the participants' own audio, one file each when split.
     */
    record Split(List<AudioTrack> tracks, List<Participant> participants, Integer analysedStreamIndex) {
    }

    /** A participant stream: its name and its own voice as 16 kHz mono WAV. */
    record Participant(String name, int streamIndex, Path wav) {
    }

    /**
     * Extracts the streams, decides, and writes {@code sessionWav} (the session's audio) and, when the streams are one
     * person each, a WAV per participant in {@code dir}.
     *
     * @param defaultPosition the position in {@code streams} of the stream the probe chose (default, else first)
     * @param transcriptTurns the speaker-named cues of the session's transcript (empty without)
     */
    Split split(Path media, List<Input> streams, int defaultPosition, double durationSeconds, Path dir,
                Path sessionWav, List<NamedTurn> transcriptTurns, DoubleConsumer progress) throws IOException {
        List<Path> wavs = new ArrayList<>();
        List<Activity> activity = new ArrayList<>();
        for (int k = 0; k < streams.size(); k++) {
            Path wav = dir.resolve("stream-" + k + ".wav");
            FrameEnergy energy = new FrameEnergy();
            int done = k;
            extractor.extract(media, wav, durationSeconds, streams.get(k).streamIndex(),
                    p -> progress.accept((done + p) / streams.size()), energy);
            wavs.add(wav);
            activity.add(Activity.of(energy.db()));
        }
        Decision d = decide(activity, defaultPosition);
        List<AudioTrack> tracks = new ArrayList<>();
        List<Participant> participants = new ArrayList<>();
        if (!d.split()) {
            // the default stream, unless it is silent and another one carries the voices
            int analysed = defaultPosition;
            if (activity.get(defaultPosition).activeSeconds() < MIN_ACTIVE_SECONDS) {
                for (int k = 0; k < streams.size(); k++) {
                    if (activity.get(k).activeSeconds() > activity.get(analysed).activeSeconds()) {
                        analysed = k;
                    }
                }
            }
            Files.copy(wavs.get(analysed), sessionWav, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            for (int k = 0; k < streams.size(); k++) {
                String why = k != analysed ? d.unused().getOrDefault(k, "not one person's own audio")
                        : k != defaultPosition ? "the default audio stream is silent; this one carries the voices"
                        : (streams.get(k).isDefault() ? "the default audio stream" : "the first audio stream") + ": "
                                + d.unused().getOrDefault(-1, "the streams do not carry one person each");
                tracks.add(new AudioTrack(streams.get(k).streamIndex(), nameOf(streams.get(k)),
                        k == analysed ? AudioTrack.ANALYSED : AudioTrack.UNUSED,
                        round(activity.get(k).activeSeconds()), why));
            }
            return new Split(tracks, List.of(), streams.get(analysed).streamIndex());
        }
        Map<Integer, String> names = names(streams, d, transcriptTurns);
        for (int n = 0; n < d.participants().size(); n++) {
            int k = d.participants().get(n);
            Path own = dir.resolve("participant-stream-" + k + ".wav");
            gate(wavs.get(k), own, d.own().get(n));
            participants.add(new Participant(names.get(k), streams.get(k).streamIndex(), own));
        }
        Integer analysed = null;
        if (d.mix() != null) {
            Files.copy(wavs.get(d.mix()), sessionWav, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            analysed = streams.get(d.mix()).streamIndex();
        } else {
            sum(d.participants().stream().map(wavs::get).toList(), sessionWav);
        }
        for (int k = 0; k < streams.size(); k++) {
            double active = round(activity.get(k).activeSeconds());
            if (d.participants().contains(k)) {
                tracks.add(new AudioTrack(streams.get(k).streamIndex(), names.get(k), AudioTrack.PARTICIPANT, active,
                        "one person's own audio" + (names.get(k).equals(nameOf(streams.get(k))) ? ""
                                : " (active in the transcript's cues of this speaker)")));
            } else if (Integer.valueOf(k).equals(d.mix())) {
                tracks.add(new AudioTrack(streams.get(k).streamIndex(), nameOf(streams.get(k)), AudioTrack.MIX, active,
                        "all voices together: the session's audio"));
            } else {
                tracks.add(new AudioTrack(streams.get(k).streamIndex(), nameOf(streams.get(k)), AudioTrack.UNUSED,
                        active, d.unused().getOrDefault(k, "not used")));
            }
        }
        return new Split(tracks, participants, analysed);
    }

    /** The decision on energies alone (see the class comment). */
    static Decision decide(List<Activity> streams, int defaultPosition) {
        Map<Integer, String> unused = new LinkedHashMap<>();
        List<Integer> active = new ArrayList<>();
        for (int k = 0; k < streams.size(); k++) {
            if (streams.get(k).activeSeconds() < MIN_ACTIVE_SECONDS) {
                unused.put(k, "silent (under " + (int) MIN_ACTIVE_SECONDS + " s of voice)");
            } else {
                active.add(k);
            }
        }
        if (active.size() < 2) {
            Map<Integer, String> why = new LinkedHashMap<>(unused);
            why.put(-1, active.isEmpty() ? "no stream carries a voice" : "the other audio streams are silent");
            return new Decision(List.of(), null, why, List.of());
        }
        Decision clean = separate(streams, active, unused, null);
        if (clean != null) {
            return clean;
        }
        if (active.size() >= 3) {
            // a mix beside the persons' own streams: the default first, then in order
            List<Integer> candidates = new ArrayList<>(active);
            if (candidates.remove(Integer.valueOf(defaultPosition))) {
                candidates.add(0, defaultPosition);
            }
            for (int mix : candidates) {
                List<Integer> rest = new ArrayList<>(active);
                rest.remove(Integer.valueOf(mix));
                if (covers(streams.get(mix), streams, rest)) {
                    Decision d = separate(streams, rest, unused, mix);
                    if (d != null) {
                        return d;
                    }
                }
            }
        }
        Map<Integer, String> same = new LinkedHashMap<>(unused);
        for (int k : active) {
            same.putIfAbsent(k, "the same voices as the analysed stream");
        }
        same.put(-1, "the streams carry the same voices");
        return new Decision(List.of(), null, same, List.of());
    }

    /** The streams as one person each, or null when two of them share too much of their voice. */
    private static Decision separate(List<Activity> streams, List<Integer> persons, Map<Integer, String> unused,
                                     Integer mix) {
        int frames = streams.stream().mapToInt(a -> a.db().length).max().orElse(0);
        List<boolean[]> own = new ArrayList<>();
        for (int k : persons) {
            own.add(new boolean[frames]);
        }
        for (int f = 0; f < frames; f++) {
            double loudest = Double.NEGATIVE_INFINITY;
            for (int k : persons) {
                Activity a = streams.get(k);
                if (f < a.db().length && a.active()[f]) {
                    loudest = Math.max(loudest, a.db()[f]);
                }
            }
            for (int n = 0; n < persons.size(); n++) {
                Activity a = streams.get(persons.get(n));
                own.get(n)[f] = f < a.db().length && a.active()[f] && a.db()[f] >= loudest - KEEP_WITHIN_DB;
            }
        }
        for (int i = 0; i < persons.size(); i++) {
            if (count(own.get(i)) * FRAME_SECONDS < MIN_ACTIVE_SECONDS) {
                return null; // a voice heard only as crosstalk of another
            }
            for (int j = i + 1; j < persons.size(); j++) {
                int shared = 0;
                for (int f = 0; f < frames; f++) {
                    if (own.get(i)[f] && own.get(j)[f]) {
                        shared++;
                    }
                }
                if (shared > MAX_SHARED * Math.min(count(own.get(i)), count(own.get(j)))) {
                    return null;
                }
            }
        }
        return new Decision(List.copyOf(persons), mix, unused, own);
    }

    /** Whether {@code mix} is active in most of the frames where any of {@code others} is. */
    private static boolean covers(Activity mix, List<Activity> streams, List<Integer> others) {
        int union = 0;
        int covered = 0;
        for (int f = 0; f < mix.active().length; f++) {
            boolean any = false;
            for (int k : others) {
                Activity a = streams.get(k);
                any |= f < a.active().length && a.active()[f];
            }
            if (any) {
                union++;
                if (mix.active()[f]) {
                    covered++;
                }
            }
        }
        return union > 0 && covered >= MIX_COVERS * union;
    }

    /**
     * Each participant stream's name: the transcript speaker in whose cues it is most active (each name once, at least
     * {@value #NAME_MATCH} of the name's cue time), else its title, else "audio stream N".
     */
    static Map<Integer, String> names(List<Input> streams, Decision d, List<NamedTurn> turns) {
        Map<Integer, String> names = new LinkedHashMap<>();
        Map<String, List<NamedTurn>> byName = new LinkedHashMap<>();
        for (NamedTurn t : turns) {
            byName.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(t);
        }
        // every (stream, name) pair by the share of the name's cue time the stream's own voice fills, best first
        record Pair(int position, int stream, String name, double share) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int n = 0; n < d.participants().size(); n++) {
            boolean[] own = d.own().get(n);
            for (Map.Entry<String, List<NamedTurn>> e : byName.entrySet()) {
                double cue = 0;
                double inside = 0;
                for (NamedTurn t : e.getValue()) {
                    cue += Math.max(0, t.end() - t.start());
                    int from = Math.max(0, (int) Math.floor(t.start() / FRAME_SECONDS));
                    int to = Math.min(own.length, (int) Math.ceil(t.end() / FRAME_SECONDS));
                    for (int f = from; f < to; f++) {
                        if (own[f]) {
                            inside += FRAME_SECONDS;
                        }
                    }
                }
                if (cue > 0) {
                    pairs.add(new Pair(n, d.participants().get(n), e.getKey(), inside / cue));
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b.share(), a.share()));
        Set<String> taken = new HashSet<>();
        for (Pair p : pairs) {
            if (p.share() >= NAME_MATCH && !names.containsKey(p.stream()) && taken.add(p.name())) {
                names.put(p.stream(), p.name());
            }
        }
        for (int k : d.participants()) {
            String fallback = nameOf(streams.get(k));
            if (!names.containsKey(k)) {
                names.put(k, taken.add(fallback) ? fallback : fallback + " (stream " + streams.get(k).ordinal() + ")");
            }
        }
        return names;
    }

    static String nameOf(Input stream) {
        return stream.title() != null ? stream.title() : "audio stream " + stream.ordinal();
    }

    static boolean[] dilate(boolean[] raw, int by) {
        boolean[] out = new boolean[raw.length];
        for (int f = 0; f < raw.length; f++) {
            if (raw[f]) {
                for (int g = Math.max(0, f - by); g <= Math.min(raw.length - 1, f + by); g++) {
                    out[g] = true;
                }
            }
        }
        return out;
    }

    static int count(boolean[] b) {
        int n = 0;
        for (boolean v : b) {
            if (v) {
                n++;
            }
        }
        return n;
    }

    private static double round(double v) {
        return StageRunner.round(v, 2);
    }

    /** Mean energy per frame of the samples handed to it, in dBFS. */
    static final class FrameEnergy implements java.util.function.Consumer<ShortBuffer> {
        private double[] db = new double[1024];
        private int frames;
        private double sum;
        private int inFrame;

        @Override
        public void accept(ShortBuffer samples) {
            while (samples.hasRemaining()) {
                double v = samples.get() / 32768.0;
                sum += v * v;
                if (++inFrame == FRAME) {
                    close();
                }
            }
        }

        private void close() {
            if (frames == db.length) {
                db = Arrays.copyOf(db, db.length * 2);
            }
            db[frames++] = 10 * Math.log10(sum / Math.max(1, inFrame) + 1e-12);
            sum = 0;
            inFrame = 0;
        }

        double[] db() {
            if (inFrame > 0) {
                close();
            }
            return Arrays.copyOf(db, frames);
        }
    }

    // ---- 16-bit mono PCM WAV, chunk by chunk (a three-hour stream never sits in memory) ----

    /** The WAV's samples with the frames not {@code keep} silenced. */
    static void gate(Path in, Path out, boolean[] keep) throws IOException {
        try (Wav16k.Pcm16Stream wav = Wav16k.openPcm16(in); WavOut o = new WavOut(out, wav.samples())) {
            short[] frame = new short[FRAME];
            for (int f = 0; ; f++) {
                int n = wav.read(frame);
                if (n <= 0) {
                    break;
                }
                if (f >= keep.length || !keep[f]) {
                    Arrays.fill(frame, 0, n, (short) 0);
                }
                o.write(frame, n);
            }
        }
    }

    /** The sum of the WAVs' samples (clipped), as long as the longest. */
    static void sum(List<Path> in, Path out) throws IOException {
        List<Wav16k.Pcm16Stream> wavs = new ArrayList<>();
        try {
            long samples = 0;
            for (Path p : in) {
                Wav16k.Pcm16Stream w = Wav16k.openPcm16(p);
                wavs.add(w);
                samples = Math.max(samples, w.samples());
            }
            try (WavOut o = new WavOut(out, samples)) {
                short[] buf = new short[FRAME];
                int[] acc = new int[FRAME];
                while (true) {
                    Arrays.fill(acc, 0);
                    int longest = 0;
                    for (Wav16k.Pcm16Stream w : wavs) {
                        int n = w.read(buf);
                        for (int i = 0; i < n; i++) {
                            acc[i] += buf[i];
                        }
                        longest = Math.max(longest, n);
                    }
                    if (longest <= 0) {
                        break;
                    }
                    for (int i = 0; i < longest; i++) {
                        buf[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, acc[i]));
                    }
                    o.write(buf, longest);
                }
            }
        } finally {
            for (Wav16k.Pcm16Stream w : wavs) {
                w.close();
            }
        }
    }

    /** Writes a 16 kHz 16-bit mono PCM WAV of a known number of samples. */
    static final class WavOut implements AutoCloseable {
        private final OutputStream out;
        private final long samples;
        private long written;

        WavOut(Path file, long samples) throws IOException {
            this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            this.samples = samples;
            long data = samples * 2;
            ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
            h.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) (36 + data))
                    .put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                    .put("fmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
                    .putShort((short) 1).putInt(RATE).putInt(RATE * 2).putShort((short) 2).putShort((short) 16)
                    .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) data);
            out.write(h.array());
        }

        void write(short[] buf, int n) throws IOException {
            int m = (int) Math.min(n, samples - written);
            ByteBuffer b = ByteBuffer.allocate(m * 2).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < m; i++) {
                b.putShort(buf[i]);
            }
            out.write(b.array());
            written += m;
        }

        @Override
        public void close() throws IOException {
            try {
                byte[] zeros = new byte[(int) Math.min(1 << 16, Math.max(0, (samples - written) * 2))];
                while (written < samples) { // never shorter than its header says
                    int m = (int) Math.min(zeros.length / 2, samples - written);
                    out.write(zeros, 0, m * 2);
                    written += m;
                }
            } finally {
                out.close();
            }
        }
    }
}
