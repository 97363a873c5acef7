package org.vetreport.platform.kit.outbox;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Lets a write wake the relay at once instead of leaving its event until the next poll. */
public final class OutboxSignal {

    private final Semaphore permits = new Semaphore(0);

    public void signal() {
        permits.release();
    }

    /**
     * Waits until signalled or until the timeout passes, then forgets earlier signals.
     *
     * @return whether it was signalled
     */
    boolean await(Duration timeout) throws InterruptedException {
        boolean signalled = permits.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        permits.drainPermits();
        return signalled;
    }
}
