package org.emodisparity.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.ModalityTimeline;
import org.emodisparity.model.ModalityTimeline.Availability;
import org.emodisparity.model.ModalityTimeline.WindowEstimate;
import org.emodisparity.model.SessionOptions;
import org.emodisparity.model.Stage;
import org.emodisparity.model.WindowPlan;
import org.emodisparity.model.speakers.SessionSpeakers;
import org.emodisparity.model.speakers.SessionSpeakers.Source;
import org.emodisparity.model.speakers.SessionSpeakers.Speaker;
import org.emodisparity.model.speakers.SessionSpeakers.Turn;
import org.emodisparity.model.speakers.SpeakerRoles;
import org.junit.jupiter.api.Test;

/** The words compared with the face are the client's; the clinician's are context. */
class SpeakerAttributionTest {
    private static final WindowPlan PLAN = WindowPlan.plan(10.0, 2.5, 1.25);

    private static Map<String, Object> sentence(int i, double start, double end, String speaker, String text,
                                                Emotion top) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", i);
        m.put("start", start);
        m.put("end", end);
        if (speaker != null) {
            m.put("speaker", speaker);
        }
        m.put("text", text);
        m.put("labels", List.of(top.name().toLowerCase()));
        m.put("top", top.label());
        m.put("distribution", Map.of(top.name(), 0.9, Emotion.NEUTRAL.name(), 0.1));
        return m;
    }

    /** The clinician (happy words, 0–4 s, no name) and the client (sad words, 5–9.5 s, no name). */
    private static ModalityTimeline words(boolean named) {
        List<Map<String, Object>> sentences = List.of(
                sentence(0, 0.2, 4.0, named ? "Dr Lee" : null, "That is wonderful news, I am so glad.", Emotion.HAPPINESS),
                sentence(1, 5.0, 9.5, named ? "Ann" : null, "I have felt so low since March.", Emotion.SADNESS));
        // the transcript stage's own windows mix both speakers
        List<WindowEstimate> mixed = PLAN.windows().stream().map(w -> new WindowEstimate(w.index(), w.start(),
                w.end(), Map.of(Emotion.HAPPINESS, 0.5, Emotion.SADNESS, 0.5), 0.0, 0.0, 0.5, "text-model", null))
                .toList();
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("sentences", sentences);
        return new ModalityTimeline(1, "c", "s", Stage.TRANSCRIPT, Availability.AVAILABLE, null, null,
                List.of("text-model"), mixed, extras);
    }

    private static ModalityTimeline speech(SessionSpeakers speakers) {
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("speakers", speakers);
        return new ModalityTimeline(1, "c", "s", Stage.SPEECH, Availability.AVAILABLE, null, null,
                List.of("silero-vad"), PLAN.windows().stream().map(w -> WindowEstimate.nothing(w, "x")).toList(),
                extras);
    }

    private static SessionSpeakers diarised(String clinicianVoice) {
        List<Speaker> s = List.of(
                new Speaker("S1", SessionSpeakers.Role.UNKNOWN, null, Source.DIARISATION, List.of(new Turn(0, 4.1)), null),
                new Speaker("S2", SessionSpeakers.Role.UNKNOWN, null, Source.DIARISATION, List.of(new Turn(4.9, 9.6)), null));
        return SpeakerRoles.resolve(Source.DIARISATION, s, SessionOptions.NONE, Optional.ofNullable(clinicianVoice),
                List.of());
    }

    private static ModalityTimeline wordsOf(SpeakerAttribution.Attributed a) {
        return a.timelines().stream().filter(t -> t.stage() == Stage.TRANSCRIPT).findFirst().orElseThrow();
    }

    @Test
    void unnamedSentencesGoToWhoeverSpeaksDuringThemAndOnlyTheClientsAreScored() {
        var a = SpeakerAttribution.attribute(PLAN, List.of(speech(diarised("S1")), words(false)), SessionOptions.NONE);
        assertEquals("S2", a.speakers().clientId());
        ModalityTimeline w = wordsOf(a);
        // windows before the client speaks have no words of the client; the later ones are the client's sadness
        assertEquals("no words of the client", w.windows().get(0).note());
        WindowEstimate last = w.windows().get(w.windows().size() - 1);
        assertEquals(Emotion.SADNESS, last.distribution().entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey());
        assertFalse(w.windows().stream().anyMatch(e -> e.distribution() != null
                && e.distribution().getOrDefault(Emotion.HAPPINESS, 0.0) > 0), "the clinician's happy words not used");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sentences = (List<Map<String, Object>>) w.extras().get("sentences");
        assertEquals("clinician", sentences.get(0).get("role"));
        assertFalse(sentences.get(0).containsKey("labels"), "context, not scored");
        assertEquals("client", sentences.get(1).get("role"));
        assertTrue(sentences.get(1).containsKey("distribution"));
    }

    @Test
    void namesInTheTranscriptWinOverTiming() {
        // speakers named in the other order than the timing suggests: the names decide
        List<SessionSpeakers.NamedTurn> turns = List.of(new SessionSpeakers.NamedTurn("Ann", 0, 4.1),
                new SessionSpeakers.NamedTurn("Dr Lee", 4.9, 9.6));
        SessionSpeakers byName = SpeakerRoles.resolve(Source.TRANSCRIPT,
                SessionSpeakers.fromNamedTurns(turns, Source.TRANSCRIPT, 0.3), new SessionOptions("Ann", null, null),
                Optional.empty(), List.of());
        var a = SpeakerAttribution.attribute(PLAN, List.of(speech(byName), words(true)), SessionOptions.NONE);
        ModalityTimeline w = wordsOf(a);
        assertTrue(w.windows().stream().anyMatch(e -> e.distribution() == null), "Dr Lee's windows are empty");
        assertTrue(w.windows().stream().filter(e -> e.distribution() != null)
                .allMatch(e -> e.evidence().get("text").toString().contains("low")), "only Ann's sentence");
    }

    @Test
    void anUnidentifiedClientMeansNoWordsAreComparedAndOneSpeakerChangesNothing() {
        var unknown = SpeakerAttribution.attribute(PLAN, List.of(speech(diarised(null)), words(false)),
                SessionOptions.NONE);
        assertNull(unknown.speakers().clientId());
        assertTrue(wordsOf(unknown).windows().stream()
                .allMatch(e -> SpeakerAttribution.UNIDENTIFIED_WORDS.equals(e.note())));

        SessionSpeakers one = SpeakerRoles.resolve(Source.DIARISATION, List.of(new Speaker("S1",
                SessionSpeakers.Role.UNKNOWN, null, Source.DIARISATION, List.of(new Turn(0, 9.6)), null)),
                SessionOptions.NONE, Optional.empty(), List.of());
        ModalityTimeline w = words(false);
        var single = SpeakerAttribution.attribute(PLAN, List.of(speech(one), w), SessionOptions.NONE);
        assertSame(w, wordsOf(single));
    }

    @Test
    void withoutAudioTheTranscriptsNamesAndTheClinicsChoiceDecide() {
        ModalityTimeline noSpeech = ModalityTimeline.without(new org.emodisparity.model.SessionRef("c", "s"),
                Stage.SPEECH, Availability.SKIPPED, org.emodisparity.model.ReasonCode.NO_AUDIO_STREAM, "skipped");
        var a = SpeakerAttribution.attribute(PLAN, List.of(noSpeech, words(true)), new SessionOptions("ann", null, null));
        assertEquals(Source.TRANSCRIPT, a.speakers().source());
        assertEquals("Ann", a.speakers().client().orElseThrow().name());
        assertTrue(wordsOf(a).windows().stream().filter(e -> e.distribution() != null)
                .allMatch(e -> e.evidence().get("text").toString().contains("low")));
        var none = SpeakerAttribution.attribute(PLAN, List.of(noSpeech, words(false)), SessionOptions.NONE);
        assertNull(none.speakers());
    }
}
