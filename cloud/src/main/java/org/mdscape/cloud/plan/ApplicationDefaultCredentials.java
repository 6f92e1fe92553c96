package org.mdscape.cloud.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Whether Application Default Credentials exist here, judged from files and the environment only. The client
 * library's own lookup ends by probing the metadata server over the network, which costs seconds on every
 * machine outside Google Cloud; this one checks the same places in the same order without a request:
 * GOOGLE_APPLICATION_CREDENTIALS, gcloud's application-default file (CLOUDSDK_CONFIG or the platform's gcloud
 * folder), then Compute Engine (GCE_METADATA_HOST, or the Linux DMI product name Google's own static check
 * reads). NO_GCE_CHECK=true skips the last, as it does for the client library. Windows VMs on Compute Engine
 * are not recognised here unless GCE_METADATA_HOST is set.
 */
final class ApplicationDefaultCredentials {
    /** Where credentials would come from, or why there are none. */
    record Lookup(boolean found, String detail) {
    }

    static final String NONE = "no Application Default Credentials";
    private static final Path DMI_PRODUCT_NAME = Path.of("/sys/class/dmi/id/product_name");

    private ApplicationDefaultCredentials() {
    }

    static Lookup here() {
        return lookup(System.getenv(), Path.of(System.getProperty("user.home")), System.getProperty("os.name", ""),
                DMI_PRODUCT_NAME);
    }

    static Lookup lookup(Map<String, String> env, Path userHome, String osName, Path dmiProductName) {
        String explicit = env.get("GOOGLE_APPLICATION_CREDENTIALS");
        if (explicit != null && !explicit.isBlank()) {
            return Files.isRegularFile(Path.of(explicit)) ? new Lookup(true, "GOOGLE_APPLICATION_CREDENTIALS")
                    : new Lookup(false, "GOOGLE_APPLICATION_CREDENTIALS names no file");
        }
        boolean windows = osName.toLowerCase(Locale.ROOT).contains("win");
        String sdkConfig = env.get("CLOUDSDK_CONFIG");
        Path gcloud = sdkConfig != null && !sdkConfig.isBlank() ? Path.of(sdkConfig)
                : windows && env.get("APPDATA") != null ? Path.of(env.get("APPDATA"), "gcloud")
                : userHome.resolve(".config").resolve("gcloud");
        if (Files.isRegularFile(gcloud.resolve("application_default_credentials.json"))) {
            return new Lookup(true, "gcloud application-default credentials");
        }
        if ("true".equalsIgnoreCase(env.getOrDefault("NO_GCE_CHECK", ""))) {
            return new Lookup(false, NONE);
        }
        String metadataHost = env.get("GCE_METADATA_HOST");
        if (metadataHost != null && !metadataHost.isBlank()) {
            return new Lookup(true, "metadata server (GCE_METADATA_HOST)");
        }
        if (osName.toLowerCase(Locale.ROOT).contains("linux")) {
            try {
                if (Files.isReadable(dmiProductName) && Files.readString(dmiProductName).strip().startsWith("Google")) {
                    return new Lookup(true, "Compute Engine metadata server");
                }
            } catch (IOException | RuntimeException e) {
                // unreadable: not evidence of Compute Engine
            }
        }
        return new Lookup(false, NONE);
    }
}
