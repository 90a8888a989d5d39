package org.emodisparity.fusion.narrative;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.Pair;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.emodisparity.fusion.Disparity;
import org.emodisparity.fusion.Disparity.Episode;
import org.jboss.logging.Logger;

/**
 * Narrates with a local GGUF model through llama.cpp (java-llama.cpp). Decoding is greedy (temperature 0, fixed
 * seed) and constrained by {@link NarrativeSchema}'s grammar, so the answer is JSON whose citations are episode
 * ids from the prompt. When generation fails or the answer cannot be used, the {@link TemplateNarrator} writes
 * the narrative instead and the reason is logged: a report is never held up by its prose.
 *
 * <p>llama.cpp writes its own diagnostics (why a file was refused, timings) to the process's stderr.
 */
public final class LlamaNarrator implements NarrativeWriter {
    private static final Logger LOG = Logger.getLogger(LlamaNarrator.class);

    private final LlamaModel model;
    private final String modelId;
    private final LlamaSettings settings;
    private final TemplateNarrator fallback = new TemplateNarrator();

    private LlamaNarrator(LlamaModel model, String modelId, LlamaSettings settings) {
        this.model = model;
        this.modelId = modelId;
        this.settings = settings;
    }

    /**
     * Loads the model (for an 8B model: seconds to a minute, and about 5 GB of memory; keep the narrator).
     *
     * @throws NarrativeModelException when the file is missing, is not GGUF, llama.cpp refuses it, or the native
     *                                 library cannot be loaded on this platform
     */
    public static LlamaNarrator load(Path gguf, String modelId, LlamaSettings settings) {
        checkGgufHeader(gguf);
        ModelParameters params = new ModelParameters().setModel(gguf.toAbsolutePath().toString())
                .setGpuLayers(settings.gpuLayers()).setCtxSize(settings.contextSize())
                .setThreads(settings.threads()).setThreadsBatch(settings.threads())
                .setSeed(settings.seed()).setTemp(0f).setParallel(1);
        try {
            return new LlamaNarrator(new LlamaModel(params), modelId, settings);
        } catch (LinkageError e) { // no libjllama for this OS/CPU, or a missing system library (libgomp)
            throw new NarrativeModelException("llama.cpp's native library cannot be loaded: " + e, e);
        } catch (RuntimeException e) { // LlamaException (package-private in the binding)
            throw new NarrativeModelException("llama.cpp refused model " + modelId + " (" + gguf.getFileName()
                    + "): " + e.getMessage() + "; llama.cpp's reason is on stderr", e);
        }
    }

    /** A clear error before the native loader sees a file that cannot be a GGUF model. */
    static void checkGgufHeader(Path gguf) {
        if (!Files.isRegularFile(gguf)) {
            throw new NarrativeModelException("model file not found: " + gguf);
        }
        byte[] header = new byte[8];
        try (InputStream in = Files.newInputStream(gguf)) {
            if (in.readNBytes(header, 0, 8) < 8) {
                throw new NarrativeModelException("not a GGUF file (shorter than its header): " + gguf);
            }
        } catch (IOException e) {
            throw new NarrativeModelException("cannot read model file " + gguf + ": " + e.getMessage(), e);
        }
        ByteBuffer b = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        int version = b.getInt(4);
        if (b.get(0) != 'G' || b.get(1) != 'G' || b.get(2) != 'U' || b.get(3) != 'F') {
            throw new NarrativeModelException("not a GGUF file (no GGUF magic): " + gguf);
        }
        if (version < 2 || version > 3) {
            throw new NarrativeModelException("unsupported GGUF version " + version + ": " + gguf);
        }
    }

    public String modelId() {
        return modelId;
    }

    @Override
    public synchronized Narrative narrate(Disparity disparity, ReportFacts facts) {
        if (disparity.episodes().isEmpty() || facts.modalitiesWithEstimates().size() < 2) {
            // Nothing for the model to interpret: the template states the numbers exactly.
            return fallback.narrate(disparity, facts);
        }
        NarrativePrompt prompt = NarrativePrompt.of(disparity, facts);
        String answer = null;
        try {
            answer = generate(prompt);
            NarrativeSchema.Answer parsed = NarrativeSchema.parse(answer);
            List<String> existing = disparity.episodes().stream().map(Episode::id).toList();
            Narrative narrative = Narrative.cited(Narrative.LLM, modelId, parsed.summary(), parsed.statements(),
                    existing);
            if (narrative.statements().isEmpty() || narrative.summary().isBlank()) {
                throw new IllegalArgumentException("no statement with a valid citation, or an empty summary");
            }
            return narrative;
        } catch (RuntimeException e) {
            // the answer itself is not logged: it paraphrases the session, transcript included
            LOG.warnf("narrative: %s answer unusable (%s), using the template; answer of %d characters", modelId,
                    e.getClass().getSimpleName(), answer == null ? 0 : answer.length());
            return fallback.narrate(disparity, facts);
        }
    }

    /** The raw answer; package-private so the tests can look at what the grammar let through. */
    String generate(NarrativePrompt prompt) {
        InferenceParameters chat = new InferenceParameters("")
                .setMessages(prompt.system(), List.of(new Pair<>("user", prompt.user())));
        String text = model.applyTemplate(chat); // the model's own chat template (Llama 3.1's, or ChatML)
        InferenceParameters params = new InferenceParameters(text)
                .setGrammar(LlamaModel.jsonSchemaToGrammar(NarrativeSchema.forEpisodes(prompt.episodeIds())))
                .setTemperature(0f).setSeed(settings.seed()).setNPredict(settings.maxTokens())
                .setCachePrompt(false);
        return model.complete(params);
    }

    /**
     * Frees the model. java-llama.cpp 4.1.0 leaves its native worker thread attached to the JVM as a non-daemon
     * thread (kherud/java-llama.cpp#116), so a plain {@code main} that loaded a model only ends with
     * {@code System.exit}; Quarkus and surefire exit that way.
     */
    @Override
    public synchronized void close() {
        model.close();
    }
}
