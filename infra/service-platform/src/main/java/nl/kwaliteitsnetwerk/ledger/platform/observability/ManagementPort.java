package nl.kwaliteitsnetwerk.ledger.platform.observability;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The separate management port ({@code management.server.port}), once its server has started. It is
 * published only inside the cluster (not in the Kubernetes Service, not on the host in compose), so a
 * scrape there needs no user: {@link #scrapes()} matches the metrics endpoint on that port only. On the
 * application port, or when no separate port is configured, the metrics stay for administrators.
 */
public class ManagementPort implements ApplicationListener<WebServerInitializedEvent> {

    static final String NAMESPACE = "management";
    static final String PROMETHEUS = "/actuator/prometheus";

    private volatile int port = -1;

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (NAMESPACE.equals(event.getApplicationContext().getServerNamespace())) {
            port = event.getWebServer().getPort();
        }
    }

    /** A GET of the metrics endpoint on the separate management port. */
    public RequestMatcher scrapes() {
        return this::isScrape;
    }

    private boolean isScrape(HttpServletRequest request) {
        return port > 0 && request.getLocalPort() == port && "GET".equals(request.getMethod())
                && PROMETHEUS.equals(request.getRequestURI());
    }
}
