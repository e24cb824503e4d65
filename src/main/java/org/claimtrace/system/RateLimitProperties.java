package org.claimtrace.system;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Token-bucket limits: sign-in attempts per client address, writes to the API per account
 * (or address when anonymous), refused API credentials per address.
 *
 * @param enabled switch all limits off (e.g. behind a proxy that limits already)
 * @param login {@code POST /login}
 * @param apiWrite every non-GET request under {@code /api/**}
 * @param apiAuthFailure API requests whose credentials (HTTP Basic or a token) are
 * refused, per client address; once used up, every API request with credentials from that
 * address waits
 */
@Validated
@ConfigurationProperties("claimtrace.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue( {
		"10", "1m" }) @Valid Limit login, @DefaultValue({ "120", "1m" }) @Valid Limit apiWrite,
		@DefaultValue({ "10", "1m" }) @Valid Limit apiAuthFailure){

	/**
	 * @param capacity requests allowed per period (and the burst size)
	 * @param period the period over which the capacity refills
	 */
	public record Limit(@Min(1) int capacity, @NotNull Duration period) {
	}

}
