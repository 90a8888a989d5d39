package org.emodisparity.fusion;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;
import org.emodisparity.fusion.narrative.NarrativeSettings;

/** {@code emodisparity.fusion.*}; each also settable as EMODISPARITY_FUSION_* in the environment. */
@ConfigMapping(prefix = "emodisparity.fusion")
public interface FusionConfig {

    /**
     * The catalog id of the narrative model (task {@code llm}, a GGUF file), used when it is installed; otherwise
     * the narrative comes from templates. Swapping the model is this property (and installing the model).
     */
    @WithDefault(NarrativeSettings.CATALOG_MODEL)
    String narrativeModel();

    /** A GGUF file to narrate with instead of the catalog's installed copy (cited as {@link #narrativeModel()}). */
    Optional<Path> narrativeModelFile();

    /** How disparity is scored ({@code emodisparity.fusion.disparity.*}). */
    DisparityConfig disparity();

    /**
     * {@link DisparityAnalysis.Settings} as properties; the defaults are {@link DisparityAnalysis.Settings#DEFAULT},
     * chosen on the disparity harness's development split (README, "Disparity"). A report states the settings that
     * made it, and a change of settings makes a new report of the same inputs.
     */
    interface DisparityConfig {
        /** A window at or above this incongruence is part of an episode. */
        @WithDefault("0.35")
        double threshold();

        /** Windows of one episode may be this far apart, in seconds. */
        @WithDefault("1.25")
        double maxGapSeconds();

        /** An episode lasts at least this long, in seconds. */
        @WithDefault("2.5")
        double minDurationSeconds();

        /** {@code opposition} (default) or {@code difference}: how face and words are compared. */
        @WithDefault("opposition")
        DisparityAnalysis.ValenceComparison valenceComparison();

        /** With {@code difference}: the valence difference's share (the rest is the labels' divergence). */
        @WithDefault("0.5")
        double valenceWeight();

        /** With {@code difference}: how much of each modality's session-mean valence is taken off first. */
        @WithDefault("0")
        double baselineShare();

        /** Voice against words: differences of up to this many SD of session-z-scored arousal are ordinary. */
        @WithDefault("3")
        double arousalMarginSd();

        default DisparityAnalysis.Settings settings() {
            return new DisparityAnalysis.Settings(threshold(), maxGapSeconds(), minDurationSeconds(),
                    valenceComparison(), valenceWeight(), baselineShare(), arousalMarginSd());
        }
    }

    /** The narrative settings these properties give. */
    default NarrativeSettings narrative() {
        return new NarrativeSettings(narrativeModelFile().orElse(null), narrativeModel(),
                NarrativeSettings.DEFAULT.llama());
    }
}
