package org.emodisparity.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.UploadKind;
import org.emodisparity.model.SessionRef;
import org.emodisparity.model.Stage;
import org.emodisparity.model.StageState;
import org.emodisparity.model.StageStatus;
import org.emodisparity.model.store.ObjectStore;
import org.jboss.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve --bucket DIR}: the local stand-in for "upload to the bucket triggers the analysis". A file that
 * appears under {@code DIR/uploads/{clinic}/{session}/} and has stopped growing is announced to the pipeline
 * once; its report lands under {@code DIR/reports/{clinic}/{session}/}. Uploads already analysed (after a
 * restart) are announced again and found done by the stages, which costs nothing.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Watch a local bucket folder and analyse every video dropped into uploads/{clinic}/{session}/.")
public class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = Logger.getLogger(ServeCommand.class);

    @Option(names = "--bucket", paramLabel = "DIR", required = true, description = "The bucket folder to watch.")
    Path bucket;

    @Option(names = "--poll-millis", description = "How often to look for new uploads (default 1000).")
    long pollMillis = 1000;

    @Option(names = "--once", description = "Analyse the uploads present now, wait for their reports, then exit.")
    boolean once;

    private final EmbeddedPipeline pipeline;

    public ServeCommand(EmbeddedPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Integer call() throws Exception {
        Optional<InputPaths.UsageError> usage = InputPaths.outputFolder("--bucket", bucket);
        if (usage.isPresent()) {
            System.err.println(usage.get().line("serve"));
            return usage.get().exitCode();
        }
        ObjectStore store = pipeline.store();
        LOG.infof("serving: watching the bucket folder for uploads");
        Map<String, Long> lastSeenSize = new HashMap<>();
        Set<String> announced = new LinkedHashSet<>();
        while (true) {
            boolean growing = false;
            for (String key : store.list(ObjectKeys.UPLOADS)) {
                long size = store.size(key).orElse(-1L);
                Long previous = lastSeenSize.put(key, size);
                // announce once the size is the same on two consecutive polls: the copy has finished
                if (previous == null || previous != size) {
                    growing = true;
                } else if (!announced.contains(key)) {
                    announced.add(key);
                    announce(key);
                }
            }
            if (once && !growing && announced.stream().allMatch(this::finished)) {
                LOG.infof("serve --once: %d uploads done", announced.size());
                return 0;
            }
            Thread.sleep(pollMillis);
        }
    }

    private void announce(String key) throws IOException {
        if (ObjectKeys.parseUpload(key).isEmpty()) {
            LOG.warnf("ignoring an object under uploads/ that is not uploads/{clinic}/{session}/{file}");
            return;
        }
        pipeline.submit(key);
    }

    /** The upload's session has a report, a failed segmenter, or is a file the segmenter does not analyse. */
    private boolean finished(String key) {
        Optional<ObjectKeys.UploadKey> upload = ObjectKeys.parseUpload(key);
        if (upload.isEmpty() || !UploadKind.of(upload.get().fileName()).isRecording()) {
            return true;
        }
        SessionRef session = upload.get().session();
        try {
            if (pipeline.store().exists(ObjectKeys.refusedUpload(session, upload.get().fileName()))) {
                return true; // a second recording of the session, refused with SECOND_RECORDING
            }
        } catch (IOException e) {
            return false;
        }
        Map<Stage, StageStatus> status = pipeline.status(session);
        StageStatus segmenter = status.get(Stage.SEGMENTER);
        StageStatus fusion = status.get(Stage.FUSION);
        return (segmenter != null && segmenter.state() == StageState.FAILED)
                || (fusion != null && fusion.state().isTerminal());
    }
}
