package org.emodisparity.transcript.analysis;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a tiny whisper.cpp model with random weights: the real ggml layout (see {@link GgmlWhisperFile}) and
 * vocabulary size (51865, multilingual, so every special token whisper.cpp looks up exists), but an 8-wide
 * transformer with one encoder and one decoder layer, about 1.7 MB. Types as {@code convert-pt-to-ggml.py} writes
 * an f16 model (ftype 1): matrices and convolution kernels float16; vectors, convolution biases and positional
 * embeddings float32. (An all-float32 model, ftype 0, aborts in whisper.cpp 1.7.x's convolution.) It transcribes
 * nonsense, which is the point: it exercises loading, the mel front end, encoder, decoder and the JNI plumbing
 * without any published weights. Deterministic for a seed. Vocabulary tokens are ASCII words, so the decoded text
 * is valid UTF-8.
 */
final class TinyWhisperModel {
    static final int N_VOCAB = 51865;
    static final int TEXT_TOKENS = 50257; // ids 0..50256 are text; whisper.cpp names the special tokens itself
    static final int N_AUDIO_CTX = 1500;  // 30 s of mel frames after the stride-2 convolution, as whisper.cpp expects
    static final int N_STATE = 8;
    static final int N_HEAD = 2;
    static final int N_LAYER = 1;
    static final int N_TEXT_CTX = 448;
    static final int N_MELS = 80;
    static final int N_FFT = 201;         // 400-point FFT bins
    static final int BLANK_TOKEN = 220;

    private final SplittableRandom random;
    private final OutputStream out;

    private TinyWhisperModel(OutputStream out, long seed) {
        this.out = out;
        this.random = new SplittableRandom(seed);
    }

    static Path write(Path file, long seed) throws IOException {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            new TinyWhisperModel(os, seed).writeAll();
        }
        return file;
    }

    private void writeAll() throws IOException {
        int32(GgmlWhisperFile.MAGIC);
        for (int v : new int[] {N_VOCAB, N_AUDIO_CTX, N_STATE, N_HEAD, N_LAYER, N_TEXT_CTX, N_STATE, N_HEAD, N_LAYER,
                N_MELS, 1 /* ftype: mostly float16 */}) {
            int32(v);
        }
        // Mel filter bank: small positive weights (a real one is triangular; shape is what the loader checks).
        int32(N_MELS);
        int32(N_FFT);
        for (int i = 0; i < N_MELS * N_FFT; i++) {
            float32((float) (random.nextDouble() * 0.02));
        }
        int32(TEXT_TOKENS);
        for (int id = 0; id < TEXT_TOKENS; id++) {
            // whisper.cpp looks up the blank token " " by text (suppress_blank); GPT-2 has it at 220.
            String text = id == BLANK_TOKEN ? " " : " w" + Integer.toString(id, 36);
            byte[] word = text.getBytes(StandardCharsets.US_ASCII);
            int32(word.length);
            out.write(word);
        }

        int s = N_STATE;
        tensor("encoder.positional_embedding", 0.02, s, N_AUDIO_CTX);
        matrix("encoder.conv1.weight", 0.1, 3, N_MELS, s);
        tensor("encoder.conv1.bias", 0, 1, s);
        matrix("encoder.conv2.weight", 0.1, 3, s, s);
        tensor("encoder.conv2.bias", 0, 1, s);
        ones("encoder.ln_post.weight", s);
        tensor("encoder.ln_post.bias", 0, s);
        for (int l = 0; l < N_LAYER; l++) {
            block("encoder.blocks." + l + ".", false);
        }
        tensor("decoder.positional_embedding", 0.02, s, N_TEXT_CTX);
        matrix("decoder.token_embedding.weight", 0.1, s, N_VOCAB);
        ones("decoder.ln.weight", s);
        tensor("decoder.ln.bias", 0, s);
        for (int l = 0; l < N_LAYER; l++) {
            block("decoder.blocks." + l + ".", true);
        }
    }

    /** One transformer block: 15 tensors, plus 9 cross-attention tensors in the decoder. */
    private void block(String p, boolean cross) throws IOException {
        int s = N_STATE;
        ones(p + "mlp_ln.weight", s);
        tensor(p + "mlp_ln.bias", 0, s);
        matrix(p + "mlp.0.weight", 0.1, s, 4 * s);
        tensor(p + "mlp.0.bias", 0, 4 * s);
        matrix(p + "mlp.2.weight", 0.1, 4 * s, s);
        tensor(p + "mlp.2.bias", 0, s);
        attention(p + "attn");
        if (cross) {
            attention(p + "cross_attn");
        }
    }

    private void attention(String p) throws IOException {
        int s = N_STATE;
        ones(p + "_ln.weight", s);
        tensor(p + "_ln.bias", 0, s);
        matrix(p + ".query.weight", 0.2, s, s);
        tensor(p + ".query.bias", 0, s);
        matrix(p + ".key.weight", 0.2, s, s);
        matrix(p + ".value.weight", 0.2, s, s);
        tensor(p + ".value.bias", 0, s);
        matrix(p + ".out.weight", 0.2, s, s);
        tensor(p + ".out.bias", 0, s);
    }

    private void ones(String name, int n) throws IOException {
        header(name, F32, n);
        for (int i = 0; i < n; i++) {
            float32(1f);
        }
    }

    /** A float32 tensor with extents innermost first (ggml ne order), normal(0, scale) values. */
    private void tensor(String name, double scale, int... ne) throws IOException {
        long count = header(name, F32, ne);
        for (long i = 0; i < count; i++) {
            float32((float) (scale == 0 ? 0 : gaussian() * scale));
        }
    }

    /** A float16 weight matrix or kernel, normal(0, scale) values. */
    private void matrix(String name, double scale, int... ne) throws IOException {
        long count = header(name, F16, ne);
        for (long i = 0; i < count; i++) {
            float16((float) (gaussian() * scale));
        }
    }

    private static final int F32 = 0;
    private static final int F16 = 1;

    private long header(String name, int type, int... ne) throws IOException {
        byte[] bytes = name.getBytes(StandardCharsets.US_ASCII);
        int32(ne.length);
        int32(bytes.length);
        int32(type);
        long count = 1;
        for (int e : ne) {
            int32(e);
            count *= e;
        }
        out.write(bytes);
        return count;
    }

    private double gaussian() {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private final ByteBuffer scratch = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);

    private void int32(int v) throws IOException {
        scratch.clear();
        scratch.putInt(v);
        out.write(scratch.array());
    }

    private void float16(float v) throws IOException {
        short half = toHalf(v);
        out.write(half & 0xff);
        out.write((half >>> 8) & 0xff);
    }

    /** IEEE 754 binary16, round half up; subnormals flushed to zero (Java 17 has no Float.floatToFloat16). */
    static short toHalf(float f) {
        int bits = Float.floatToIntBits(f);
        int sign = (bits >>> 16) & 0x8000;
        int exponent = ((bits >>> 23) & 0xff) - 127 + 15;
        int mantissa = bits & 0x7fffff;
        if (exponent <= 0) {
            return (short) sign;
        }
        if (exponent >= 31) {
            return (short) (sign | 0x7c00);
        }
        int half = sign | (exponent << 10) | (mantissa >>> 13);
        if ((mantissa & 0x1000) != 0) {
            half++;
        }
        return (short) half;
    }

    private void float32(float v) throws IOException {
        scratch.clear();
        scratch.putFloat(v);
        out.write(scratch.array());
    }
}
