package org.claimtrace.system;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;

/**
 * One token bucket (bucket4j) per key, in this instance's memory. The map is bounded:
 * when it grows past {@link #MAX_KEYS} it is cleared, which only ever lets clients
 * through.
 */
class RateLimiter {

	static final int MAX_KEYS = 50_000;

	private final RateLimitProperties.Limit limit;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	RateLimiter(RateLimitProperties.Limit limit) {
		this.limit = limit;
	}

	/** Empty when allowed; otherwise how long to wait before the next attempt. */
	Duration tryConsume(String key) {
		ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
	}

	/** Like {@link #tryConsume} but takes nothing: counting happens later, on failure. */
	Duration waitBeforeNext(String key) {
		EstimationProbe probe = bucket(key).estimateAbilityToConsume(1);
		return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
	}

	void consume(String key) {
		bucket(key).tryConsume(1);
	}

	private Bucket bucket(String key) {
		if (this.buckets.size() > MAX_KEYS) {
			this.buckets.clear();
		}
		return this.buckets.computeIfAbsent(key,
				(k) -> Bucket.builder()
					.addLimit(Bandwidth.builder()
						.capacity(this.limit.capacity())
						.refillGreedy(this.limit.capacity(), this.limit.period())
						.build())
					.build());
	}

	static long retryAfterSeconds(Duration wait) {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}

}
