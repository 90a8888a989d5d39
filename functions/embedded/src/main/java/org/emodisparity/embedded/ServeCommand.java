package org.emodisparity.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.emodisparity.model.ObjectKeys;
import org.emodisparity.model.store.ObjectStore;
import org.jboss.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve --bucket DIR}: the local stand-in for "upload to the bucket triggers the analysis". A file that
 * appears under {@code DIR/uploads/{clinic}/{session}/} and stops growing is announced to the pipeline, exactly
 * once per key; its report lands under {@code DIR/reports/{clinic}/{session}/}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Watch a local bucket folder and analyse every video dropped into uploads/{clinic}/{session}/.")
public class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = Logger.getLogger(ServeCommand.class);

    @Option(names = "--bucket", paramLabel = "DIR", required = true, description = "The bucket folder to watch.")
    Path bucket;

    @Option(names = "--poll-millis", description = "How often to look for new uploads (default 1000).")
    long pollMillis = 1000;

    @Option(names = "--max-polls", hidden = true, description = "Stop after this many polls (tests).")
    long maxPolls = Long.MAX_VALUE;

    private final EmbeddedPipeline pipeline;

    public ServeCommand(EmbeddedPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Integer call() throws Exception {
        ObjectStore store = pipeline.store();
        LOG.infof("serving: watching %s for uploads", bucket.toAbsolutePath());
        Map<String, Long> lastSeenSize = new HashMap<>();
        for (long poll = 0; poll < maxPolls; poll++) {
            for (String key : store.list(ObjectKeys.UPLOADS)) {
                Optional<Long> size = store.size(key);
                Long previous = lastSeenSize.put(key, size.orElse(-1L));
                // announce once, when the size was the same on two consecutive polls (the copy has finished)
                if (previous != null && previous >= 0 && previous.equals(size.orElse(-1L)) && isNew(key)) {
                    announce(key);
                }
            }
            Thread.sleep(pollMillis);
        }
        return 0;
    }

    private final java.util.Set<String> announced = new java.util.HashSet<>();

    private boolean isNew(String key) {
        return announced.add(key);
    }

    private void announce(String key) throws IOException {
        if (ObjectKeys.parseUpload(key).isEmpty()) {
            LOG.warnf("ignoring an object under uploads/ that is not uploads/{clinic}/{session}/{file}");
            return;
        }
        pipeline.submit(key);
    }

    List<String> announced() {
        return List.copyOf(announced);
    }
}
