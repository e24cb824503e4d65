package org.claimtrace.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.claimtrace.system.ApiTokenAuthenticator;
import org.claimtrace.system.AuditTrail;
import org.claimtrace.system.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: {@code ct_} and 256 random bits, shown once; only their SHA-256
 * and a short prefix are stored.
 */
@Service
class ApiTokenService implements ApiTokenAuthenticator {

	static final String PREFIX = "ct_";

	private static final int VISIBLE_CHARS = 10;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiTokenService(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @param validFor how long the token works; null for no expiry
	 */
	@Transactional
	CreatedToken create(String username, String name, Duration validFor) {
		Long userId = this.jdbc.sql("select id from app_user where lower(username) = lower(:username)")
			.param("username", username)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("No user " + username));
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		Instant expiresAt = (validFor != null) ? now.plus(validFor) : null;
		Long id = this.jdbc.sql("""
				insert into api_token (user_id, name, token_prefix, token_hash, created_at, expires_at)
				values (:user, :name, :prefix, :hash, :now, :expires) returning id""")
			.param("user", userId)
			.param("name", name.strip())
			.param("prefix", secret.substring(0, VISIBLE_CHARS))
			.param("hash", hash(secret))
			.param("now", Timestamp.from(now))
			.param("expires", (expiresAt != null) ? Timestamp.from(expiresAt) : null)
			.query(Long.class)
			.single();
		this.audit.record(username, "api_token.created", "api_token", id, null, null, Map.of("name", name.strip(),
				"prefix", secret.substring(0, VISIBLE_CHARS), "expiresAt", String.valueOf(expiresAt)));
		return new CreatedToken(id, name.strip(), secret, expiresAt);
	}

	@Transactional(readOnly = true)
	List<ApiTokenSummary> list(String username) {
		return this.jdbc.sql("""
				select t.id, t.name, t.token_prefix, t.created_at, t.last_used_at, t.expires_at, t.revoked_at
				from api_token t join app_user u on u.id = t.user_id
				where lower(u.username) = lower(:username)
				order by t.revoked_at is not null, t.created_at desc, t.id desc""")
			.param("username", username)
			.query((rs, n) -> new ApiTokenSummary(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
					instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("last_used_at")),
					instant(rs.getTimestamp("expires_at")), instant(rs.getTimestamp("revoked_at")),
					this.clock.instant()))
			.list();
	}

	/** Revokes one of the user's own tokens; revoking twice changes nothing. */
	@Transactional
	void revoke(Long id, String username) {
		int updated = this.jdbc.sql("""
				update api_token t set revoked_at = coalesce(t.revoked_at, :now)
				from app_user u where u.id = t.user_id and t.id = :id and lower(u.username) = lower(:username)""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.param("username", username)
			.update();
		if (updated == 0) {
			throw new NotFoundException("No API token " + id + " of yours");
		}
		this.audit.record(username, "api_token.revoked", "api_token", id, null, null, null);
	}

	@Override
	@Transactional
	public Optional<TokenOwner> authenticate(String secret) {
		if (!secret.startsWith(PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		return this.jdbc.sql("""
				update api_token t set last_used_at = :now
				from app_user u
				where u.id = t.user_id and t.token_hash = :hash and u.enabled and t.revoked_at is null
				  and (t.expires_at is null or t.expires_at > :now)
				returning u.username, u.role""")
			.param("now", now)
			.param("hash", hash(secret))
			.query((rs, n) -> new TokenOwner(rs.getString("username"), rs.getString("role")))
			.optional();
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** The secret is in here once, to show it once. */
	record CreatedToken(Long id, String name, String secret, Instant expiresAt) {
	}

}
