package org.claimtrace.system;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer ct_...}: a personal API token signs the request in as its
 * owner. An unknown, revoked or expired token is refused with a 401 problem detail (it is
 * never treated as anonymous).
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final ApiTokenAuthenticator tokens;

	BearerTokenFilter(ApiTokenAuthenticator tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			chain.doFilter(request, response);
			return;
		}
		String secret = header.substring(PREFIX.length()).strip();
		Optional<ApiTokenAuthenticator.TokenOwner> owner = secret.isEmpty() ? Optional.empty()
				: this.tokens.authenticate(secret);
		if (owner.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			Problems.write(response, HttpStatus.UNAUTHORIZED, "Invalid token",
					"The API token is unknown, revoked or expired. Create a new one under Admin → API tokens.");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(owner.get().username(), null,
				List.of(new SimpleGrantedAuthority("ROLE_" + owner.get().role()))));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
