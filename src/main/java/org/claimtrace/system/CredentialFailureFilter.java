package org.claimtrace.system;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits guessing of API credentials: every API request that brings an
 * {@code Authorization} header and is answered 401 takes one token from its client
 * address's bucket; while the bucket is empty, requests with credentials from that
 * address get 429 with {@code Retry-After} before the credentials are checked. Requests
 * without credentials (public reads) are never limited here.
 */
class CredentialFailureFilter extends OncePerRequestFilter {

	private final RateLimiter limiter;

	CredentialFailureFilter(RateLimitProperties.Limit limit) {
		this.limiter = new RateLimiter(limit);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.AUTHORIZATION) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = "ip:" + request.getRemoteAddr();
		Duration wait = this.limiter.waitBeforeNext(key);
		if (!wait.isZero()) {
			long seconds = RateLimiter.retryAfterSeconds(wait);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins",
					"Too many requests with wrong credentials from your address; try again in " + seconds
							+ " seconds.");
			return;
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
			this.limiter.consume(key);
		}
	}

}
