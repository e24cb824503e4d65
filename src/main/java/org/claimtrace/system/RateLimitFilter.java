package org.claimtrace.system;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Over the limit → 429 with {@code Retry-After}: the sign-in page with a message for
 * {@code POST /login}, a problem detail for the API.
 */
class RateLimitFilter extends OncePerRequestFilter {

	/** Request attribute: seconds to wait, read by the login page. */
	static final String RETRY_AFTER_ATTRIBUTE = "claimtrace.retryAfter";

	private final RateLimiter limiter;

	private final boolean login;

	private RateLimitFilter(RateLimiter limiter, boolean login) {
		this.limiter = limiter;
		this.login = login;
	}

	/** Sign-in attempts per client address. */
	static RateLimitFilter login(RateLimitProperties.Limit limit) {
		return new RateLimitFilter(new RateLimiter(limit), true);
	}

	/** Writes to the API per account, or per address for anonymous requests. */
	static RateLimitFilter apiWrites(RateLimitProperties.Limit limit) {
		return new RateLimitFilter(new RateLimiter(limit), false);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (this.login) {
			return !("POST".equals(method) && "/login".equals(request.getServletPath()));
		}
		return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Duration wait = this.limiter.tryConsume(key(request));
		if (wait.isZero()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = RateLimiter.retryAfterSeconds(wait);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		if (this.login) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			request.setAttribute(RETRY_AFTER_ATTRIBUTE, seconds);
			request.getRequestDispatcher("/login/too-many-attempts").forward(request, response);
			return;
		}
		Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
				"Too many write requests; try again in " + seconds + " seconds.");
	}

	private String key(HttpServletRequest request) {
		if (!this.login) {
			Authentication auth = SecurityContextHolder.getContext().getAuthentication();
			if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
				return "user:" + auth.getName().toLowerCase(java.util.Locale.ROOT);
			}
		}
		return "ip:" + request.getRemoteAddr();
	}

}
