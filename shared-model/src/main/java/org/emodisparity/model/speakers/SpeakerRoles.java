package org.emodisparity.model.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.emodisparity.model.SessionOptions;
import org.emodisparity.model.speakers.SessionSpeakers.Role;
import org.emodisparity.model.speakers.SessionSpeakers.Source;
import org.emodisparity.model.speakers.SessionSpeakers.Speaker;

/**
 * Which speaker is the client. In this order, the first that applies:
 * <ol>
 *   <li>the clinic names the client's speaker ({@code --client-speaker NAME}, the API's {@code clientSpeaker}) and a
 *       speaker has that name;</li>
 *   <li>the speakers' own labels are role words ("Client:", "Therapist:");</li>
 *   <li>a sample of the clinician's voice matches one speaker: with two speakers the other one is the client;</li>
 *   <li>only one person speaks: that is the client (a recording of the client alone);</li>
 *   <li>otherwise the role stays {@code unknown} and the report says so: the product never guesses silently.</li>
 * </ol>
 * A later step (fusion, from the on-screen face's mouth movement) may still identify the client of a session
 * left unknown here.
 */
public final class SpeakerRoles {
    private SpeakerRoles() {
    }

    /**
     * @param clinicianVoiceMatch the id of the speaker whose voice matched the clinician's sample, if any
     * @param notes what the turn-finding step wants said (kept, in order, before the role notes)
     */
    public static SessionSpeakers resolve(Source source, List<Speaker> found, SessionOptions options,
                                          Optional<String> clinicianVoiceMatch, List<String> notes) {
        List<String> allNotes = new ArrayList<>(notes);
        if (found.isEmpty()) {
            return new SessionSpeakers(source, null, "nobody speaks in the recording", List.of(), allNotes);
        }
        List<Speaker> speakers = SpeakerStats.of(found);
        String clientName = options == null ? null : options.clientSpeaker();
        if (clientName != null) {
            Optional<Speaker> named = byName(speakers, clientName);
            if (named.isPresent()) {
                return finish(source, speakers, named.get().id(),
                        "named by the clinic (client speaker \"" + named.get().name() + "\")", allNotes);
            }
            allNotes.add("the client speaker \"" + clientName + "\" is not among the speakers"
                    + names(speakers) + "; the client was looked for otherwise");
        }
        List<Speaker> labelled = new ArrayList<>();
        for (Speaker s : speakers) {
            labelled.add(SpeakerNames.roleWord(s.name()).map(s::withRole).orElse(s));
        }
        List<Speaker> clients = labelled.stream().filter(s -> s.role() == Role.CLIENT).toList();
        if (clients.size() == 1) {
            return finish(source, labelled, clients.get(0).id(), "the transcript labels the speaker \""
                    + clients.get(0).name() + "\"", allNotes);
        }
        long clinicians = labelled.stream().filter(s -> s.role() == Role.CLINICIAN).count();
        if (clients.isEmpty() && clinicians == 1 && labelled.size() == 2) {
            Speaker other = labelled.stream().filter(s -> s.role() != Role.CLINICIAN).findFirst().orElseThrow();
            return finish(source, labelled, other.id(), "the other speaker than the one the transcript labels \""
                    + labelled.stream().filter(s -> s.role() == Role.CLINICIAN).findFirst().orElseThrow().name()
                    + "\"", allNotes);
        }
        if (clinicianVoiceMatch.isPresent()) {
            String clinicianId = clinicianVoiceMatch.get();
            List<Speaker> marked = labelled.stream()
                    .map(s -> s.id().equals(clinicianId) ? s.withRole(Role.CLINICIAN) : s).toList();
            if (marked.size() == 2) {
                Speaker other = marked.stream().filter(s -> !s.id().equals(clinicianId)).findFirst().orElseThrow();
                return finish(source, marked, other.id(), "the other speaker than the one whose voice matches the "
                        + "clinician's voice sample", allNotes);
            }
            labelled = marked;
            allNotes.add("the clinician's voice sample matches " + clinicianId + ", but with " + marked.size()
                    + " speakers the client is not the only other one");
        }
        if (labelled.size() == 1) {
            return finish(source, labelled, labelled.get(0).id(), "only one person speaks", allNotes);
        }
        return new SessionSpeakers(source, null, "not identified: " + labelled.size() + " speakers and nothing "
                + "says which is the client (name the client's speaker, upload a sample of the clinician's voice, "
                + "or upload a transcript with speaker names)", labelled, allNotes);
    }

    /**
     * A session left unknown above, with the client found by a later step (the on-screen face's mouth movement);
     * with two speakers the other is the clinician.
     */
    public static SessionSpeakers withClient(SessionSpeakers speakers, String clientId, String basis) {
        if (speakers.byId(clientId).isEmpty()) {
            throw new IllegalArgumentException("no speaker " + clientId);
        }
        return finish(speakers.source(), speakers.speakers(), clientId, basis, speakers.notes());
    }

    /** The client marked; with two speakers the other is the clinician. */
    private static SessionSpeakers finish(Source source, List<Speaker> speakers, String clientId, String basis,
                                          List<String> notes) {
        List<Speaker> out = new ArrayList<>();
        for (Speaker s : speakers) {
            Role role = s.id().equals(clientId) ? Role.CLIENT
                    : s.role() == Role.CLINICIAN || speakers.size() == 2 ? Role.CLINICIAN : Role.UNKNOWN;
            out.add(s.withRole(role));
        }
        return new SessionSpeakers(source, clientId, basis, out, notes);
    }

    private static Optional<Speaker> byName(List<Speaker> speakers, String name) {
        String wanted = SpeakerNames.normalise(name);
        return speakers.stream().filter(s -> s.name() != null && SpeakerNames.normalise(s.name()).equals(wanted))
                .findFirst();
    }

    private static String names(List<Speaker> speakers) {
        List<String> named = speakers.stream().filter(s -> s.name() != null).map(s -> "\"" + s.name() + "\"").toList();
        return named.isEmpty() ? " (they have no names)" : " (" + String.join(", ", named) + ")";
    }
}
