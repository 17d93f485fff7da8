package io.clientlens.app.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * While the server serves, computes the queued tasks every few seconds ({@code clientlens.service.refresh-seconds},
 * default 5; 0 turns it off): everyone's after a classification run, single customers' after their changes; and
 * escalates service requests whose deadline passed unanswered. Only a
 * running web server does this; the command line computes on demand ({@code tasks generate}, {@code tasks list}).
 */
@Component
class TaskRefresher implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(TaskRefresher.class);

    private final TaskGeneration generation;
    private final ServiceRequests requests;
    private final long seconds;
    private ScheduledExecutorService executor;

    TaskRefresher(TaskGeneration generation, ServiceRequests requests, @Value("${clientlens.service.refresh-seconds:5}") long seconds) {
        this.generation = generation;
        this.requests = requests;
        this.seconds = seconds;
    }

    @EventListener
    synchronized void serving(WebServerInitializedEvent event) {
        if (seconds <= 0 || executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "clientlens-tasks");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::refresh, seconds, seconds, TimeUnit.SECONDS);
    }

    private void refresh() {
        try {
            generation.pending(true, 0).ifPresent(g -> LOG.info("Tasks computed ({}, business date {}): {} customers, {} new, {} cleared in {} ms",
                    g.everyone() ? "everyone" : "changed customers", g.asOf(), g.customers(), g.created(), g.cleared(), g.took().toMillis()));
        } catch (RuntimeException e) {
            LOG.warn("Computing the queued tasks failed; will try again: {}", e.getMessage());
        }
        try {
            int escalated = requests.escalateDue();
            if (escalated > 0) {
                LOG.info("Service requests escalated to supervisors: {}", escalated);
            }
        } catch (RuntimeException e) {
            LOG.warn("Escalating late service requests failed; will try again: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void destroy() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
