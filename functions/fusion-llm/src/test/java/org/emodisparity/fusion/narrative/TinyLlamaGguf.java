package org.emodisparity.fusion.narrative;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes a tiny, randomly initialised llama-architecture model as a GGUF v3 file, so the llama.cpp path can be
 * exercised without downloading a real model. It has a SentencePiece ("llama") vocabulary of {@code <unk> <s>
 * </s>}, the 256 byte-fallback tokens, the printable ASCII characters and some word pieces (429 tokens), two
 * layers of width 32 and F32 weights from a fixed seed: the same bytes on every run (about 200 kB, loaded in
 * milliseconds). What it generates is noise; only a grammar makes it valid JSON. Accepted by the llama.cpp of
 * java-llama.cpp 4.1.0 (build 4916, c6af2161).
 *
 * <p>Layout (ggml's docs/gguf.md): magic "GGUF", version 3, tensor count, key/value count, the typed key/value
 * pairs, the tensor infos (name, dims innermost first, type, offset into the data section), padding to the
 * alignment (32), then each tensor's data, each padded to the alignment.
 */
final class TinyLlamaGguf {
    static final int N_EMBD = 32;
    static final int N_HEAD = 2;
    static final int N_LAYER = 2;
    static final int N_FF = 64;
    static final int CONTEXT = 8192;
    private static final int ALIGNMENT = 32;

    // GGUF value types
    private static final int UINT32 = 4;
    private static final int INT32 = 5;
    private static final int FLOAT32 = 6;
    private static final int STRING = 8;
    private static final int ARRAY = 9;
    // ggml tensor type
    private static final int GGML_F32 = 0;
    // llama.cpp token types
    private static final int NORMAL = 1;
    private static final int UNKNOWN = 2;
    private static final int CONTROL = 3;
    private static final int BYTE = 6;

    private TinyLlamaGguf() {
    }

    static Path write(Path file) throws IOException {
        List<String> tokens = vocabulary();
        int nVocab = tokens.size();
        Map<String, long[]> shapes = new LinkedHashMap<>();
        shapes.put("token_embd.weight", new long[] {N_EMBD, nVocab});
        for (int i = 0; i < N_LAYER; i++) {
            String b = "blk." + i + ".";
            shapes.put(b + "attn_norm.weight", new long[] {N_EMBD});
            shapes.put(b + "attn_q.weight", new long[] {N_EMBD, N_EMBD});
            shapes.put(b + "attn_k.weight", new long[] {N_EMBD, N_EMBD});
            shapes.put(b + "attn_v.weight", new long[] {N_EMBD, N_EMBD});
            shapes.put(b + "attn_output.weight", new long[] {N_EMBD, N_EMBD});
            shapes.put(b + "ffn_norm.weight", new long[] {N_EMBD});
            shapes.put(b + "ffn_gate.weight", new long[] {N_EMBD, N_FF});
            shapes.put(b + "ffn_up.weight", new long[] {N_EMBD, N_FF});
            shapes.put(b + "ffn_down.weight", new long[] {N_FF, N_EMBD});
        }
        shapes.put("output_norm.weight", new long[] {N_EMBD});
        shapes.put("output.weight", new long[] {N_EMBD, nVocab});

        Out out = new Out();
        out.raw("GGUF".getBytes(StandardCharsets.US_ASCII));
        out.u32(3);
        out.u64(shapes.size());
        List<Runnable> kvs = metadata(out, tokens);
        out.u64(kvs.size());
        kvs.forEach(Runnable::run);

        long offset = 0;
        for (Map.Entry<String, long[]> t : shapes.entrySet()) {
            out.string(t.getKey());
            out.u32(t.getValue().length);
            for (long d : t.getValue()) {
                out.u64(d);
            }
            out.u32(GGML_F32);
            out.u64(offset);
            offset += padded(4 * elements(t.getValue()));
        }
        out.pad();

        Random random = new Random(42);
        for (Map.Entry<String, long[]> t : shapes.entrySet()) {
            boolean norm = t.getKey().contains("norm");
            long n = elements(t.getValue());
            ByteBuffer data = ByteBuffer.allocate((int) (4 * n)).order(ByteOrder.LITTLE_ENDIAN);
            for (long i = 0; i < n; i++) {
                data.putFloat(norm ? 1f : (float) (random.nextGaussian() * 0.2));
            }
            out.raw(data.array());
            out.pad();
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(file)) {
            out.bytes.writeTo(os);
        }
        return file;
    }

    private static List<Runnable> metadata(Out out, List<String> tokens) {
        List<Runnable> kv = new ArrayList<>();
        kv.add(() -> out.kvString("general.architecture", "llama"));
        kv.add(() -> out.kvString("general.name", "tiny-test-llama"));
        kv.add(() -> out.kvU32("llama.context_length", CONTEXT));
        kv.add(() -> out.kvU32("llama.embedding_length", N_EMBD));
        kv.add(() -> out.kvU32("llama.block_count", N_LAYER));
        kv.add(() -> out.kvU32("llama.feed_forward_length", N_FF));
        kv.add(() -> out.kvU32("llama.attention.head_count", N_HEAD));
        kv.add(() -> out.kvU32("llama.attention.head_count_kv", N_HEAD));
        kv.add(() -> out.kvU32("llama.rope.dimension_count", N_EMBD / N_HEAD));
        kv.add(() -> out.kvF32("llama.rope.freq_base", 10000f));
        kv.add(() -> out.kvF32("llama.attention.layer_norm_rms_epsilon", 1e-5f));
        kv.add(() -> out.kvU32("general.alignment", ALIGNMENT));
        kv.add(() -> out.kvString("tokenizer.ggml.model", "llama"));
        kv.add(() -> {
            out.key("tokenizer.ggml.tokens");
            out.u32(ARRAY);
            out.u32(STRING);
            out.u64(tokens.size());
            tokens.forEach(out::string);
        });
        kv.add(() -> {
            out.key("tokenizer.ggml.scores");
            out.u32(ARRAY);
            out.u32(FLOAT32);
            out.u64(tokens.size());
            // SentencePiece merges the highest-scoring pieces first: prefer longer pieces, bytes last.
            tokens.forEach(t -> out.f32(type(t) == NORMAL ? t.length() - 100f : -1000f));
        });
        kv.add(() -> {
            out.key("tokenizer.ggml.token_type");
            out.u32(ARRAY);
            out.u32(INT32);
            out.u64(tokens.size());
            tokens.forEach(t -> out.u32(type(t)));
        });
        kv.add(() -> out.kvU32("tokenizer.ggml.unknown_token_id", 0));
        kv.add(() -> out.kvU32("tokenizer.ggml.bos_token_id", 1));
        kv.add(() -> out.kvU32("tokenizer.ggml.eos_token_id", 2));
        return kv;
    }

    /** {@code <unk> <s> </s>}, the byte tokens {@code <0x00>…<0xFF>}, then printable characters and word pieces. */
    static List<String> vocabulary() {
        Set<String> v = new LinkedHashSet<>(List.of("<unk>", "<s>", "</s>"));
        for (int b = 0; b < 256; b++) {
            v.add(String.format("<0x%02X>", b));
        }
        v.add("\u2581");
        for (char c = '!'; c <= '~'; c++) {
            v.add(String.valueOf(c));
        }
        for (String piece : List.of("{\"", "\":", "\",", "\"}", "\"]", "[\"", "},", "}]", "summary", "statements",
                "text", "episodes", "E1", "E2", "E3")) {
            v.add(piece);
        }
        for (String word : List.of("the", "face", "voice", "words", "showed", "while", "were", "was", "and", "of",
                "episode", "happiness", "sadness", "anger", "fear", "neutral", "surprise", "disgust", "contempt",
                "client", "session", "smiled", "sad", "happy", "spoke", "in", "at", "to", "a", "is", "s")) {
            v.add("\u2581" + word);
            v.add(word);
        }
        return List.copyOf(v);
    }

    private static int type(String token) {
        if (token.equals("<unk>")) {
            return UNKNOWN;
        }
        if (token.equals("<s>") || token.equals("</s>")) {
            return CONTROL;
        }
        return token.matches("<0x[0-9A-F]{2}>") ? BYTE : NORMAL;
    }

    private static long elements(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    private static long padded(long size) {
        return (size + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }

    /** Little-endian writer of GGUF's primitive encodings. */
    private static final class Out {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        void raw(byte[] b) {
            bytes.writeBytes(b);
        }

        void u32(int v) {
            raw(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array());
        }

        void u64(long v) {
            raw(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array());
        }

        void f32(float v) {
            raw(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(v).array());
        }

        void string(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            u64(b.length);
            raw(b);
        }

        void key(String k) {
            string(k);
        }

        void kvString(String k, String v) {
            key(k);
            u32(STRING);
            string(v);
        }

        void kvU32(String k, int v) {
            key(k);
            u32(UINT32);
            u32(v);
        }

        void kvF32(String k, float v) {
            key(k);
            u32(FLOAT32);
            f32(v);
        }

        void pad() {
            while (bytes.size() % ALIGNMENT != 0) {
                bytes.write(0);
            }
        }
    }
}
