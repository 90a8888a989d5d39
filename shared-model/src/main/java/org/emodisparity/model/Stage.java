package org.emodisparity.model;

import java.util.List;

/** The five functions of the pipeline, in the order data flows through them. */
public enum Stage {
    SEGMENTER("segmenter"),
    FACE("face"),
    SPEECH("speech"),
    TRANSCRIPT("transcribe-sentiment"),
    FUSION("fusion-llm");

    /** The three modality stages the segmenter fans out to and fusion waits for. */
    public static final List<Stage> MODALITIES = List.of(FACE, SPEECH, TRANSCRIPT);

    private final String id;

    Stage(String id) {
        this.id = id;
    }

    /** The function's name, as used in object keys, channels and logs. */
    public String id() {
        return id;
    }

    public static Stage fromId(String id) {
        for (Stage s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown stage '" + id + "'");
    }
}
