package org.emodisparity.speech.diarization;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.emodisparity.fixtures.Dialogue;
import org.emodisparity.fixtures.SharedMedia;
import org.emodisparity.speech.analysis.SileroModel;
import org.emodisparity.speech.analysis.SpeechRegion;
import org.emodisparity.model.audio.Wav16k;

/**
 * Diarisation figures: DER (0.25 s collar) and speaker-attributed accuracy per AMI excerpt and per two-person
 * session built from real voices, and the real-time factor on one core (VAD excluded: it is shared with the speech
 * stage). Run:
 * <pre>
 *   mvn -q -pl functions/speech test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 *   java -cp functions/speech/target/test-classes:functions/speech/target/classes:$(cat /tmp/cp.txt) \
 *       org.emodisparity.speech.diarization.DiarizationBench
 * </pre>
 */
public final class DiarizationBench {
    private DiarizationBench() {
    }

    public static void main(String[] args) throws Exception {
        // optional: segmentSeconds bicLambda smoothingSeconds (to compare settings on the development files)
        DiarizationSettings base = DiarizationSettings.defaults();
        if (args.length == 3) {
            base = new DiarizationSettings(base.maxSpeakers(), Double.parseDouble(args[0]), Double.parseDouble(args[1]),
                    Double.parseDouble(args[2]), base.minTurnSeconds(), base.minSpeakerShare(), base.minSeparation());
        }
        DiarizationSettings settings = base;
        SpeakerDiarizer diarizer = new SpeakerDiarizer(settings);
        Path ami = SharedMedia.sharedDir().resolve("media/speech/ami");
        Map<String, List<DiarizationScore.RefTurn>> ref = DiarizationScore.readRttm(ami.resolve("sample.rttm"));
        ref.putAll(DiarizationScore.readRttm(ami.resolve("debug.train.rttm")));
        ref.putAll(DiarizationScore.readRttm(ami.resolve("debug.development.rttm")));
        Map<String, double[]> uem = DiarizationScore.readUem(ami.resolve("debug.train.uem"));
        uem.putAll(DiarizationScore.readUem(ami.resolve("debug.development.uem")));
        Path tmp = Files.createTempDirectory("diarization-bench");
        double audio = 0;
        long nanos = 0;
        System.out.println("file      ref found  DER    miss   FA     conf   accuracy attribution (auto count, at most 4 for the meetings)");
        for (String name : List.of("sample", "trn01", "trn02", "trn03", "trn04", "trn05", "trn06", "trn07", "trn08",
                "trn09", "dev00", "dev01")) {
            Path wav = ami.resolve(name + ".wav");
            if (!Files.exists(wav) || !ref.containsKey(name)) {
                continue;
            }
            float[] pcm = Wav16k.readMono(TestSessions.pcm16k(wav, tmp.resolve("ami")));
            List<SpeechRegion> speech = SileroModel.vad().detect(pcm);
            SpeakerDiarizer d = name.equals("sample") ? diarizer
                    : new SpeakerDiarizer(settings.withMaxSpeakers(4));
            long t0 = System.nanoTime();
            Diarization result = d.diarize(pcm, speech, OptionalInt.empty());
            nanos += System.nanoTime() - t0;
            audio += pcm.length / 16000.0;
            double[] region = uem.getOrDefault(name, new double[] {0, pcm.length / 16000.0});
            print(name, DiarizationScore.score(ref.get(name), result.turns(), region[0], region[1], 0.25));
        }
        List<Path> jfk = List.of(SharedMedia.jfkWav());
        String[][] pairs = {{"03", "08"}, {"10", "09"}, {"03", "10"}, {"08", "09"}};
        for (String[] pair : pairs) {
            Dialogue.Built built = TestSessions.alternate(pair[0], TestSessions.emodb(pair[0], tmp.resolve(pair[0])),
                    pair[1], TestSessions.emodb(pair[1], tmp.resolve(pair[1])), 6, 3,
                    tmp.resolve(pair[0] + "-" + pair[1]));
            float[] pcm = Wav16k.readMono(built.mixed());
            long t0 = System.nanoTime();
            Diarization result = diarizer.diarize(pcm, SileroModel.vad().detect(pcm), OptionalInt.empty());
            nanos += System.nanoTime() - t0;
            audio += pcm.length / 16000.0;
            print("emodb " + pair[0] + "+" + pair[1], DiarizationScore.score(TestSessions.reference(built),
                    result.turns(), 0, pcm.length / 16000.0, 0.25));
        }
        Dialogue.Built jl = TestSessions.alternate("jfk", jfk, "librivox", TestSessions.librivox(), 4, 1,
                tmp.resolve("jfk-librivox"));
        float[] pcm = Wav16k.readMono(jl.mixed());
        Diarization result = diarizer.diarize(pcm, SileroModel.vad().detect(pcm), OptionalInt.empty());
        print("jfk+librivox", DiarizationScore.score(TestSessions.reference(jl), result.turns(), 0,
                pcm.length / 16000.0, 0.25));
        System.out.printf(Locale.ROOT, "real-time factor (one core, VAD excluded): %.4f over %.0f s of audio%n",
                nanos / 1e9 / audio, audio);
    }

    private static void print(String name, DiarizationScore.Scores s) {
        System.out.printf(Locale.ROOT, "%-13s %d  %d  %5.3f  %5.3f  %5.3f  %5.3f  %5.3f  %5.3f%n", name, s.refSpeakers(),
                s.foundSpeakers(), s.der(), s.missed(), s.falseAlarm(), s.confusion(), s.accuracy(), s.attribution());
    }
}
