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
import org.emodisparity.transcript.analysis.EncoderHeadClassifier;
import org.emodisparity.transcript.analysis.SentenceEncoder;
import org.emodisparity.transcript.analysis.TokenBatch;

/**
 * Throughput of the default text classifier on GoEmotions test sentences (a benchmark, not a test):
 *
 * <ul>
 *   <li>floor: tokenizer + MiniLM ONNX forward pass only (batches of 32, dynamic padding, no pooling or head);</li>
 *   <li>classifier: {@link EncoderHeadClassifier#classify} end to end (tokenizer, encoder, pooling, head,
 *       thresholds, canonical distribution).</li>
 * </ul>
 *
 * <pre>
 * mvn -q -pl functions/transcribe-sentiment exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.emodisparity.transcript.analysis.TextEmotionBenchmark [-Dexec.args="SENTENCES THREADS"]
 * </pre>
 */
public final class TextEmotionBenchmark {
    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        OrtSessionSettings ort = OrtSessionSettings.defaults().withIntraOpThreads(threads);
        List<String> texts = GoEmotionsSplit.read(ProjectPaths.goEmotionsData(), "original", "test").texts()
                .subList(0, count);
        ModelRepository models = ModelRepository.atDefaultLocation();
        InstalledModel miniLm = models.require(SentenceEncoder.MODEL_ID);
        System.out.printf(Locale.ROOT, "%d GoEmotions test sentences, ONNX Runtime intra-op threads %d, %d cores%n",
                count, threads, Runtime.getRuntime().availableProcessors());

        floor(miniLm.file("model.onnx"), miniLm.file("tokenizer.json"), texts.subList(0, Math.min(200, count)), ort);
        double floor = floor(miniLm.file("model.onnx"), miniLm.file("tokenizer.json"), texts, ort);
        System.out.printf(Locale.ROOT, "tokenizer + MiniLM forward (floor): %.0f sentences/s%n", floor);

        try (EncoderHeadClassifier classifier = EncoderHeadClassifier.open(models, ort)) {
            classifier.classify(texts.subList(0, Math.min(200, count))); // warm-up
            long t0 = System.nanoTime();
            classifier.classify(texts);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "text classifier (%s): %.0f sentences/s%n", classifier.modelIds(),
                    count / seconds);
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
