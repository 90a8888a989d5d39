package org.emodisparity.embedded;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.emodisparity.model.PipelineEvents.ReportReady;
import org.jboss.logging.Logger;

/** The end of the in-process pipeline: where the cloud sends "report ready" to the clinic's systems, we log it. */
@ApplicationScoped
public class ReportAnnouncements {
    private static final Logger LOG = Logger.getLogger(ReportAnnouncements.class);

    @Incoming("reports")
    public void onReport(ReportReady ready) {
        LOG.infof("session %s: report ready at %s", ready.session(), ready.reportHtmlKey());
    }
}
