package cn.tsbase.account.internal;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.boot.test.context.TestComponent;

/**
 * Tests only: gives an account a password the test knows, as if its owner had set it with the activation link
 * (ADR 0016: the platform itself never lets anybody but the owner choose or see a password).
 */
@TestComponent
public class TestPasswords {

	private final JdbcTemplate jdbc;
	private final PasswordEncoder encoder;
	private final Clock clock;

	TestPasswords(JdbcTemplate jdbc, PasswordEncoder encoder, Clock clock) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.clock = clock;
	}

	/** The owner's own password: no change asked at the next login. */
	public void set(String username, String rawPassword) {
		update(username, rawPassword, false);
	}

	/** A password that must be changed at the next login (as an expired one). */
	public void setMustChange(String username, String rawPassword) {
		update(username, rawPassword, true);
	}

	private void update(String username, String rawPassword, boolean mustChange) {
		String hash = encoder.encode(rawPassword);
		Timestamp now = Timestamp.from(clock.instant());
		int updated = jdbc.update("update user_account set password_hash = ?, password_change_required = ?, "
				+ "password_changed_at = ?, version = version + 1 where username = ?", hash, mustChange, now,
				username);
		if (updated != 1) {
			throw new IllegalStateException("No account " + username);
		}
		// the history a change through the platform would keep
		jdbc.update("insert into password_history (user_id, password_hash, changed_at) select id, ?, ? from "
				+ "user_account where username = ?", hash, now, username);
	}
}
