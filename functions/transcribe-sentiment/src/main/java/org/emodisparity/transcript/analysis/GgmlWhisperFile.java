package org.emodisparity.transcript.analysis;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks that a file is a complete whisper.cpp ggml model before the native library sees it. whisper.cpp reads the
 * file with few checks and some malformed values end in a native assertion, which would take the whole JVM down;
 * here they are a {@link WhisperModelException} instead.
 *
 * <p>Layout (whisper.cpp {@code whisper_model_load}, written by its {@code convert-pt-to-ggml.py}), all
 * little-endian: magic {@code 0x67676d6c}; eleven int32 hyper-parameters (n_vocab, n_audio_ctx, n_audio_state,
 * n_audio_head, n_audio_layer, n_text_ctx, n_text_state, n_text_head, n_text_layer, n_mels, ftype); the mel filter
 * bank (int32 n_mel, int32 n_fft, n_mel*n_fft float32); the vocabulary (int32 count, then per token uint32 length
 * and bytes); then tensors until the end of the file, each int32 n_dims, int32 name length, int32 ggml type,
 * n_dims int32 extents (innermost first), the name, and the data.
 *
 * <p>Also refused: float32 convolution kernels (an {@code ftype 0} model), on which whisper.cpp 1.7.x aborts.
 */
public final class GgmlWhisperFile {
    public static final int MAGIC = 0x67676d6c;

    /** The hyper-parameters of a model file. */
    public record Hparams(int nVocab, int nAudioCtx, int nAudioState, int nAudioHead, int nAudioLayer, int nTextCtx,
            int nTextState, int nTextHead, int nTextLayer, int nMels, int ftype) {

        /** whisper.cpp's own rule: multilingual vocabularies have 51865 tokens or more. */
        public boolean multilingual() {
            return nVocab >= 51865;
        }

        /** Tensors whisper.cpp expects: 7 encoder + 4 decoder globals, 15 per encoder and 24 per decoder layer. */
        public int expectedTensors() {
            return 11 + 15 * nAudioLayer + 24 * nTextLayer;
        }
    }

    private GgmlWhisperFile() {
    }

    public static Hparams inspect(Path file) throws WhisperModelException {
        if (!Files.isRegularFile(file)) {
            throw new WhisperModelException("Whisper model file not found: " + file);
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            Reader in = new Reader(ch, file);
            if (in.int32() != MAGIC) {
                throw new WhisperModelException(file + " is not a ggml Whisper model (bad magic number)");
            }
            Hparams h = new Hparams(in.int32(), in.int32(), in.int32(), in.int32(), in.int32(), in.int32(),
                    in.int32(), in.int32(), in.int32(), in.int32(), in.int32());
            checkHparams(file, h);
            int nMel = in.int32();
            int nFft = in.int32();
            if (nMel != h.nMels() || nFft < 1 || nFft > 4096) {
                throw corrupt(file, "mel filter bank " + nMel + "x" + nFft + " (n_mels " + h.nMels() + ")");
            }
            in.skip(4L * nMel * nFft);
            int words = in.int32();
            if (words < 0 || words > h.nVocab()) {
                throw corrupt(file, "vocabulary of " + words + " tokens (n_vocab " + h.nVocab() + ")");
            }
            for (int i = 0; i < words; i++) {
                long length = Integer.toUnsignedLong(in.int32());
                if (length > 1024) {
                    throw corrupt(file, "token " + i + " is " + length + " bytes long");
                }
                in.skip(length);
            }
            Set<String> names = new HashSet<>();
            while (in.remaining() > 0) {
                readTensor(in, file, names);
            }
            if (names.size() != h.expectedTensors()) {
                throw corrupt(file, names.size() + " tensors, expected " + h.expectedTensors()
                        + " (truncated or incomplete file)");
            }
            return h;
        } catch (IOException e) {
            throw new WhisperModelException("cannot read Whisper model " + file + ": " + e.getMessage(), e);
        }
    }

    private static void checkHparams(Path file, Hparams h) throws WhisperModelException {
        boolean ok = h.nVocab() >= 51864 && h.nVocab() <= 52000
                && h.nAudioCtx() > 0 && h.nAudioCtx() <= 1500
                && h.nAudioState() > 0 && h.nAudioHead() > 0 && h.nAudioState() % h.nAudioHead() == 0
                && h.nAudioLayer() > 0 && h.nAudioLayer() <= 64
                && h.nTextCtx() > 0 && h.nTextCtx() <= 4096
                && h.nTextState() == h.nAudioState() && h.nTextHead() > 0 && h.nTextState() % h.nTextHead() == 0
                && h.nTextLayer() > 0 && h.nTextLayer() <= 64
                && (h.nMels() == 80 || h.nMels() == 128)
                && h.ftype() >= 0 && TensorType.isWeightFtype(h.ftype() % 1000);
        if (!ok) {
            throw corrupt(file, "implausible hyper-parameters " + h);
        }
    }

    private static void readTensor(Reader in, Path file, Set<String> names)
            throws IOException, WhisperModelException {
        int nDims = in.int32();
        int nameLength = in.int32();
        int type = in.int32();
        if (nDims < 1 || nDims > 4 || nameLength < 1 || nameLength > 256) {
            throw corrupt(file, "bad tensor header (dims " + nDims + ", name length " + nameLength + ")");
        }
        long elements = 1;
        for (int d = 0; d < nDims; d++) {
            int extent = in.int32();
            if (extent < 1) {
                throw corrupt(file, "tensor extent " + extent);
            }
            elements *= extent;
        }
        String name = new String(in.bytes(nameLength), StandardCharsets.UTF_8);
        long bytes = TensorType.bytes(type, elements);
        if (bytes < 0) {
            throw corrupt(file, "tensor " + name + " has unsupported ggml type " + type);
        }
        if (name.matches("encoder\\.conv[12]\\.weight") && type != 1) {
            // whisper.cpp 1.7.x's convolution asserts float16 kernels (GGML_ASSERT(src0->type == GGML_TYPE_F16)):
            // an all-float32 model (ftype 0) would abort the JVM on the first transcription.
            throw new WhisperModelException("Whisper model " + file + " has float32 convolution kernels (ftype 0),"
                    + " which whisper.cpp 1.7.x cannot run; use an f16 or quantised model");
        }
        if (!names.add(name)) {
            throw corrupt(file, "tensor " + name + " appears twice");
        }
        if (bytes > in.remaining()) {
            throw corrupt(file, "tensor " + name + " needs " + bytes + " bytes, " + in.remaining()
                    + " left (truncated file)");
        }
        in.skip(bytes);
    }

    private static WhisperModelException corrupt(Path file, String what) {
        return new WhisperModelException("Whisper model " + file + " is corrupt or not a whisper.cpp model: " + what);
    }

    /** Sizes of the ggml tensor types whisper models use. */
    private static final class TensorType {
        /** ggml_ftype values a whisper.cpp model may declare (F32, F16, Q4_0, Q4_1, Q5_0, Q5_1, Q8_0, k-quants). */
        static boolean isWeightFtype(int ftype) {
            return ftype >= 0 && ftype <= 17 && ftype != 5 && ftype != 6;
        }

        /** Data bytes of a tensor, or -1 for a type this check does not know. */
        static long bytes(int type, long elements) {
            int[] blockAndSize = switch (type) {
                case 0 -> new int[] {1, 4};      // F32
                case 1 -> new int[] {1, 2};      // F16
                case 2 -> new int[] {32, 18};    // Q4_0
                case 3 -> new int[] {32, 20};    // Q4_1
                case 6 -> new int[] {32, 22};    // Q5_0
                case 7 -> new int[] {32, 24};    // Q5_1
                case 8 -> new int[] {32, 34};    // Q8_0
                case 10 -> new int[] {256, 84};  // Q2_K
                case 11 -> new int[] {256, 110}; // Q3_K
                case 12 -> new int[] {256, 144}; // Q4_K
                case 13 -> new int[] {256, 176}; // Q5_K
                case 14 -> new int[] {256, 210}; // Q6_K
                default -> null;
            };
            if (blockAndSize == null || elements % blockAndSize[0] != 0) {
                return -1;
            }
            return elements / blockAndSize[0] * blockAndSize[1];
        }
    }

    /** Sequential little-endian reads with bounds checks (no reading past the end, no giant allocations). */
    private static final class Reader {
        private final FileChannel ch;
        private final Path file;
        private long pos;

        Reader(FileChannel ch, Path file) {
            this.ch = ch;
            this.file = file;
        }

        long remaining() throws IOException {
            return ch.size() - pos;
        }

        int int32() throws IOException {
            return ByteBuffer.wrap(bytes(4)).order(ByteOrder.LITTLE_ENDIAN).getInt();
        }

        byte[] bytes(int n) throws IOException {
            if (n > remaining()) {
                throw corruptEof();
            }
            ByteBuffer b = ByteBuffer.allocate(n);
            while (b.hasRemaining()) {
                if (ch.read(b, pos + b.position()) < 0) {
                    throw corruptEof();
                }
            }
            pos += n;
            return b.array();
        }

        void skip(long n) throws IOException {
            if (n > remaining()) {
                throw corruptEof();
            }
            pos += n;
        }

        private IOException corruptEof() {
            return new IOException("unexpected end of file at byte " + pos + " of " + file + " (truncated file)");
        }
    }
}
