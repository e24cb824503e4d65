package org.claimtrace.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Readers need no login. Editors sign in with a form for {@code /admin/**}; scripts use a
 * personal API token ({@code Authorization: Bearer ct_...}) or HTTP Basic on the write
 * API. Users and their BCrypt hashes live in PostgreSQL (see the admin module). Sign-in
 * attempts, API writes and refused API credentials are rate limited
 * ({@code claimtrace.rate-limit.*}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String[] EDITORS = { "EDITOR", "ADMIN" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	@ConditionalOnWebApplication
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ObjectProvider<ApiTokenAuthenticator> tokens,
			ObjectProvider<RateLimitProperties> rateLimits) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((auth) -> auth.requestMatchers("/api/v1/imports/**")
				.hasAnyRole(EDITORS)
				.requestMatchers(HttpMethod.GET, "/api/**")
				.permitAll()
				.anyRequest()
				.hasAnyRole(EDITORS))
			.httpBasic((basic) -> basic.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader("WWW-Authenticate", "Basic realm=\"Claimtrace\", Bearer");
				Problems.write(response, HttpStatus.UNAUTHORIZED, "Unauthorized",
						"Sign in with an API token (Authorization: Bearer ct_...) or HTTP Basic.");
			}))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler((request, response, ex) -> Problems
				.write(response, HttpStatus.FORBIDDEN, "Forbidden", "Your account may not do this.")))
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		ApiTokenAuthenticator authenticator = tokens.getIfAvailable();
		if (authenticator != null) {
			http.addFilterBefore(new BearerTokenFilter(authenticator), BasicAuthenticationFilter.class);
		}
		RateLimitProperties limits = rateLimits.getIfAvailable();
		if (limits != null && limits.enabled()) {
			// before any credentials are checked (LogoutFilter precedes the
			// authentication filters)
			http.addFilterBefore(new CredentialFailureFilter(limits.apiAuthFailure()), LogoutFilter.class);
			http.addFilterAfter(RateLimitFilter.apiWrites(limits.apiWrite()), BasicAuthenticationFilter.class);
		}
		return http.build();
	}

	@Bean
	@ConditionalOnWebApplication
	@Order(2)
	SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests((auth) -> auth.requestMatchers(EndpointRequest.to("health", "info"))
				.permitAll()
				.anyRequest()
				.denyAll());
		return http.build();
	}

	@Bean
	@ConditionalOnWebApplication
	@Order(3)
	SecurityFilterChain swaggerUiSecurity(HttpSecurity http) throws Exception {
		// Swagger UI sets inline styles; nothing else on the site needs them
		http.securityMatcher("/swagger-ui/**", "/swagger-ui.html")
			.authorizeHttpRequests((auth) -> auth.anyRequest().permitAll())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'")));
		return http.build();
	}

	@Bean
	@ConditionalOnWebApplication
	@Order(4)
	SecurityFilterChain webSecurity(HttpSecurity http, ObjectProvider<RateLimitProperties> rateLimits)
			throws Exception {
		http.authorizeHttpRequests((auth) -> auth.requestMatchers("/admin/users/**")
			.hasRole("ADMIN")
			.requestMatchers("/admin/**")
			.hasAnyRole(EDITORS)
			.anyRequest()
			.permitAll())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/admin").permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/?logout").permitAll())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data: https:; style-src 'self'; script-src 'self'; frame-ancestors 'none'")));
		RateLimitProperties limits = rateLimits.getIfAvailable();
		if (limits != null && limits.enabled()) {
			http.addFilterBefore(RateLimitFilter.login(limits.login()), UsernamePasswordAuthenticationFilter.class);
		}
		return http.build();
	}

}
