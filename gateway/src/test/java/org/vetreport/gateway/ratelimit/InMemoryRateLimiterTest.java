package org.vetreport.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class InMemoryRateLimiterTest {

    final AtomicLong now = new AtomicLong();
    final InMemoryRateLimiter limiter = new InMemoryRateLimiter(2, 5, now::get);

    @Test
    void allowsABurstThenRefusesUntilTokensAreBack() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("a").block()).as("request %d of the burst", i + 1).isTrue();
        }
        assertThat(limiter.tryAcquire("a").block()).isFalse();

        advance(Duration.ofMillis(500));

        assertThat(limiter.tryAcquire("a").block()).isTrue();
        assertThat(limiter.tryAcquire("a").block()).isFalse();
    }

    @Test
    void refillsNoFurtherThanTheBurst() {
        limiter.tryAcquire("a").block();
        advance(Duration.ofHours(1));

        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("a").block()).isTrue();
        }
        assertThat(limiter.tryAcquire("a").block()).isFalse();
    }

    @Test
    void eachClientHasItsOwnAllowance() {
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("a").block();
        }

        assertThat(limiter.tryAcquire("a").block()).isFalse();
        assertThat(limiter.tryAcquire("b").block()).isTrue();
    }

    @Test
    void forgetsClientsIdleLongEnoughToBeFullAgain() {
        limiter.tryAcquire("idle").block();
        advance(Duration.ofMinutes(2));

        limiter.tryAcquire("active").block();

        assertThat(limiter.clients()).isEqualTo(1);
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
