package org.mdscape.cloud.plan;

/** Live prices could not be had; the message is the one-line reason the plan quotes. */
public final class LivePricesUnavailableException extends Exception {
    public LivePricesUnavailableException(String reason) {
        super(reason);
    }
}
