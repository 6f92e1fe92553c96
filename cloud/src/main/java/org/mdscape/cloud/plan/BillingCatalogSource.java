package org.mdscape.cloud.plan;

import com.google.api.gax.core.NoCredentialsProvider;
import com.google.api.gax.retrying.RetrySettings;
import com.google.api.gax.rpc.ApiException;
import com.google.api.gax.rpc.StatusCode;
import com.google.cloud.billing.v1.CloudCatalogClient;
import com.google.cloud.billing.v1.CloudCatalogSettings;
import com.google.cloud.billing.v1.ListSkusRequest;
import com.google.cloud.billing.v1.Service;
import com.google.cloud.billing.v1.Sku;
import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Reads Compute Engine's SKUs from the Cloud Billing Catalog API with the real client over HTTP/JSON and turns
 * them into per-family rates ({@link ComputeSkuRates}).
 *
 * <p>The app must never hang on the network: each request has a short timeout and no retries, and the whole
 * fetch (credentials, the service list, every page of SKUs) runs on a daemon thread that is abandoned at the
 * overall deadline. Against Google the credentials are Application Default Credentials, looked up by the
 * client; nothing is stored. An explicit endpoint (a local fake, a test server) gets no credentials at all,
 * so no token ever travels to anything but Google's own endpoint.
 */
public final class BillingCatalogSource {
    /** The catalog's display name of the service whose SKUs price VMs. */
    static final String COMPUTE_ENGINE = "Compute Engine";
    /** The largest page the API serves; Compute Engine has tens of thousands of SKUs. */
    private static final int PAGE_SIZE = 5000;

    private final Optional<String> endpoint;
    private final Duration requestTimeout;
    private final Duration totalTimeout;

    private BillingCatalogSource(Optional<String> endpoint, Duration requestTimeout, Duration totalTimeout) {
        this.endpoint = endpoint;
        this.requestTimeout = requestTimeout;
        this.totalTimeout = totalTimeout;
    }

    /** Google's endpoint with Application Default Credentials: 10 s per request, 30 s in all. */
    public static BillingCatalogSource google() {
        return new BillingCatalogSource(Optional.empty(), Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    /** Another endpoint, e.g. {@code http://127.0.0.1:PORT}, without credentials. */
    public static BillingCatalogSource at(String endpoint, Duration requestTimeout, Duration totalTimeout) {
        return new BillingCatalogSource(Optional.of(endpoint), requestTimeout, totalTimeout);
    }

    /** The endpoint as the cache records it: fetched prices are reused only for the same catalog. */
    public String catalog() {
        return endpoint.orElse("google");
    }

    /** Rates for the region, or why not, within the overall deadline. */
    public FetchedRates fetch(String region, Clock clock) throws LivePricesUnavailableException {
        ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "billing-catalog-fetch");
            t.setDaemon(true); // an abandoned fetch must not keep the JVM alive
            return t;
        });
        try {
            Future<FetchedRates> result = runner.submit(() -> fetchNow(region, clock));
            try {
                return result.get(totalTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                result.cancel(true);
                throw new LivePricesUnavailableException("no answer from the catalog within " + seconds(totalTimeout));
            } catch (ExecutionException e) {
                throw new LivePricesUnavailableException(describe(e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LivePricesUnavailableException("interrupted");
            }
        } finally {
            runner.shutdownNow();
        }
    }

    private FetchedRates fetchNow(String region, Clock clock) throws Exception {
        try (CloudCatalogClient client = CloudCatalogClient.create(settings())) {
            Service compute = null;
            for (Service s : client.listServices().iterateAll()) {
                if (s.getDisplayName().equals(COMPUTE_ENGINE)) {
                    compute = s;
                    break;
                }
            }
            if (compute == null) {
                throw new LivePricesUnavailableException("the catalog lists no " + COMPUTE_ENGINE + " service");
            }
            List<Sku> skus = new ArrayList<>();
            ListSkusRequest request = ListSkusRequest.newBuilder().setParent(compute.getName()).setCurrencyCode("USD")
                    .setPageSize(PAGE_SIZE).build();
            client.listSkus(request).iterateAll().forEach(skus::add); // follows nextPageToken to the last page
            List<FamilyRate> families = ComputeSkuRates.of(skus, region);
            if (families.isEmpty()) {
                throw new LivePricesUnavailableException("no " + COMPUTE_ENGINE + " core and RAM SKUs name " + region
                        + " (" + skus.size() + " SKUs read)");
            }
            return new FetchedRates(region, clock.instant().truncatedTo(ChronoUnit.SECONDS), skus.size(), families);
        }
    }

    private CloudCatalogSettings settings() throws IOException {
        CloudCatalogSettings.Builder b = CloudCatalogSettings.newHttpJsonBuilder();
        if (endpoint.isPresent()) {
            b.setEndpoint(endpoint.get()).setCredentialsProvider(NoCredentialsProvider.create());
        }
        // One attempt per request: a failing catalog means the dated table at once, not a minute of back-off.
        RetrySettings once = RetrySettings.newBuilder().setMaxAttempts(1)
                .setInitialRpcTimeoutDuration(requestTimeout).setMaxRpcTimeoutDuration(requestTimeout)
                .setRpcTimeoutMultiplier(1.0).setTotalTimeoutDuration(requestTimeout).build();
        b.listServicesSettings().setRetrySettings(once).setRetryableCodes();
        b.listSkusSettings().setRetrySettings(once).setRetryableCodes();
        return b.build();
    }

    /**
     * One line for the plan: the API's status and HTTP code when the catalog answered, else what went wrong on
     * the way (the client reports an unreachable host as UNKNOWN with HTTP 500, which would mislead).
     */
    static String describe(Throwable t) {
        if (t instanceof LivePricesUnavailableException u) {
            return u.getMessage();
        }
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("");
        String rootLine = root.getClass().getSimpleName() + message;
        rootLine = rootLine.length() > 160 ? rootLine.substring(0, 157) + "..." : rootLine;
        if (root instanceof SocketTimeoutException || root instanceof HttpTimeoutException) {
            return "no answer from the catalog in time (" + rootLine + ")";
        }
        if (root instanceof SocketException || root instanceof UnknownHostException || root instanceof SSLException) {
            return "cannot reach the catalog (" + rootLine + ")";
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ApiException api) {
                StatusCode code = api.getStatusCode();
                if (code.getCode() == StatusCode.Code.DEADLINE_EXCEEDED) {
                    return "no answer from the catalog in time (" + code.getCode() + ")"; // the client's own deadline
                }
                Object transport = code.getTransportCode();
                return "the catalog answered " + code.getCode() + (transport instanceof Integer http ? " (HTTP " + http + ")" : "");
            }
        }
        return rootLine;
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3g s", d.toMillis() / 1000.0).replaceAll("\\.?0+ s$", " s");
    }
}
