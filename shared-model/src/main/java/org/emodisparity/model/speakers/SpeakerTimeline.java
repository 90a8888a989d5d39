package org.emodisparity.model.speakers;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.emodisparity.model.Contract;
import org.emodisparity.model.speakers.SessionSpeakers.NamedTurn;

/**
 * Zoom's active-speaker timeline (the {@code timeline} file of a cloud recording):
 * <pre>{"timeline": [{"ts": "00:00:02.340", "users": [{"username": "Jane Doe", ...}]}, ...]}</pre>
 * Each entry makes its users the active speakers from {@code ts} until the next entry's {@code ts} (the last one
 * until the end of the recording). An entry without users is silence.
 */
public final class SpeakerTimeline {
    private static final Pattern TS = Pattern.compile("(\\d+):(\\d{2}):(\\d{2})(?:\\.(\\d{1,3}))?");

    private SpeakerTimeline() {
    }

    /** The named turns; a file that is not such a timeline is an {@link IOException} saying why. */
    public static List<NamedTurn> parse(byte[] json, double recordingSeconds) throws IOException {
        JsonNode root;
        try {
            root = Contract.json().readTree(json);
        } catch (IOException e) {
            throw new IOException("the speaker timeline is not JSON");
        }
        JsonNode timeline = root == null ? null : root.get("timeline");
        if (timeline == null || !timeline.isArray()) {
            throw new IOException("the speaker timeline has no \"timeline\" array");
        }
        List<double[]> times = new ArrayList<>();
        List<List<String>> users = new ArrayList<>();
        for (JsonNode entry : timeline) {
            times.add(new double[] {seconds(entry.path("ts").asText(""))});
            List<String> names = new ArrayList<>();
            for (JsonNode u : entry.path("users")) {
                String name = u.path("username").asText("").strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
            users.add(names);
        }
        List<NamedTurn> turns = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            double start = times.get(i)[0];
            double end = i + 1 < times.size() ? times.get(i + 1)[0] : recordingSeconds;
            if (end < start) {
                throw new IOException("the speaker timeline is not in time order at entry " + (i + 1));
            }
            if (end > start) {
                for (String name : users.get(i)) {
                    turns.add(new NamedTurn(name, start, Math.min(end, Math.max(start, recordingSeconds))));
                }
            }
        }
        return turns.stream().filter(t -> t.end() > t.start()).toList();
    }

    private static double seconds(String ts) throws IOException {
        Matcher m = TS.matcher(ts.strip());
        if (!m.matches()) {
            throw new IOException("the speaker timeline has a malformed time \"" + ts + "\" (expected hh:mm:ss.mmm)");
        }
        double fraction = m.group(4) == null ? 0 : Double.parseDouble("0." + m.group(4));
        return Integer.parseInt(m.group(1)) * 3600.0 + Integer.parseInt(m.group(2)) * 60.0
                + Integer.parseInt(m.group(3)) + fraction;
    }
}
