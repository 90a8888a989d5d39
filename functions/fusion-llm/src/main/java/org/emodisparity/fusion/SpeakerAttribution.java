package org.emodisparity.fusion;

import org.emodisparity.model.StageRunner;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emodisparity.model.Contract;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.EmotionDistribution;
import org.emodisparity.model.ModalityTimeline;
import org.emodisparity.model.ModalityTimeline.Availability;
import org.emodisparity.model.ModalityTimeline.WindowEstimate;
import org.emodisparity.model.SessionOptions;
import org.emodisparity.model.Stage;
import org.emodisparity.model.TimeWindow;
import org.emodisparity.model.WindowPlan;
import org.emodisparity.model.speakers.SessionSpeakers;
import org.emodisparity.model.speakers.SessionSpeakers.NamedTurn;
import org.emodisparity.model.speakers.SessionSpeakers.Source;
import org.emodisparity.model.speakers.SessionSpeakers.Speaker;
import org.emodisparity.model.speakers.MouthSync;
import org.emodisparity.model.speakers.SpeakerRoles;

/**
 * Puts the modalities on the client alone before they are compared. The speech part already holds the client's
 * voice (and the speakers, found by the speech stage); here each transcript sentence is given to its speaker — by
 * the name the transcript gives it, else by who speaks most during it — and the words timeline is rebuilt from the
 * client's sentences only. The clinician's sentences stay in the report as context, without scores. When the
 * client is not identified by the speech stage, the on-screen face's mouth movement may still tell which voice is
 * the client's ({@link MouthSync}); failing that, neither voice nor words are compared with the face, and the
 * report says why.
 *
 * <p>Without audio, the speakers come from the transcript's names; without audio and names, there is nothing to
 * tell speakers apart and the words are taken as one speaker's, which the report states.
 */
final class SpeakerAttribution {
    static final String UNIDENTIFIED_WORDS = "words, but whose is not identified";

    private SpeakerAttribution() {
    }

    /**
     * @param speakers who spoke when (null when nothing tells speakers apart)
     * @param timelines the parts with voice and words on the client only
     */
    record Attributed(SessionSpeakers speakers, List<ModalityTimeline> timelines) {
    }

    static Attributed attribute(WindowPlan plan, List<ModalityTimeline> timelines, SessionOptions options) {
        ModalityTimeline speech = find(timelines, Stage.SPEECH);
        ModalityTimeline words = find(timelines, Stage.TRANSCRIPT);
        ModalityTimeline face = find(timelines, Stage.FACE);
        SessionSpeakers speakers = speakersOf(speech).orElseGet(() -> fromTranscript(words, options));
        List<ModalityTimeline> parts = new ArrayList<>(timelines);
        Optional<double[][]> mouth = mouthMotion(face);
        if (speakers != null && speakers.clientId() == null && speakers.speakers().size() >= 2 && mouth.isPresent()) {
            // nothing else told which voice is the client's: the one the on-screen face's mouth moves with
            MouthSync.Outcome o = MouthSync.compare(speakers, mouth.get()[0], mouth.get()[1]);
            if (o.match().isPresent()) {
                speakers = SpeakerRoles.withClient(speakers, o.match().get().speakerId(), o.match().get().basis());
                if (speech != null) {
                    parts.set(parts.indexOf(speech), clientVoice(plan, speech, speakers));
                }
            } else {
                List<String> notes = new ArrayList<>(speakers.notes());
                notes.add(o.why());
                speakers = new SessionSpeakers(speakers.source(), null, speakers.clientBasis(), speakers.speakers(),
                        notes);
            }
        }
        if (mouth.isPresent()) {
            // the motion series has served: the report keeps the face's estimates, not thousands of samples
            Map<String, Object> extras = new LinkedHashMap<>(face.extras());
            extras.remove(MOUTH_MOTION);
            parts.set(parts.indexOf(face), new ModalityTimeline(face.schemaVersion(), face.clinicId(), face.sessionId(),
                    face.stage(), face.availability(), face.reason(), face.message(), face.modelIds(), face.windows(),
                    extras));
        }
        if (speakers == null || words == null || words.availability() != Availability.AVAILABLE
                || speakers.speakers().size() < 2) {
            return new Attributed(speakers, parts);
        }
        ModalityTimeline clientWords = clientWords(plan, words, speakers);
        return new Attributed(speakers, parts.stream().map(t -> t == words ? clientWords : t).toList());
    }

    static final String MOUTH_MOTION = "mouthMotion";

    /** The face stage's mouth-motion series of the client's face track: {times, values}, if it has one. */
    private static Optional<double[][]> mouthMotion(ModalityTimeline face) {
        if (face == null || face.extras() == null || !(face.extras().get(MOUTH_MOTION) instanceof Map<?, ?>)) {
            return Optional.empty();
        }
        JsonNode m = Contract.json().valueToTree(face.extras().get(MOUTH_MOTION));
        int n = Math.min(m.path("times").size(), m.path("values").size());
        double[][] out = new double[2][n];
        for (int i = 0; i < n; i++) {
            out[0][i] = m.path("times").get(i).asDouble();
            out[1][i] = m.path("values").get(i).asDouble();
        }
        return n == 0 ? Optional.empty() : Optional.of(out);
    }

    /**
     * The voice timeline once fusion has found the client: the speech stage analysed every speaker against their
     * own baseline ({@code windowsBySpeaker}); the client's windows become the voice timeline.
     */
    private static ModalityTimeline clientVoice(WindowPlan plan, ModalityTimeline speech, SessionSpeakers speakers) {
        Map<Integer, WindowEstimate> client = new LinkedHashMap<>();
        Object bySpeaker = speech.extras() == null ? null : speech.extras().get("windowsBySpeaker");
        if (bySpeaker != null) {
            JsonNode windows = Contract.json().valueToTree(bySpeaker).path(speakers.clientId());
            for (JsonNode w : windows) {
                WindowEstimate e = Contract.json().convertValue(w, WindowEstimate.class);
                client.put(e.window(), e);
            }
        }
        List<WindowEstimate> windows = new ArrayList<>();
        for (TimeWindow w : plan.windows()) {
            windows.add(client.getOrDefault(w.index(), WindowEstimate.nothing(w, "no speech of the client")));
        }
        Map<String, Object> extras = new LinkedHashMap<>(speech.extras());
        extras.remove("windowsBySpeaker");
        extras.put("speakers", speakers);
        return new ModalityTimeline(speech.schemaVersion(), speech.clinicId(), speech.sessionId(), speech.stage(),
                speech.availability(), speech.reason(), speech.message(), speech.modelIds(), windows, extras);
    }

    private static Optional<SessionSpeakers> speakersOf(ModalityTimeline speech) {
        if (speech == null || speech.extras() == null || speech.extras().get("speakers") == null) {
            return Optional.empty();
        }
        return Optional.of(Contract.json().convertValue(speech.extras().get("speakers"), SessionSpeakers.class));
    }

    /** No audio: the transcript's speaker names, if it has any. */
    private static SessionSpeakers fromTranscript(ModalityTimeline words, SessionOptions options) {
        List<NamedTurn> named = new ArrayList<>();
        for (JsonNode s : sentences(words)) {
            if (s.hasNonNull("speaker") && s.path("end").asDouble() > s.path("start").asDouble()) {
                named.add(new NamedTurn(s.get("speaker").asText(), s.path("start").asDouble(), s.path("end").asDouble()));
            }
        }
        if (named.isEmpty()) {
            return null;
        }
        return SpeakerRoles.resolve(Source.TRANSCRIPT, SessionSpeakers.fromNamedTurns(named, Source.TRANSCRIPT, 0.3),
                options, Optional.empty(), List.of());
    }

    private static ModalityTimeline clientWords(WindowPlan plan, ModalityTimeline words, SessionSpeakers speakers) {
        String clientId = speakers.clientId();
        List<Map<String, Object>> attributed = new ArrayList<>();
        List<JsonNode> clientSentences = new ArrayList<>();
        for (JsonNode s : sentences(words)) {
            Optional<Speaker> speaker = speakerOf(s, speakers);
            Map<String, Object> m = Contract.json().convertValue(s, Contract.json().getTypeFactory()
                    .constructMapType(LinkedHashMap.class, String.class, Object.class));
            speaker.ifPresent(sp -> {
                m.put("speakerId", sp.id());
                m.put("role", sp.role().json());
            });
            boolean client = speaker.isPresent() && speaker.get().id().equals(clientId);
            if (client) {
                clientSentences.add(s);
            } else if (clientId != null) {
                // context, not scored: the clinician's (or another speaker's) words are shown without labels
                m.keySet().removeAll(List.of("labels", "top", "distribution", "valence", "arousal", "confidence"));
            }
            attributed.add(m);
        }
        Map<String, Object> extras = new LinkedHashMap<>(words.extras());
        extras.put("sentences", attributed);
        extras.put("scoredSpeaker", clientId == null ? "none: the client is not identified" : clientId);
        List<WindowEstimate> windows = new ArrayList<>();
        String model = words.modelIds().isEmpty() ? null : words.modelIds().get(words.modelIds().size() - 1);
        for (TimeWindow w : plan.windows()) {
            windows.add(clientId == null ? WindowEstimate.nothing(w, UNIDENTIFIED_WORDS)
                    : window(w, clientSentences, model));
        }
        return new ModalityTimeline(words.schemaVersion(), words.clinicId(), words.sessionId(), words.stage(),
                words.availability(), words.reason(), words.message(), words.modelIds(), windows, extras);
    }

    /** The client's sentences in one window, weighted by their seconds in it (as the transcript stage does). */
    private static WindowEstimate window(TimeWindow w, List<JsonNode> sentences, String model) {
        Map<Emotion, Double> sum = new EnumMap<>(Emotion.class);
        List<Integer> indices = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (JsonNode s : sentences) {
            double weight = w.weightOf(s.path("start").asDouble(), s.path("end").asDouble());
            JsonNode d = s.get("distribution");
            if (weight <= 0 || d == null) {
                continue;
            }
            indices.add(s.path("index").asInt());
            texts.add(s.path("text").asText());
            d.fields().forEachRemaining(e -> sum.merge(Emotion.valueOf(e.getKey()), weight * e.getValue().asDouble(),
                    Double::sum));
        }
        if (indices.isEmpty()) {
            return WindowEstimate.nothing(w, "no words of the client");
        }
        EmotionDistribution d = new EmotionDistribution(sum);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("text", String.join(" ", texts));
        evidence.put("sentences", indices);
        return new WindowEstimate(w.index(), w.start(), w.end(), d.probabilities(), round(d.valence()),
                round(d.arousal()), round(d.probability(d.top())), model, null, evidence);
    }

    /** By the name the transcript gives, else whoever speaks most during the sentence (around it, if instant). */
    static Optional<Speaker> speakerOf(JsonNode sentence, SessionSpeakers speakers) {
        if (sentence.hasNonNull("speaker")) {
            Optional<Speaker> named = speakers.byName(sentence.get("speaker").asText());
            if (named.isPresent()) {
                return named;
            }
        }
        double start = sentence.path("start").asDouble();
        double end = sentence.path("end").asDouble();
        return end > start ? speakers.mostActive(start, end) : speakers.mostActive(start - 0.5, start + 0.5);
    }

    private static List<JsonNode> sentences(ModalityTimeline words) {
        if (words == null || words.extras() == null || words.extras().get("sentences") == null) {
            return List.of();
        }
        List<JsonNode> out = new ArrayList<>();
        Contract.json().valueToTree(words.extras().get("sentences")).forEach(out::add);
        return out;
    }

    private static ModalityTimeline find(List<ModalityTimeline> timelines, Stage stage) {
        return timelines.stream().filter(t -> t.stage() == stage).findFirst().orElse(null);
    }

    private static double round(double v) {
        return StageRunner.round(v, 4);
    }
}
