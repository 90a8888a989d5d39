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
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.emodisparity.model.Emotion;
import org.emodisparity.model.LabelMapping;
import org.emodisparity.models.FileDigest;
import org.emodisparity.models.InstalledModel;
import org.emodisparity.models.ModelRepository;
import org.emodisparity.models.onnx.OnnxAttribute;
import org.emodisparity.models.onnx.OnnxDataType;
import org.emodisparity.models.onnx.OnnxGraphBuilder;
import org.emodisparity.models.onnx.OnnxTensor;
import org.emodisparity.models.onnx.OrtSessionSettings;
import org.emodisparity.transcript.analysis.CanonicalScores;
import org.emodisparity.transcript.analysis.EmotionHead;
import org.emodisparity.transcript.analysis.LabelThresholds;
import org.emodisparity.transcript.analysis.SentenceEncoder;

/**
 * Trains the head of the default text-emotion model ({@code goemotions-xed-bge-small-head}) and writes it, ready to
 * commit, into the model catalog's repository folder. One tool, no framework:
 *
 * <ol>
 *   <li>embeds GoEmotions train/dev/test ({@code original/}, 28 labels) and XED train/dev/test ({@link XedData}:
 *       Plutchik labels mapped to the Ekman groups, fixed hash splits) with the installed encoder
 *       ({@code --encoder}, default {@code bge-small-en-v15-q}, chosen on dev by {@link EncoderComparison}), pooled
 *       as {@link SentenceEncoder.Pooling#MEAN_MAX} (cached under {@code ~/.cache/emodisparity/text-embeddings}, so
 *       re-runs skip the encoder), and keeps each text's distinct word-piece ids from the same tokenizer;</li>
 *   <li>for each candidate hidden size, trains an ensemble of {@code members} networks on <b>train</b>: one ReLU
 *       hidden layer (size 0: logistic regression) over the embedding plus a linear bag-of-word-pieces term, 28
 *       sigmoid outputs; GoEmotions comments: binary cross-entropy per label with a positive weight
 *       (sqrt(negatives / positives), capped) plus the same loss on each Ekman group's maximum score against
 *       {@code ekman/train.tsv}; XED lines (no 28-label gold): the Ekman group-maximum loss alone, weighted
 *       {@code --xed-weight} (2 chosen on dev among 1, 2, 3: see the catalog entry); Adam, mini-batches, dropout;
 *       members differ only in their seed; one thread, fixed seeds, hence deterministic;</li>
 *   <li>on <b>dev</b>: early stopping of each member on the mean of GoEmotions dev 28-label macro-F1 and XED dev
 *       Ekman macro-F1 (each at its F1-optimal thresholds), the choice of hidden size, the 28 per-label thresholds
 *       (GoEmotions dev), the 7 Ekman group thresholds (best sum of F1 on GoEmotions {@code ekman/dev.tsv} and XED
 *       dev) and the calibration temperature of the canonical distribution (XED dev, {@link Calibration});</li>
 *   <li>exports {@code head.onnx} ({@code embedding [n, 768]} and {@code input_ids [n, t]} → {@code scores [n, 28]}:
 *       Sub/Mul standardisation, MatMul with int8 weights through DequantizeLinear, Add, Relu, MatMul, Add; plus the
 *       word-piece rows (int8, one scale per row) gathered for each first occurrence of an id and summed; Sigmoid;
 *       the members merged into one wider hidden layer whose output weights average their logits; the pooling and
 *       the encoder's catalog id in the model metadata) and {@code thresholds.json};</li>
 *   <li>scores dev and test with the exported file through ONNX Runtime (what ships) and reports, unless
 *       {@code --test false}, the <b>test</b> figures no choice ever saw: GoEmotions 28 labels and Ekman, XED Ekman
 *       macro-F1, ECE and top-label figures; prints the SHA-256 values and the {@code accuracy} block for the catalog
 *       entry.</li>
 * </ol>
 *
 * <pre>
 * tools/text-training/run TrainGoEmotionsHead
 * </pre>
 *
 * Options: {@code --data DIR} (default {@code ../shared/data/goemotions}), {@code --xed DIR} (default
 * {@code ../shared/data/xed}), {@code --out DIR} (default the catalog's {@code repository/goemotions-xed-bge-small-head/}),
 * {@code --cache DIR}, {@code --encoder ID}, {@code --seed N}, {@code --hidden 0,256}, {@code --members N},
 * {@code --epochs N}, {@code --ekman-weight W} (0: no Ekman term), {@code --xed-weight W} (0: GoEmotions only),
 * {@code --word-pieces true|false}, {@code --threads N} (ONNX Runtime threads for embedding),
 * {@code --pooling mean|mean+max}, {@code --test true|false}, {@code --max-positive-weight W} (the cap of the positive weights, default 3), {@code --group-outputs true|false} (default false, what
 * the committed head was trained with: an extra sigmoid output per Ekman group, trained with the same weighted binary
 * cross-entropy against the groups as the group-maximum term and exported as {@code group_scores} with the groups in
 * the {@code groups} metadata; group thresholds, temperature and the canonical distribution then use those outputs
 * instead of the group maxima, see {@link EkmanDevAnalysis} and the README for the dev figures).
 */
public final class TrainGoEmotionsHead {
    static final String MODEL_ID = "goemotions-xed-bge-small-head";
    static final String DEFAULT_ENCODER_ID = "bge-small-en-v15-q";
    static final String COMMAND = "tools/text-training/run TrainGoEmotionsHead";

    /** Hyper-parameters; the defaults are what the committed head was trained with. */
    record Settings(long seed, int[] hiddenSizes, int members, int maxEpochs, int patience, int batchSize,
            double learningRate, double weightDecay, double dropout, double maxPositiveWeight, double ekmanWeight,
            boolean wordPieces, double wordPieceLearningRate, double wordPieceWeightDecay, double xedWeight,
            boolean groupOutputs) {
        static Settings defaults() {
            return new Settings(20240611L, new int[] {256}, 5, 40, 3, 64, 5e-4, 1e-4, 0.5, 3.0, 1.0,
                    true, 1e-3, 1e-4, 2.0, false);
        }

        String describe() {
            return String.format(Locale.ROOT, "seed %d, hidden sizes %s (0 = logistic regression), ensembles of %d,"
                            + " batch %d, Adam lr %.0e, L2 weight decay %.0e, dropout %.2f, positive weight"
                            + " sqrt(neg/pos) capped at %.0f, Ekman group-maximum loss weight %.2f, at most %d epochs,"
                            + " early stopping after %d without a better dev macro-F1%s", seed,
                    Arrays.toString(hiddenSizes), members, batchSize, learningRate, weightDecay, dropout,
                    maxPositiveWeight, ekmanWeight, maxEpochs, patience, wordPieces
                            ? String.format(Locale.ROOT, "; bag-of-word-pieces term (each distinct non-special id"
                                    + " once) trained with it, Adam lr %.0e, L2 %.0e on the rows a batch touches",
                                    wordPieceLearningRate, wordPieceWeightDecay)
                            : "; no bag-of-word-pieces term")
                    + (xedWeight > 0 ? String.format(Locale.ROOT, "; XED train lines in the Ekman term only, weight"
                            + " %.2f; early stopping on the mean of GoEmotions dev 28-label macro-F1 and XED dev Ekman"
                            + " macro-F1", xedWeight) : "; GoEmotions only")
                    + (groupOutputs ? "; an output per Ekman group (weighted binary cross-entropy against the"
                            + " comment's or line's groups, the Ekman term's weights) gives the group scores" : "");
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        Path data = opts.containsKey("data") ? Path.of(opts.get("data")) : ProjectPaths.goEmotionsData();
        Path xedDir = opts.containsKey("xed") ? Path.of(opts.get("xed")) : XedData.defaultLocation();
        Path out = opts.containsKey("out") ? Path.of(opts.get("out")) : ProjectPaths.committedHead();
        Path cacheDir = opts.containsKey("cache") ? Path.of(opts.get("cache")) : ProjectPaths.embeddingCache();
        String encoderId = opts.getOrDefault("encoder", DEFAULT_ENCODER_ID);
        Settings d = Settings.defaults();
        Settings settings = new Settings(
                Long.parseLong(opts.getOrDefault("seed", Long.toString(d.seed()))),
                opts.containsKey("hidden")
                        ? Arrays.stream(opts.get("hidden").split(",")).mapToInt(Integer::parseInt).toArray()
                        : d.hiddenSizes(),
                Integer.parseInt(opts.getOrDefault("members", Integer.toString(d.members()))),
                Integer.parseInt(opts.getOrDefault("epochs", Integer.toString(d.maxEpochs()))),
                d.patience(), d.batchSize(), d.learningRate(), d.weightDecay(), d.dropout(),
                Double.parseDouble(opts.getOrDefault("max-positive-weight", Double.toString(d.maxPositiveWeight()))),
                Double.parseDouble(opts.getOrDefault("ekman-weight", Double.toString(d.ekmanWeight()))),
                Boolean.parseBoolean(opts.getOrDefault("word-pieces", Boolean.toString(d.wordPieces()))),
                d.wordPieceLearningRate(), d.wordPieceWeightDecay(),
                Double.parseDouble(opts.getOrDefault("xed-weight", Double.toString(d.xedWeight()))),
                Boolean.parseBoolean(opts.getOrDefault("group-outputs", Boolean.toString(d.groupOutputs()))));
        int threads = Integer.parseInt(opts.getOrDefault("threads", "1"));
        // --test false: exploring on dev, do not even print test figures (the shipped run prints them, once).
        boolean reportTest = Boolean.parseBoolean(opts.getOrDefault("test", "true"));
        SentenceEncoder.Pooling pooling = SentenceEncoder.Pooling.fromLabel(opts.getOrDefault("pooling", "mean+max"));

        GoEmotionsSplit train = GoEmotionsSplit.read(data, "original", "train");
        GoEmotionsSplit dev = GoEmotionsSplit.read(data, "original", "dev");
        GoEmotionsSplit test = GoEmotionsSplit.read(data, "original", "test");
        GoEmotionsSplit ekmanTrain = aligned(train, GoEmotionsSplit.read(data, "ekman", "train"));
        GoEmotionsSplit ekmanDev = aligned(dev, GoEmotionsSplit.read(data, "ekman", "dev"));
        GoEmotionsSplit ekmanTest = aligned(test, GoEmotionsSplit.read(data, "ekman", "test"));
        requireGoEmotionsOrder(train.labels());
        List<String> ekmanLabels = ekmanDev.labels();
        if (!ekmanLabels.equals(XedData.LABELS)) {
            throw new IllegalStateException("ekman/labels.txt is not in the order XED is mapped to: " + ekmanLabels);
        }
        XedData xed = XedData.read(xedDir);
        System.out.printf(Locale.ROOT, "GoEmotions from %s: train %d, dev %d, test %d; %s%n", data, train.size(),
                dev.size(), test.size(), xed.describe());

        InstalledModel encoderModel = ModelRepository.atDefaultLocation().require(encoderId);
        EmbeddingCache cache = new EmbeddingCache(cacheDir,
                List.of(encoderModel.file("model.onnx"), encoderModel.file("tokenizer.json")));
        Split goTrain;
        Split goDev;
        Split goTest;
        Split xTrain;
        Split xDev;
        Split xTest;
        int vocabulary;
        try (SentenceEncoder encoder = SentenceEncoder.of(encoderModel, pooling,
                OrtSessionSettings.defaults().withIntraOpThreads(threads))) {
            goTrain = Split.of(cache, "goemotions-train", train.texts(), encoder);
            goDev = Split.of(cache, "goemotions-dev", dev.texts(), encoder);
            goTest = Split.of(cache, "goemotions-test", test.texts(), encoder);
            xTrain = Split.of(cache, "xed-train", XedData.texts(xed.train()), encoder);
            xDev = Split.of(cache, "xed-dev", XedData.texts(xed.dev()), encoder);
            xTest = Split.of(cache, "xed-test", XedData.texts(xed.test()), encoder);
            vocabulary = settings.wordPieces() ? encoder.vocabularySize() : 0;
        }
        System.out.println(settings.describe() + "; pooling " + pooling.label() + "; encoder " + encoderId);

        // Train on GoEmotions train (28 labels + Ekman groups) and XED train (Ekman groups only).
        boolean withXed = settings.xedWeight() > 0;
        float[][] xAll = withXed ? concat(goTrain.x(), xTrain.x()) : goTrain.x();
        List<long[]> idsAll = withXed ? concat(goTrain.ids(), xTrain.ids()) : goTrain.ids();
        Standardiser standardiser = Standardiser.fit(xAll);
        Features fTrain = new Features(standardiser.apply(xAll), wordPieceBags(idsAll, goTrain.specialIds()));
        Features fGoDev = goDev.features(standardiser);
        Features fXedDev = xDev.features(standardiser);
        boolean[][] xedTrainGold = XedData.gold(xed.train());
        boolean[][] xedDevGold = XedData.gold(xed.dev());
        int n = xAll.length;
        boolean[][] labels28 = new boolean[n][];
        boolean[] has28 = new boolean[n];
        boolean[][] ekmanGold = new boolean[n][];
        float[] rowWeight = new float[n];
        boolean[][] go28 = train.goldMatrix();
        boolean[][] goEkman = ekmanTrain.goldMatrix();
        for (int i = 0; i < n; i++) {
            boolean isGo = i < train.size();
            labels28[i] = isGo ? go28[i] : new boolean[go28[0].length];
            has28[i] = isGo;
            ekmanGold[i] = isGo ? goEkman[i] : xedTrainGold[i - train.size()];
            rowWeight[i] = isGo ? 1f : (float) settings.xedWeight();
        }
        Targets targets = new Targets(labels28, has28, ekmanGold, rowWeight,
                ekmanGroups(train.labels(), ekmanLabels), settings.groupOutputs());
        boolean[][] goDevGold = dev.goldMatrix();
        DevCriterion criterion = e -> {
            float[][] g = e.predict(fGoDev);
            double f28 = MultiLabelMetrics.macroF1(g, goDevGold, MultiLabelMetrics.bestThresholds(g, goDevGold));
            if (!withXed) {
                return f28;
            }
            float[][] xs = groupScores(e.predict(fXedDev), train.labels(), ekmanLabels);
            double fx = MultiLabelMetrics.macroF1(xs, xedDevGold, MultiLabelMetrics.bestThresholds(xs, xedDevGold));
            return (f28 + fx) / 2;
        };
        Ensemble best = null;
        double bestDev = -1;
        for (int hidden : settings.hiddenSizes()) {
            Ensemble e = trainEnsemble(fTrain, targets, criterion, hidden, vocabulary, settings);
            double score = criterion.score(e);
            System.out.printf(Locale.ROOT, "hidden %d, %d members (epochs %s): dev criterion %.4f%n", hidden,
                    e.members().size(), e.epochs(), score);
            if (score > bestDev) {
                bestDev = score;
                best = e;
            }
        }

        // Export, then choose thresholds and the temperature and measure, all with the exported file itself.
        Files.createDirectories(out);
        Path onnx = out.resolve("head.onnx");
        Path json = out.resolve("thresholds.json");
        writeOnnx(best, standardiser, train.labels(), settings.groupOutputs() ? ekmanLabels : List.of(), settings,
                pooling, encoderId, onnx);
        float[][] goDevScores;
        float[][] goTestScores;
        float[][] xDevScores;
        float[][] xTestScores;
        float[][] goDevGroups;
        float[][] goTestGroups;
        float[][] xDevGroups;
        float[][] xTestGroups;
        List<String> labels = train.labels();
        try (EmotionHead head = new EmotionHead(onnx, OrtSessionSettings.defaults())) {
            EmotionHead.Scores goDevS = head.scoresAndGroups(goDev.x(), goDev.ids());
            EmotionHead.Scores goTestS = head.scoresAndGroups(goTest.x(), goTest.ids());
            EmotionHead.Scores xDevS = head.scoresAndGroups(xDev.x(), xDev.ids());
            EmotionHead.Scores xTestS = head.scoresAndGroups(xTest.x(), xTest.ids());
            goDevScores = goDevS.labels();
            goTestScores = goTestS.labels();
            xDevScores = xDevS.labels();
            xTestScores = xTestS.labels();
            goDevGroups = groupScores(goDevS, labels, ekmanLabels);
            goTestGroups = groupScores(goTestS, labels, ekmanLabels);
            xDevGroups = groupScores(xDevS, labels, ekmanLabels);
            xTestGroups = groupScores(xTestS, labels, ekmanLabels);
        }
        float[] thresholds = MultiLabelMetrics.bestThresholds(goDevScores, goDevGold);
        // What the canonical distribution is formed from: the group outputs, or the 28 scores (group maxima).
        List<String> canonicalLabels = settings.groupOutputs() ? ekmanLabels : labels;
        float[][] xDevCanonical = settings.groupOutputs() ? xDevGroups : xDevScores;
        float[][] xTestCanonical = settings.groupOutputs() ? xTestGroups : xTestScores;
        boolean[][] goEkDevGold = ekmanDev.goldMatrix();
        // One set of group thresholds for both kinds of text, chosen on the two dev splits: per group the threshold
        // with the best sum of the two F1 values, so each corpus counts the same (pooling the lines would let
        // GoEmotions' 5,426 dev comments outweigh XED's 2,250 lines).
        float[] groupThresholds = withXed
                ? MultiLabelMetrics.bestThresholds(goDevGroups, goEkDevGold, xDevGroups, xedDevGold)
                : MultiLabelMetrics.bestThresholds(goDevGroups, goEkDevGold);
        System.out.printf(Locale.ROOT, "dev Ekman macro-F1 with each corpus' own group thresholds (ceilings):"
                        + " GoEmotions %.4f, XED %.4f%n",
                MultiLabelMetrics.macroF1(goDevGroups, goEkDevGold,
                        MultiLabelMetrics.bestThresholds(goDevGroups, goEkDevGold)),
                MultiLabelMetrics.macroF1(xDevGroups, xedDevGold, MultiLabelMetrics.bestThresholds(xDevGroups, xedDevGold)));
        double temperature = withXed ? Calibration.fitTemperature(xDevCanonical, canonicalLabels, xed.dev())
                : Calibration.fitTemperatureGoEmotions(settings.groupOutputs() ? goDevGroups : goDevScores,
                        canonicalLabels, ekmanDev);
        Map<String, Float> groups = new LinkedHashMap<>();
        for (int g = 0; g < ekmanLabels.size(); g++) {
            groups.put(ekmanLabels.get(g), groupThresholds[g]);
        }
        new LabelThresholds(labels, thresholds, groups,
                "per label: the threshold in 0.01..0.99 with the best F1 on GoEmotions dev (original/dev.tsv);"
                        + " groups (Ekman taxonomy, " + (settings.groupOutputs() ? "the head's group outputs"
                                : "maximum score per group") + "): "
                        + (withXed ? "the best sum of F1 on ekman/dev.tsv and on XED dev" : "the same against ekman/dev.tsv")
                        + "; temperature: the calibration of the canonical distribution with the least negative"
                        + " log-likelihood on " + (withXed ? "XED dev" : "GoEmotions ekman/dev") + " (lines with one label)",
                (float) temperature).write(json);

        if (reportTest) {
            printPerLabel(labels, MultiLabelMetrics.perLabelF1(goTestScores, test.goldMatrix(), thresholds), thresholds);
        }
        String chosen = "chosen on dev: hidden " + best.hidden() + ", member epochs " + best.epochs();
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("goemotionsTestMacroF1", MultiLabelMetrics.macroF1(goTestScores, test.goldMatrix(), thresholds));
        figures.put("goemotionsEkmanTestMacroF1", MultiLabelMetrics.macroF1(goTestGroups, ekmanTest.goldMatrix(),
                groupThresholds));
        figures.put("goemotionsDevMacroF1", MultiLabelMetrics.macroF1(goDevScores, goDevGold, thresholds));
        figures.put("goemotionsEkmanDevMacroF1", MultiLabelMetrics.macroF1(goDevGroups, goEkDevGold, groupThresholds));
        figures.put("xedDevMacroF1", MultiLabelMetrics.macroF1(xDevGroups, xedDevGold, groupThresholds));
        figures.put("xedTestMacroF1", MultiLabelMetrics.macroF1(xTestGroups, XedData.gold(xed.test()),
                groupThresholds));
        Calibration.Report devCal = Calibration.report(xDevCanonical, canonicalLabels, xed.dev(), temperature);
        Calibration.Report testCal = Calibration.report(xTestCanonical, canonicalLabels, xed.test(), temperature);
        figures.put("xedDevEceUncalibrated", devCal.eceBefore());
        figures.put("xedDevEce", devCal.eceAfter());
        figures.put("xedTestEceUncalibrated", testCal.eceBefore());
        figures.put("xedTestEce", testCal.eceAfter());
        figures.put("xedTestTopLabelAccuracy", testCal.accuracy());
        figures.put("xedTestTopLabelWeightedF1", testCal.weightedF1());
        figures.put("xedTestTopLabelMacroF1", testCal.macroF1());
        figures.put("temperature", temperature);
        if (!reportTest) {
            figures.keySet().removeIf(k -> k.contains("Test"));
            System.out.println("test figures not reported (--test false)");
        }
        System.out.println(chosen);
        figures.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-30s %.4f%n", k, v));
        System.out.println();
        System.out.println("wrote " + onnx + " (" + Files.size(onnx) + " bytes, sha256 "
                + FileDigest.sha256Uncached(onnx) + ")");
        System.out.println("wrote " + json + " (" + Files.size(json) + " bytes, sha256 "
                + FileDigest.sha256Uncached(json) + ")");
        System.out.println("catalog accuracy:");
        figures.forEach((k, v) -> System.out.printf(Locale.ROOT, "  \"%s\": %.4f,%n", k, v));
        System.out.println("  \"training\": \"" + settings.describe() + "; pooling " + pooling.label() + "; encoder "
                + encoderId + "; " + chosen + "\"");
    }

    /** A split's embeddings (cached), token ids and the tokenizer's special ids. */
    record Split(float[][] x, List<long[]> ids, Set<Long> specialIds) {
        static Split of(EmbeddingCache cache, String name, List<String> texts, SentenceEncoder encoder)
                throws Exception {
            long t0 = System.nanoTime();
            float[][] e = cache.embeddings(name + "-" + encoder.pooling().name().toLowerCase(Locale.ROOT), texts,
                    encoder::embed);
            System.out.printf(Locale.ROOT, "embeddings %s: %d x %d (%.1f s)%n", name, e.length, e[0].length,
                    (System.nanoTime() - t0) / 1e9);
            return new Split(e, encoder.tokenIds(texts), encoder.specialTokenIds());
        }

        Features features(Standardiser s) {
            return new Features(s.apply(x), wordPieceBags(ids, specialIds));
        }
    }

    /** What early stopping and the choice of hidden size maximise, on dev splits only. */
    @FunctionalInterface
    interface DevCriterion {
        double score(Ensemble e);
    }

    @SuppressWarnings("unchecked")
    static <T> T[] concat(T[] a, T[] b) {
        T[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    // ---- data -------------------------------------------------------------------------------------------------

    static float[][] embed(EmbeddingCache cache, String name, GoEmotionsSplit split, SentenceEncoder encoder)
            throws Exception {
        long t0 = System.nanoTime();
        float[][] e = cache.embeddings(name + "-" + encoder.pooling().name().toLowerCase(Locale.ROOT), split.texts(),
                encoder::embed);
        System.out.printf(Locale.ROOT, "embeddings %s: %d x %d (%.1f s)%n", name, e.length, e[0].length,
                (System.nanoTime() - t0) / 1e9);
        return e;
    }

    /**
     * Each text's distinct word-piece ids, special tokens left out, sorted: the bag-of-word-pieces features (present
     * or not; counting repeats did worse on dev, 0.476 against 0.483 with one member).
     */
    static int[][] wordPieceBags(List<long[]> tokenIds, Set<Long> specialIds) {
        int[][] bags = new int[tokenIds.size()][];
        for (int i = 0; i < bags.length; i++) {
            bags[i] = Arrays.stream(tokenIds.get(i)).filter(id -> !specialIds.contains(id)).distinct().sorted()
                    .mapToInt(Math::toIntExact).toArray();
        }
        return bags;
    }

    private static void requireGoEmotionsOrder(List<String> labels) {
        if (!labels.equals(LabelMapping.GOEMOTIONS_LABELS)) {
            throw new IllegalStateException("original/labels.txt is not in GoEmotions order: " + labels);
        }
    }

    /** The Ekman split in the order of the 28-label split (same comments, same order in the shipped data). */
    static GoEmotionsSplit aligned(GoEmotionsSplit original, GoEmotionsSplit ekman) {
        if (original.size() != ekman.size()) {
            throw new IllegalStateException("ekman split has " + ekman.size() + " comments, original " + original.size());
        }
        for (int i = 0; i < original.size(); i++) {
            if (!original.examples().get(i).id().equals(ekman.examples().get(i).id())) {
                throw new IllegalStateException("ekman and original splits differ at line " + (i + 1));
            }
        }
        return ekman;
    }

    /** For each Ekman group (in the order of {@code ekman/labels.txt}), the indices of its member labels. */
    static int[][] ekmanGroups(List<String> labels, List<String> ekmanLabels) {
        int[][] groups = new int[ekmanLabels.size()][];
        for (int g = 0; g < groups.length; g++) {
            Emotion group = LabelMapping.GOEMOTIONS_EKMAN.canonical(ekmanLabels.get(g));
            groups[g] = IntStream.range(0, labels.size())
                    .filter(l -> LabelMapping.GOEMOTIONS.canonical(labels.get(l)) == group).toArray();
        }
        return groups;
    }

    /** Maximum score per Ekman group, columns in the order of {@code ekman/labels.txt}. */
    static float[][] ekmanScores(float[][] scores, List<String> labels, List<String> ekmanLabels) {
        Emotion[] columns = ekmanLabels.stream().map(LabelMapping.GOEMOTIONS_EKMAN::canonical).toArray(Emotion[]::new);
        float[][] out = new float[scores.length][columns.length];
        for (int i = 0; i < scores.length; i++) {
            Map<Emotion, Double> max = CanonicalScores.groupMaxima(labels, scores[i], LabelMapping.GOEMOTIONS);
            for (int g = 0; g < columns.length; g++) {
                out[i][g] = max.getOrDefault(columns[g], 0.0).floatValue();
            }
        }
        return out;
    }

    /**
     * The Ekman group scores of a head's output rows: the group outputs where the head has them (columns after the
     * labels, in the order of {@code ekman/labels.txt}), else the maximum score per group ({@link #ekmanScores}).
     */
    static float[][] groupScores(float[][] rows, List<String> labels, List<String> ekmanLabels) {
        if (rows.length > 0 && rows[0].length == labels.size() + ekmanLabels.size()) {
            float[][] out = new float[rows.length][];
            for (int i = 0; i < rows.length; i++) {
                out[i] = Arrays.copyOfRange(rows[i], labels.size(), rows[i].length);
            }
            return out;
        }
        return ekmanScores(rows, labels, ekmanLabels);
    }

    /** The group scores of an exported head's output: its group outputs, else the group maxima of its labels. */
    static float[][] groupScores(EmotionHead.Scores s, List<String> labels, List<String> ekmanLabels) {
        if (s.groups() != null) {
            if (!s.groupLabels().equals(ekmanLabels)) {
                throw new IllegalStateException("head groups " + s.groupLabels() + ", expected " + ekmanLabels);
            }
            return s.groups();
        }
        return ekmanScores(s.labels(), labels, ekmanLabels);
    }

    // ---- model ------------------------------------------------------------------------------------------------

    /** Feature standardisation with the train split's mean and standard deviation. */
    record Standardiser(float[] mean, float[] std) {
        static Standardiser fit(float[][] x) {
            int d = x[0].length;
            double[] sum = new double[d];
            double[] sq = new double[d];
            for (float[] row : x) {
                for (int j = 0; j < d; j++) {
                    sum[j] += row[j];
                    sq[j] += (double) row[j] * row[j];
                }
            }
            float[] mean = new float[d];
            float[] std = new float[d];
            for (int j = 0; j < d; j++) {
                double m = sum[j] / x.length;
                mean[j] = (float) m;
                std[j] = (float) Math.sqrt(Math.max(sq[j] / x.length - m * m, 1e-12));
            }
            return new Standardiser(mean, std);
        }

        float[][] apply(float[][] x) {
            float[][] out = new float[x.length][];
            for (int i = 0; i < x.length; i++) {
                out[i] = new float[x[i].length];
                for (int j = 0; j < x[i].length; j++) {
                    out[i][j] = (x[i][j] - mean[j]) / std[j];
                }
            }
            return out;
        }
    }

    /** A head's inputs: standardised embeddings and each text's bag of word pieces (see {@link #wordPieceBags}). */
    record Features(float[][] x, int[][] bags) {
        int size() {
            return x.length;
        }
    }

    /**
     * Sigmoid outputs over an optional ReLU hidden layer: {@code hidden == 0} is logistic regression. Weights are
     * row-major {@code [in][out]}, the layout ONNX MatMul takes. With a vocabulary, the logits also get, for each
     * distinct word piece of the text, that word piece's row of {@code wordPieces} ({@code [vocabulary * out]}): a
     * linear bag-of-words term trained jointly, which keeps what single words say ("thanks", "sorry", "lol") that a
     * frozen sentence embedding blurs (one member: dev macro-F1 0.430 → 0.483, Ekman test 0.541 → 0.567).
     */
    static final class Mlp {
        final int in;
        final int hidden;
        final int out;
        final float[][] w;  // per layer: [in * out]
        final float[][] b;  // per layer: [out]
        final float[] wordPieces; // [vocabulary * out], empty without the term

        Mlp(int in, int hidden, int out, int vocabulary, SplittableRandom random) {
            this.in = in;
            this.hidden = hidden;
            this.out = out;
            this.wordPieces = new float[vocabulary * out]; // zero: a word piece says nothing until trained
            int[] sizes = hidden == 0 ? new int[] {in, out} : new int[] {in, hidden, out};
            w = new float[sizes.length - 1][];
            b = new float[sizes.length - 1][];
            for (int l = 0; l < w.length; l++) {
                int fanIn = sizes[l];
                int fanOut = sizes[l + 1];
                w[l] = new float[fanIn * fanOut];
                b[l] = new float[fanOut];
                // He initialisation before ReLU, Xavier-like before the sigmoid.
                double scale = l < w.length - 1 ? Math.sqrt(2.0 / fanIn) : Math.sqrt(1.0 / fanIn);
                for (int k = 0; k < w[l].length; k++) {
                    w[l][k] = (float) (gaussian(random) * scale);
                }
            }
        }

        Mlp(Mlp other) {
            in = other.in;
            hidden = other.hidden;
            out = other.out;
            w = Arrays.stream(other.w).map(float[]::clone).toArray(float[][]::new);
            b = Arrays.stream(other.b).map(float[]::clone).toArray(float[][]::new);
            wordPieces = other.wordPieces.clone();
        }

        int vocabulary() {
            return wordPieces.length / out;
        }

        int layers() {
            return w.length;
        }

        int width(int layer) {
            return b[layer].length;
        }

        int fanIn(int layer) {
            return layer == 0 ? in : hidden;
        }

        /** Output logits for one standardised input and its bag of word pieces. */
        float[] logits(float[] x, int[] bag) {
            float[] a = x;
            for (int l = 0; l < layers(); l++) {
                a = affine(l, a);
                if (l < layers() - 1) {
                    relu(a);
                }
            }
            addWordPieces(a, bag);
            return a;
        }

        void addWordPieces(float[] logits, int[] bag) {
            if (wordPieces.length == 0) {
                return;
            }
            for (int id : bag) {
                int row = id * out;
                for (int j = 0; j < out; j++) {
                    logits[j] += wordPieces[row + j];
                }
            }
        }

        float[] affine(int layer, float[] x) {
            int width = width(layer);
            float[] y = b[layer].clone();
            float[] wl = w[layer];
            for (int k = 0; k < x.length; k++) {
                float xk = x[k];
                if (xk == 0) {
                    continue;
                }
                int row = k * width;
                for (int j = 0; j < width; j++) {
                    y[j] += xk * wl[row + j];
                }
            }
            return y;
        }
    }

    record Trained(Mlp model, double devMacroF1, int epoch) {
    }

    /** Networks of the same shape whose logits are averaged (the exported head merges them into one). */
    record Ensemble(List<Mlp> members, List<Integer> epochs) {
        int hidden() {
            return members.get(0).hidden;
        }

        float[][] predict(Features f) {
            float[][] scores = new float[f.size()][];
            for (int i = 0; i < f.size(); i++) {
                float[] sum = null;
                for (Mlp m : members) {
                    float[] z = m.logits(f.x()[i], f.bags()[i]);
                    if (sum == null) {
                        sum = z;
                    } else {
                        for (int j = 0; j < z.length; j++) {
                            sum[j] += z[j];
                        }
                    }
                }
                for (int j = 0; j < sum.length; j++) {
                    sum[j] = sigmoid(sum[j] / members.size());
                }
                scores[i] = sum;
            }
            return scores;
        }
    }

    /**
     * What the train split teaches: the 28 labels and, for the Ekman term of the loss, each comment's Ekman groups
     * and which labels make up each group.
     */
    record Targets(boolean[][] labels, boolean[] hasLabels, boolean[][] ekman, float[] ekmanRowWeight,
            int[][] groups, boolean groupOutputs) {
    }

    static Ensemble trainEnsemble(Features x, Targets y, DevCriterion dev, int hidden, int vocabulary, Settings s) {
        List<Mlp> members = new ArrayList<>();
        List<Integer> epochs = new ArrayList<>();
        for (int k = 0; k < s.members(); k++) {
            Trained t = train(x, y, dev, hidden, vocabulary, s.seed() + 1000L * hidden + k, s);
            System.out.printf(Locale.ROOT, "  hidden %d member %d: dev criterion %.4f at epoch %d%n", hidden, k,
                    t.devMacroF1(), t.epoch());
            members.add(t.model());
            epochs.add(t.epoch());
        }
        return new Ensemble(members, epochs);
    }

    /** Adam state for one parameter array. */
    static final class Adam {
        final float[] m;
        final float[] v;

        Adam(int size) {
            m = new float[size];
            v = new float[size];
        }

        void step(float[] param, float[] grad, double lr, int t, double weightDecay) {
            double c1 = 1 - Math.pow(0.9, t);
            double c2 = 1 - Math.pow(0.999, t);
            for (int i = 0; i < param.length; i++) {
                float g = (float) (grad[i] + weightDecay * param[i]);
                m[i] = 0.9f * m[i] + 0.1f * g;
                v[i] = 0.999f * v[i] + 0.001f * g * g;
                param[i] -= (float) (lr * (m[i] / c1) / (Math.sqrt(v[i] / c2) + 1e-8));
            }
        }

        /**
         * The same step on the given rows of a [rows * width] parameter only, then clears their gradient ("lazy"
         * Adam: a batch touches a few hundred of 30k word pieces; untouched rows keep their moments and decay).
         */
        void stepRows(float[] param, float[] grad, int[] rows, int width, double lr, int t, double weightDecay) {
            double c1 = 1 - Math.pow(0.9, t);
            double c2 = 1 - Math.pow(0.999, t);
            for (int r : rows) {
                for (int i = r * width; i < (r + 1) * width; i++) {
                    float g = (float) (grad[i] + weightDecay * param[i]);
                    m[i] = 0.9f * m[i] + 0.1f * g;
                    v[i] = 0.999f * v[i] + 0.001f * g * g;
                    param[i] -= (float) (lr * (m[i] / c1) / (Math.sqrt(v[i] / c2) + 1e-8));
                    grad[i] = 0;
                }
            }
        }
    }

    /** One network, standardised inputs; early stopping on dev macro-F1 at dev-optimal thresholds. */
    static Trained train(Features x, Targets y, DevCriterion dev, int hidden, int vocabulary, long seed, Settings s) {
        boolean[][] yTrain = y.labels();
        int labels = yTrain[0].length;
        boolean[][] supervised = java.util.stream.IntStream.range(0, yTrain.length).filter(i -> y.hasLabels()[i])
                .mapToObj(i -> yTrain[i]).toArray(boolean[][]::new);
        float[] positiveWeight = positiveWeights(supervised, s.maxPositiveWeight());
        float[] groupWeight = positiveWeights(y.ekman(), s.maxPositiveWeight());
        SplittableRandom random = new SplittableRandom(seed);
        int outputs = labels + (y.groupOutputs() ? y.groups().length : 0);
        Mlp model = new Mlp(x.x()[0].length, hidden, outputs, vocabulary, random);
        Adam[] adamW = new Adam[model.layers()];
        Adam[] adamB = new Adam[model.layers()];
        for (int l = 0; l < model.layers(); l++) {
            adamW[l] = new Adam(model.w[l].length);
            adamB[l] = new Adam(model.b[l].length);
        }
        Adam adamWordPieces = new Adam(model.wordPieces.length);
        float[] gWordPieces = new float[model.wordPieces.length];
        int[] order = new int[x.size()];
        Arrays.setAll(order, i -> i);
        Mlp best = null;
        double bestF1 = -1;
        int bestEpoch = 0;
        int step = 0;
        for (int epoch = 1; epoch <= s.maxEpochs() && epoch - bestEpoch <= s.patience(); epoch++) {
            shuffle(order, random);
            double loss = 0;
            for (int from = 0; from < order.length; from += s.batchSize()) {
                int[] batch = Arrays.copyOfRange(order, from, Math.min(order.length, from + s.batchSize()));
                float[][] gw = new float[model.layers()][];
                float[][] gb = new float[model.layers()][];
                for (int l = 0; l < model.layers(); l++) {
                    gw[l] = new float[model.w[l].length];
                    gb[l] = new float[model.b[l].length];
                }
                for (int i : batch) {
                    loss += backprop(model, x.x()[i], x.bags()[i], y.hasLabels()[i] ? yTrain[i] : null,
                            positiveWeight, s.dropout(), random, gw, gb, gWordPieces, 1f / batch.length,
                            new EkmanTerm(y.ekman()[i], groupWeight, y.groups(),
                                    s.ekmanWeight() * y.ekmanRowWeight()[i], y.groupOutputs() ? labels : -1));
                }
                step++;
                for (int l = 0; l < model.layers(); l++) {
                    adamW[l].step(model.w[l], gw[l], s.learningRate(), step, s.weightDecay());
                    adamB[l].step(model.b[l], gb[l], s.learningRate(), step, 0);
                }
                if (vocabulary > 0) {
                    adamWordPieces.stepRows(model.wordPieces, gWordPieces, touched(x.bags(), batch), outputs,
                            s.wordPieceLearningRate(), step, s.wordPieceWeightDecay());
                }
            }
            double f1 = dev.score(new Ensemble(List.of(model), List.of(epoch)));
            System.out.printf(Locale.ROOT, "    hidden %d epoch %2d: train loss %.4f, dev criterion %.4f%n", hidden,
                    epoch, loss / x.size(), f1);
            if (f1 > bestF1) {
                bestF1 = f1;
                bestEpoch = epoch;
                best = new Mlp(model);
            }
        }
        return new Trained(best, bestF1, bestEpoch);
    }

    /**
     * The Ekman part of one example's loss: weighted binary cross-entropy of each group's maximum score (what the
     * Ekman decision compares with its threshold, see {@link CanonicalScores}) against the comment's Ekman groups.
     * Without it the 28 labels are fitted one by one and the group maxima are only a by-product.
     */
    record EkmanTerm(boolean[] gold, float[] positiveWeight, int[][] groups, double weight, int groupOutput) {
    }

    /** The distinct word pieces of a batch's texts, sorted. */
    private static int[] touched(int[][] bags, int[] batch) {
        return Arrays.stream(batch).flatMap(i -> Arrays.stream(bags[i])).distinct().sorted().toArray();
    }

    /**
     * Adds one example's gradient (scaled) to gw/gb and its word pieces' rows of gWordPieces; returns its weighted
     * binary cross-entropy.
     */
    private static double backprop(Mlp m, float[] x, int[] bag, boolean[] y, float[] positiveWeight, double dropout,
            SplittableRandom random, float[][] gw, float[][] gb, float[] gWordPieces, float scale, EkmanTerm ekman) {
        int layers = m.layers();
        float[][] acts = new float[layers + 1][];
        acts[0] = x;
        for (int l = 0; l < layers; l++) {
            float[] z = m.affine(l, acts[l]);
            if (l < layers - 1) {
                relu(z);
                // Inverted dropout on the hidden layer.
                float keep = (float) (1 - dropout);
                for (int j = 0; j < z.length; j++) {
                    z[j] = random.nextDouble() < dropout ? 0 : z[j] / keep;
                }
            }
            acts[l + 1] = z;
        }
        float[] logits = acts[layers];
        m.addWordPieces(logits, bag);
        float[] delta = new float[logits.length];
        double loss = 0;
        for (int j = 0; y != null && j < y.length; j++) {
            float p = sigmoid(logits[j]);
            float w = y[j] ? positiveWeight[j] : 1f;
            // d/dz of -[w y log p + (1 - y) log(1 - p)] = w y (p - 1) + (1 - y) p
            delta[j] = (y[j] ? w * (p - 1) : p) * scale;
            loss += y[j] ? -w * Math.log(Math.max(p, 1e-7)) : -Math.log(Math.max(1 - p, 1e-7));
        }
        if (ekman.weight() > 0) {
            // A group's score is its largest member's sigmoid, so the gradient reaches that member's logit only.
            for (int g = 0; g < ekman.groups().length; g++) {
                int top = ekman.groups()[g][0];
                for (int j : ekman.groups()[g]) {
                    if (logits[j] > logits[top]) {
                        top = j;
                    }
                }
                float p = sigmoid(logits[top]);
                boolean gold = ekman.gold()[g];
                float w = (float) (gold ? ekman.weight() * ekman.positiveWeight()[g] : ekman.weight());
                delta[top] += (gold ? w * (p - 1) : w * p) * scale;
                loss += gold ? -w * Math.log(Math.max(p, 1e-7)) : -w * Math.log(Math.max(1 - p, 1e-7));
                if (ekman.groupOutput() >= 0) {
                    // The group's own output, the same weights: a group score that need not be one member's.
                    int c = ekman.groupOutput() + g;
                    float q = sigmoid(logits[c]);
                    delta[c] += (gold ? w * (q - 1) : w * q) * scale;
                    loss += gold ? -w * Math.log(Math.max(q, 1e-7)) : -w * Math.log(Math.max(1 - q, 1e-7));
                }
            }
        }
        if (gWordPieces.length > 0) {
            for (int id : bag) {
                int row = id * delta.length;
                for (int j = 0; j < delta.length; j++) {
                    gWordPieces[row + j] += delta[j];
                }
            }
        }
        for (int l = layers - 1; l >= 0; l--) {
            float[] a = acts[l];
            int width = m.width(l);
            float[] gwl = gw[l];
            for (int j = 0; j < width; j++) {
                gb[l][j] += delta[j];
            }
            for (int k = 0; k < a.length; k++) {
                float ak = a[k];
                if (ak == 0) {
                    continue;
                }
                int row = k * width;
                for (int j = 0; j < width; j++) {
                    gwl[row + j] += ak * delta[j];
                }
            }
            if (l > 0) {
                float[] prev = new float[a.length];
                float[] wl = m.w[l];
                for (int k = 0; k < a.length; k++) {
                    if (a[k] == 0) {
                        continue; // ReLU (or dropout) gate closed
                    }
                    int row = k * width;
                    float sum = 0;
                    for (int j = 0; j < width; j++) {
                        sum += wl[row + j] * delta[j];
                    }
                    prev[k] = sum;
                }
                delta = prev;
            }
        }
        return loss;
    }

    private static float[] positiveWeights(boolean[][] y, double cap) {
        int labels = y[0].length;
        float[] w = new float[labels];
        for (int l = 0; l < labels; l++) {
            int pos = 0;
            for (boolean[] row : y) {
                pos += row[l] ? 1 : 0;
            }
            w[l] = (float) Math.min(cap, Math.sqrt((double) (y.length - pos) / Math.max(pos, 1)));
        }
        return w;
    }

    // ---- export -----------------------------------------------------------------------------------------------

    /**
     * The ensemble as one ONNX graph: {@code (embedding - mean) * (1 / std)}, then either one MatMul/Add (logistic
     * regression, the members' weights averaged) or the members' hidden layers side by side (int8 weights, one scale
     * per column, through DequantizeLinear: a quarter of the size, and the score change is measured afterwards) with
     * Relu, and an output MatMul/Add that averages the members' logits; then Sigmoid.
     */
    static void writeOnnx(Ensemble e, Standardiser s, List<String> labels, List<String> groupLabels,
            Settings settings, SentenceEncoder.Pooling pooling, String encoderId, Path file) throws IOException {
        List<Mlp> members = e.members();
        int in = members.get(0).in;
        int out = members.get(0).out;
        int k = members.size();
        OnnxGraphBuilder g = new OnnxGraphBuilder(MODEL_ID);
        g.input(EmotionHead.INPUT, OnnxDataType.FLOAT, -1, in);
        float[] invStd = new float[in];
        for (int j = 0; j < in; j++) {
            invStd[j] = 1 / s.std()[j];
        }
        g.initializer(OnnxTensor.floats("feature_mean", s.mean(), in));
        g.initializer(OnnxTensor.floats("feature_inv_std", invStd, in));
        g.node("Sub", List.of(EmotionHead.INPUT, "feature_mean"), "centred");
        String x = g.node("Mul", List.of("centred", "feature_inv_std"), "standardised");
        if (e.hidden() > 0) {
            int hidden = e.hidden();
            int width = hidden * k;
            float[] w1 = new float[in * width];
            float[] b1 = new float[width];
            float[] w2 = new float[width * out];
            float[] b2 = new float[out];
            for (int m = 0; m < k; m++) {
                Mlp member = members.get(m);
                for (int r = 0; r < in; r++) {
                    System.arraycopy(member.w[0], r * hidden, w1, r * width + m * hidden, hidden);
                }
                System.arraycopy(member.b[0], 0, b1, m * hidden, hidden);
                for (int r = 0; r < hidden; r++) {
                    for (int c = 0; c < out; c++) {
                        w2[(m * hidden + r) * out + c] = member.w[1][r * out + c] / k;
                    }
                }
                for (int c = 0; c < out; c++) {
                    b2[c] += member.b[1][c] / k;
                }
            }
            Int8Weights q = Int8Weights.perColumn(w1, in, width);
            g.initializer(new OnnxTensor("w0_int8", OnnxDataType.INT8, new long[] {in, width}, q.values()));
            g.initializer(OnnxTensor.floats("w0_scale", q.scales(), width));
            g.initializer(new OnnxTensor("w0_zero", OnnxDataType.INT8, new long[] {width}, new byte[width]));
            g.node("DequantizeLinear", List.of("w0_int8", "w0_scale", "w0_zero"), "w0", OnnxAttribute.of("axis", 1L));
            g.initializer(OnnxTensor.floats("b0", b1, width));
            g.node("MatMul", List.of(x, "w0"), "matmul0");
            g.node("Add", List.of("matmul0", "b0"), "pre_relu0");
            x = g.node("Relu", List.of("pre_relu0"), "hidden0");
            g.initializer(OnnxTensor.floats("w1", w2, width, out));
            g.initializer(OnnxTensor.floats("b1", b2, out));
            g.node("MatMul", List.of(x, "w1"), "matmul1");
            g.node("Add", List.of("matmul1", "b1"), "embedding_logits");
        } else {
            float[] w = new float[in * out];
            float[] b = new float[out];
            for (Mlp member : members) {
                for (int i = 0; i < w.length; i++) {
                    w[i] += member.w[0][i] / k;
                }
                for (int c = 0; c < out; c++) {
                    b[c] += member.b[0][c] / k;
                }
            }
            g.initializer(OnnxTensor.floats("w0", w, in, out));
            g.initializer(OnnxTensor.floats("b0", b, out));
            g.node("MatMul", List.of(x, "w0"), "matmul0");
            g.node("Add", List.of("matmul0", "b0"), "embedding_logits");
        }
        if (members.get(0).vocabulary() > 0) {
            addWordPieceTerm(g, members, "embedding_logits", "logits");
        } else {
            g.node("Identity", List.of("embedding_logits"), "logits");
        }
        if (groupLabels.isEmpty()) {
            g.node("Sigmoid", List.of("logits"), EmotionHead.OUTPUT);
            g.output(EmotionHead.OUTPUT, OnnxDataType.FLOAT, -1, out);
        } else {
            // The first columns are the labels' scores, the last ones the groups'.
            int labelCount = labels.size();
            if (out != labelCount + groupLabels.size()) {
                throw new IllegalStateException(out + " outputs for " + labelCount + " labels and "
                        + groupLabels.size() + " groups");
            }
            g.node("Sigmoid", List.of("logits"), "all_scores");
            g.initializer(OnnxTensor.int64s("labels_start", new long[] {0}, 1));
            g.initializer(OnnxTensor.int64s("labels_end", new long[] {labelCount}, 1));
            g.initializer(OnnxTensor.int64s("groups_end", new long[] {out}, 1));
            g.initializer(OnnxTensor.int64s("slice_axis", new long[] {1}, 1));
            g.node("Slice", List.of("all_scores", "labels_start", "labels_end", "slice_axis"), EmotionHead.OUTPUT);
            g.node("Slice", List.of("all_scores", "labels_end", "groups_end", "slice_axis"), EmotionHead.GROUP_OUTPUT);
            g.output(EmotionHead.OUTPUT, OnnxDataType.FLOAT, -1, labelCount);
            g.output(EmotionHead.GROUP_OUTPUT, OnnxDataType.FLOAT, -1, groupLabels.size());
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("labels", String.join(",", labels));
        if (!groupLabels.isEmpty()) {
            metadata.put(EmotionHead.GROUPS_KEY, String.join(",", groupLabels));
        }
        metadata.put(EmotionHead.POOLING_KEY, pooling.label());
        metadata.put(EmotionHead.ENCODER_KEY, encoderId);
        metadata.put("input", encoderId + " token vectors pooled over the attention mask (" + pooling.label()
                + "; the mean L2-normalised)" + (members.get(0).vocabulary() > 0
                        ? "; input_ids: the same texts' token ids (any padding that repeats an id of the row)" : ""));
        metadata.put("training", settings.describe() + "; hidden " + e.hidden() + ", member epochs " + e.epochs());
        metadata.put("command", COMMAND);
        g.writeModel(file, "emodisparity-" + TrainGoEmotionsHead.class.getSimpleName(), "1", metadata);
    }

    /**
     * Adds the bag-of-word-pieces term to {@code logits}: {@code input_ids [n, t]} → the rows of the word-piece
     * matrix (members averaged; int8 with one scale per row, dequantised after the Gather) for each position whose
     * id did not occur earlier in its row, summed. The "earlier" test is an [n, t, t] comparison of the ids with
     * themselves under a strictly lower-triangular mask, so each distinct id counts once, as in training, and padding
     * that repeats an id of the row changes nothing. Rows of special tokens are zero (never trained).
     */
    private static void addWordPieceTerm(OnnxGraphBuilder g, List<Mlp> members, String logits, String output) {
        int vocabulary = members.get(0).vocabulary();
        int out = members.get(0).out;
        float[] averaged = new float[vocabulary * out];
        for (Mlp m : members) {
            for (int i = 0; i < averaged.length; i++) {
                averaged[i] += m.wordPieces[i] / members.size();
            }
        }
        Int8Weights q = Int8Weights.perRow(averaged, vocabulary, out);
        String ids = EmotionHead.TOKEN_IDS;
        g.input(ids, OnnxDataType.INT64, -1, -1);
        g.initializer(OnnxTensor.int64s("axis_0", new long[] {0}, 1));
        g.initializer(OnnxTensor.int64s("axis_1", new long[] {1}, 1));
        g.initializer(OnnxTensor.int64s("axis_2", new long[] {2}, 1));
        g.initializer(OnnxTensor.int64s("zero", new long[] {0}));
        g.initializer(OnnxTensor.int64s("one", new long[] {1}));
        g.initializer(OnnxTensor.scalar("one_float", 1f));
        // positions 0..t-1 and earlier[i, j] = j < i
        g.node("Shape", List.of(ids), "ids_shape");
        g.node("Gather", List.of("ids_shape", "one"), "length");
        g.node("Range", List.of("zero", "length", "one"), "positions");
        g.node("Unsqueeze", List.of("positions", "axis_0"), "positions_row");
        g.node("Unsqueeze", List.of("positions", "axis_1"), "positions_column");
        g.node("Less", List.of("positions_row", "positions_column"), "earlier");
        // repeated[n, i] = 1 when the id at i already occurred before i in its row
        g.node("Unsqueeze", List.of(ids, "axis_2"), "ids_column");
        g.node("Unsqueeze", List.of(ids, "axis_1"), "ids_row");
        g.node("Equal", List.of("ids_column", "ids_row"), "same_id");
        g.node("And", List.of("same_id", "earlier"), "same_id_earlier");
        g.node("Cast", List.of("same_id_earlier"), "same_id_earlier_float",
                OnnxAttribute.of("to", (long) OnnxDataType.FLOAT.code()));
        g.node("ReduceMax", List.of("same_id_earlier_float"), "repeated", OnnxAttribute.ints("axes", 2L),
                OnnxAttribute.of("keepdims", 0L));
        g.node("Sub", List.of("one_float", "repeated"), "first_occurrence");
        g.node("Unsqueeze", List.of("first_occurrence", "axis_2"), "first_occurrence_column");
        // the rows of the ids, dequantised, kept at first occurrences, summed over positions
        g.initializer(new OnnxTensor("word_pieces_int8", OnnxDataType.INT8, new long[] {vocabulary, out},
                q.values()));
        g.initializer(OnnxTensor.floats("word_pieces_scale", q.scales(), vocabulary));
        g.node("Gather", List.of("word_pieces_int8", ids), "id_rows_int8");
        g.node("Cast", List.of("id_rows_int8"), "id_rows_unscaled", OnnxAttribute.of("to", (long) OnnxDataType.FLOAT.code()));
        g.node("Gather", List.of("word_pieces_scale", ids), "id_scales");
        g.node("Unsqueeze", List.of("id_scales", "axis_2"), "id_scales_column");
        g.node("Mul", List.of("id_rows_unscaled", "id_scales_column"), "id_rows");
        g.node("Mul", List.of("id_rows", "first_occurrence_column"), "kept_rows");
        g.node("ReduceSum", List.of("kept_rows", "axis_1"), "word_piece_logits", OnnxAttribute.of("keepdims", 0L));
        g.node("Add", List.of(logits, "word_piece_logits"), output);
    }

    /**
     * Symmetric int8 quantisation of a row-major [rows, cols] matrix with one scale (max |w| / 127) per row or per
     * column.
     */
    record Int8Weights(byte[] values, float[] scales) {
        static Int8Weights perRow(float[] w, int rows, int cols) {
            return quantise(w, rows, cols, true);
        }

        static Int8Weights perColumn(float[] w, int rows, int cols) {
            return quantise(w, rows, cols, false);
        }

        private static Int8Weights quantise(float[] w, int rows, int cols, boolean perRow) {
            float[] scales = new float[perRow ? rows : cols];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    int s = perRow ? r : c;
                    scales[s] = Math.max(scales[s], Math.abs(w[r * cols + c]));
                }
            }
            for (int s = 0; s < scales.length; s++) {
                scales[s] = scales[s] == 0 ? 1 : scales[s] / 127f;
            }
            byte[] q = new byte[w.length];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    float scale = scales[perRow ? r : c];
                    q[r * cols + c] = (byte) Math.max(-127, Math.min(127, Math.round(w[r * cols + c] / scale)));
                }
            }
            return new Int8Weights(q, scales);
        }
    }

    // ---- small helpers ----------------------------------------------------------------------------------------

    static float sigmoid(float z) {
        return (float) (1 / (1 + Math.exp(-z)));
    }

    static void relu(float[] a) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] < 0) {
                a[i] = 0;
            }
        }
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller; SplittableRandom has no nextGaussian on Java 17.
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static void shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static void printPerLabel(List<String> labels, double[] f1, float[] thresholds) {
        System.out.println("test F1 per label (threshold from dev):");
        for (int l = 0; l < labels.size(); l++) {
            System.out.printf(Locale.ROOT, "  %-15s %.3f  (t=%.2f)%n", labels.get(l), f1[l], thresholds[l]);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: [--data DIR] [--out DIR] [--cache DIR] [--seed N]"
                        + " [--hidden 0,256] [--members N] [--epochs N] [--ekman-weight W] [--word-pieces true|false]"
                        + " [--threads N] [--group-outputs true|false] [--test true|false]"
                        + " [--pooling mean|mean+max]; got " + List.of(args));
            }
            opts.put(args[i].substring(2), args[++i]);
        }
        return opts;
    }

    private TrainGoEmotionsHead() {
    }
}
