package org.emodisparity.face.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleConsumer;
import java.util.function.DoublePredicate;
import org.emodisparity.model.TimeWindow;
import org.emodisparity.models.ModelRepository;

/**
 * The face stage for one video: sample frames (decoded once, on a decoder thread), analyse each sampled frame once
 * (in small batches, on as many inference threads as there are frame analysers, each with its own model sessions),
 * then, in frame order on the calling thread, track the faces, pick the client's track and average it per window.
 * Overlapping windows share frames; nothing is decoded or inferred twice. One analysis at a time per instance.
 */
public final class VideoFaceAnalyzer implements AutoCloseable {
    private static final int QUEUE_FRAMES = 16;

    private final FrameFaceAnalyzer analyzer;
    private final List<FrameFaceAnalyzer> workers;
    private final FaceAnalysisSettings settings;

    /** Takes ownership of {@code analyzer} (closed with this); one inference thread. */
    public VideoFaceAnalyzer(FrameFaceAnalyzer analyzer, FaceAnalysisSettings settings) {
        this(List.of(analyzer), settings);
    }

    /**
     * Takes ownership of {@code analyzers} (closed with this): equal analysers, one per inference thread (a frame
     * analyser keeps buffers and is not shared between threads).
     */
    public VideoFaceAnalyzer(List<FrameFaceAnalyzer> analyzers, FaceAnalysisSettings settings) {
        if (analyzers.isEmpty()) {
            throw new IllegalArgumentException("need at least one frame analyser");
        }
        this.analyzer = analyzers.get(0);
        this.workers = List.copyOf(analyzers);
        this.settings = settings;
    }

    /**
     * Opens the configured models from {@code models}, once per inference thread
     * ({@link FaceAnalysisSettings#effectiveInferenceThreads()}); fails with the install command if one is missing.
     */
    public static VideoFaceAnalyzer open(ModelRepository models, FaceAnalysisSettings settings) {
        List<FrameFaceAnalyzer> analyzers = new ArrayList<>();
        try {
            for (int i = 0; i < settings.effectiveInferenceThreads(); i++) {
                analyzers.add(FaceModels.open(models, settings));
            }
        } catch (RuntimeException e) {
            analyzers.forEach(FrameFaceAnalyzer::close);
            throw e;
        }
        return new VideoFaceAnalyzer(analyzers, settings);
    }

    public FrameFaceAnalyzer frameAnalyzer() {
        return analyzer;
    }

    public FaceAnalysisSettings settings() {
        return settings;
    }

    /**
     * @param windows the session's time windows (seconds from media start); frames outside all of them are skipped.
     *                An empty list analyses the whole video and returns tracks only.
     * @throws IOException when the file cannot be decoded or has no video stream
     */
    public VideoFaceResult analyze(Path video, List<TimeWindow> windows) throws IOException {
        return analyze(video, windows, done -> { });
    }

    /**
     * As {@link #analyze(Path, List)}, telling {@code progress} the share of the video analysed so far (0 to 1, by the
     * time of the last analysed frame), on the calling thread, after each batch.
     */
    public VideoFaceResult analyze(Path video, List<TimeWindow> windows, DoubleConsumer progress) throws IOException {
        long start = System.nanoTime();
        Coverage coverage = Coverage.of(windows);
        List<FrameFaces> frames = new ArrayList<>();
        // identity: two faces of equal estimates are still two faces
        java.util.Map<FaceEstimate, float[]> mouthPatches = new java.util.IdentityHashMap<>();
        AtomicLong inferenceNanos = new AtomicLong(); // summed over the inference threads
        int[] faces = {0};
        VideoFrameSampler sampler = new VideoFrameSampler(settings.samplingFps(), settings.decode());
        VideoFrameSampler.DecodeStats decode = decodeAlongside(sampler, video, coverage, (batch, results) -> {
            for (int i = 0; i < batch.size(); i++) {
                RgbImage image = batch.get(i).image();
                List<FaceEstimate> inSource = new ArrayList<>(results.get(i).size());
                for (FaceEstimate face : results.get(i)) {
                    FaceEstimate scaled = face.scaled(batch.get(i).sourcePixelsPerPixel());
                    inSource.add(scaled);
                    float[] mouth = MouthMotion.patch(image, face.box());
                    if (mouth != null) {
                        mouthPatches.put(scaled, mouth);
                    }
                }
                frames.add(new FrameFaces(batch.get(i).index(), batch.get(i).seconds(), inSource));
                faces[0] += inSource.size();
            }
            double until = coverage.end();
            if (Double.isFinite(until) && until > 0) {
                progress.accept(Math.min(1, batch.get(batch.size() - 1).seconds() / until));
            }
        }, inferenceNanos);
        List<FaceTrack> tracks = new FaceTracker(settings.tracking()).track(frames);
        Optional<FaceTrack> client = settings.tracking().clientRule().choose(tracks);
        double[] sampleTimes = frames.stream().mapToDouble(FrameFaces::seconds).toArray();
        List<WindowFaceEstimate> perWindow = WindowAggregator.aggregate(windows, sampleTimes, client);
        FaceStageStats stats = new FaceStageStats(settings.samplingFps(), decode.decodedFrames(),
                decode.sampledFrames(), faces[0], decode.decodeNanos(), inferenceNanos.get(), System.nanoTime() - start,
                decode.sourceWidth() + "x" + decode.sourceHeight(), decode.frameWidth() + "x" + decode.frameHeight(),
                decode.threads(), workers.size());
        return new VideoFaceResult(perWindow, tracks, client.map(FaceTrack::id).orElse(null), analyzer.modelIds(),
                analyzer.executionProvider(), stats, client.map(t -> MouthMotion.of(t, mouthPatches)).orElse(null));
    }

    /** Takes each batch with its faces, in frame order, on the calling thread. */
    private interface BatchConsumer {
        void accept(List<SampledFrame> batch, List<List<FaceEstimate>> faces);
    }

    /** A batch on its way through inference. */
    private record Pending(List<SampledFrame> batch, Future<List<List<FaceEstimate>>> faces) {
    }

    /** A queue item; {@code frame == null} marks the end of decoding. */
    private record Item(SampledFrame frame) {
    }

    /**
     * Decodes on a separate thread, analyses batches of sampled frames on the inference threads (each takes a free
     * analyser), and feeds them with their faces to {@code consumer} on this thread in frame order. At most two
     * batches per inference thread are in flight.
     */
    private VideoFrameSampler.DecodeStats decodeAlongside(VideoFrameSampler sampler, Path video, Coverage coverage,
                                                          BatchConsumer consumer, AtomicLong inferenceNanos)
            throws IOException {
        BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE_FRAMES);
        ExecutorService decoder = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "face-decoder");
            t.setDaemon(true);
            return t;
        });
        ExecutorService inference = Executors.newFixedThreadPool(workers.size(), r -> {
            Thread t = new Thread(r, "face-inference");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<FrameFaceAnalyzer> free = new ArrayBlockingQueue<>(workers.size(), false, workers);
        java.util.ArrayDeque<Pending> inFlight = new java.util.ArrayDeque<>();
        try {
            Future<VideoFrameSampler.DecodeStats> decoding = decoder.submit(() -> {
                try {
                    return sampler.sample(video, coverage.end(), coverage, f -> queue.put(new Item(f)));
                } finally {
                    try {
                        queue.put(new Item(null));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt(); // the consumer has given up
                    }
                }
            });
            List<Item> items = new ArrayList<>();
            boolean done = false;
            while (!done) {
                items.clear();
                items.add(queue.take());
                // Take whatever else is ready, so batches grow only when inference lags behind decoding.
                queue.drainTo(items, settings.framesPerBatch() - 1);
                List<SampledFrame> batch = new ArrayList<>(items.size());
                for (Item item : items) {
                    if (item.frame() == null) {
                        done = true;
                    } else {
                        batch.add(item.frame());
                    }
                }
                if (!batch.isEmpty()) {
                    List<RgbImage> images = batch.stream().map(SampledFrame::image).toList();
                    inFlight.add(new Pending(batch, inference.submit(() -> {
                        FrameFaceAnalyzer worker = free.take();
                        try {
                            long t0 = System.nanoTime();
                            List<List<FaceEstimate>> faces = worker.analyzeAll(images);
                            inferenceNanos.addAndGet(System.nanoTime() - t0);
                            return faces;
                        } finally {
                            free.put(worker);
                        }
                    })));
                }
                while (!inFlight.isEmpty() && (done || inFlight.size() > 2 * workers.size()
                        || inFlight.peek().faces().isDone())) {
                    Pending next = inFlight.poll();
                    consumer.accept(next.batch(), next.faces().get());
                }
            }
            return decoding.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while analysing " + video, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re; // an inference failure (a model error) keeps its type
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException("decoding " + video + " failed: " + cause, cause);
        } finally {
            // On failure the decoder may be blocked on a full queue: interrupt it, then make room for its end mark.
            inference.shutdownNow();
            decoder.shutdownNow();
            queue.clear();
        }
    }

    /** The union of the windows as sorted, merged intervals; tells the sampler which times are needed. */
    private record Coverage(double[] starts, double[] ends) implements DoublePredicate {

        static Coverage of(List<TimeWindow> windows) {
            if (windows.isEmpty()) {
                return new Coverage(new double[] {0}, new double[] {Double.POSITIVE_INFINITY});
            }
            List<TimeWindow> sorted = new ArrayList<>(windows);
            sorted.sort(Comparator.comparingDouble(TimeWindow::start));
            List<double[]> merged = new ArrayList<>();
            for (TimeWindow w : sorted) {
                double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                if (last != null && w.start() <= last[1]) {
                    last[1] = Math.max(last[1], w.end());
                } else {
                    merged.add(new double[] {w.start(), w.end()});
                }
            }
            return new Coverage(merged.stream().mapToDouble(m -> m[0]).toArray(),
                    merged.stream().mapToDouble(m -> m[1]).toArray());
        }

        double end() {
            return ends[ends.length - 1];
        }

        @Override
        public boolean test(double t) {
            int i = java.util.Arrays.binarySearch(starts, t);
            int k = i >= 0 ? i : -i - 2; // last interval starting at or before t
            return k >= 0 && t < ends[k];
        }
    }

    @Override
    public void close() {
        workers.forEach(FrameFaceAnalyzer::close);
    }
}
