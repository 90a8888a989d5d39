package org.emodisparity.transcript.training;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.emodisparity.models.InstalledModel;
import org.emodisparity.models.ModelRepository;
import org.emodisparity.models.onnx.OrtSessionSettings;
import org.emodisparity.transcript.analysis.BatchTokenizer;
import org.emodisparity.transcript.analysis.EmotionHead;
import org.emodisparity.transcript.analysis.EncoderHeadClassifier;
import org.emodisparity.transcript.analysis.SentenceEncoder;
import org.emodisparity.transcript.analysis.TokenBatch;

/**
 * Throughput of the default text classifier, one thread, on real sentences (a benchmark, not a test):
 *
 * <ul>
 *   <li>floor: tokenizer + the encoder's ONNX forward pass only (batches of 32 sorted by length, dynamic padding, no
 *       pooling or head);</li>
 *   <li>classifier: {@link EncoderHeadClassifier#classify} end to end (tokenizer, encoder, pooling, head,
 *       thresholds, calibrated canonical distribution, backchannel rule).</li>
 * </ul>
 *
 * Sentences: XED dev and test lines (movie subtitles: speech-like, short) or GoEmotions test comments (longer).
 *
 * <pre>
 * tools/text-training/run TextEmotionBenchmark [SENTENCES [THREADS [xed|goemotions [HEAD_ID]]]]
 * </pre>
 */
public final class TextEmotionBenchmark {
    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        String corpus = args.length > 2 ? args[2] : "xed";
        String headId = args.length > 3 ? args[3] : EncoderHeadClassifier.DEFAULT_HEAD_ID;
        OrtSessionSettings ort = OrtSessionSettings.defaults().withIntraOpThreads(threads);
        List<String> all;
        if (corpus.equals("xed")) {
            XedData xed = XedData.read(XedData.defaultLocation());
            all = new java.util.ArrayList<>(XedData.texts(xed.dev()));
            all.addAll(XedData.texts(xed.test()));
        } else {
            all = GoEmotionsSplit.read(ProjectPaths.goEmotionsData(), "original", "test").texts();
        }
        List<String> texts = all.subList(0, Math.min(count, all.size()));
        count = texts.size();
        ModelRepository models = ModelRepository.atDefaultLocation();
        InstalledModel encoder = models.require(
                EmotionHead.encoderIdOf(models.require(headId).file("head.onnx")));
        System.out.printf(Locale.ROOT, "%d %s sentences, ONNX Runtime intra-op threads %d, %d cores%n",
                count, corpus, threads, Runtime.getRuntime().availableProcessors());

        floor(encoder.file("model.onnx"), encoder.file("tokenizer.json"), texts.subList(0, Math.min(200, count)), ort);
        double floor = floor(encoder.file("model.onnx"), encoder.file("tokenizer.json"), texts, ort);
        System.out.printf(Locale.ROOT, "tokenizer + %s forward (floor): %.0f sentences/s%n", encoder.entry().id(),
                floor);

        try (EncoderHeadClassifier classifier = EncoderHeadClassifier.open(models, headId, ort)) {
            classifier.classify(texts.subList(0, Math.min(200, count))); // warm-up
            long t0 = System.nanoTime();
            classifier.classify(texts);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "text classifier (%s): %.0f sentences/s end to end%n",
                    classifier.modelIds(), count / seconds);
        }
    }

    private static double floor(Path onnx, Path tokenizerJson, List<String> texts, OrtSessionSettings ort) throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (BatchTokenizer tokenizer = BatchTokenizer.open(tokenizerJson, 128);
             OrtSession.SessionOptions options = ort.newSessionOptions();
             OrtSession session = env.createSession(onnx.toString(), options)) {
            long t0 = System.nanoTime();
            for (TokenBatch b : tokenizer.batches(texts, SentenceEncoder.DEFAULT_BATCH_SIZE)) {
                Map<String, OnnxTensor> in = new HashMap<>();
                in.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(b.inputIds()), b.shape()));
                in.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(b.attentionMask()), b.shape()));
                in.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[b.inputIds().length]),
                        b.shape()));
                try (OrtSession.Result r = session.run(in)) {
                    r.get(0);
                } finally {
                    in.values().forEach(OnnxTensor::close);
                }
            }
            return texts.size() / ((System.nanoTime() - t0) / 1e9);
        }
    }

    private TextEmotionBenchmark() {
    }
}
