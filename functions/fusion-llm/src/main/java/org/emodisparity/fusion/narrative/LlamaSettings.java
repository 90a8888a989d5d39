package org.emodisparity.fusion.narrative;

/**
 * How llama.cpp runs the narrative model.
 *
 * @param gpuLayers   layers to offload to a GPU; ignored by the CPU build that java-llama.cpp bundles
 * @param contextSize tokens of context: the prompt (a few thousand tokens for many episodes) plus the answer
 * @param threads     CPU threads for generation and prompt processing
 * @param maxTokens   upper bound on the answer's tokens; the JSON schema already bounds its length
 * @param seed        sampling seed; with temperature 0 decoding is greedy, the seed only pins any tie-breaking
 */
public record LlamaSettings(int gpuLayers, int contextSize, int threads, int maxTokens, int seed) {
    public static final LlamaSettings DEFAULT = new LlamaSettings(0, 8192,
            Math.max(1, Runtime.getRuntime().availableProcessors()), 2048, 42);

    public LlamaSettings {
        if (gpuLayers < 0 || contextSize < 256 || threads < 1 || maxTokens < 64) {
            throw new IllegalArgumentException("invalid llama settings: " + gpuLayers + " GPU layers, context "
                    + contextSize + ", " + threads + " threads, " + maxTokens + " max tokens");
        }
    }

    public LlamaSettings withGpuLayers(int layers) {
        return new LlamaSettings(layers, contextSize, threads, maxTokens, seed);
    }

    public LlamaSettings withContextSize(int tokens) {
        return new LlamaSettings(gpuLayers, tokens, threads, maxTokens, seed);
    }

    public LlamaSettings withThreads(int n) {
        return new LlamaSettings(gpuLayers, contextSize, n, maxTokens, seed);
    }

    public LlamaSettings withMaxTokens(int n) {
        return new LlamaSettings(gpuLayers, contextSize, threads, n, seed);
    }
}
