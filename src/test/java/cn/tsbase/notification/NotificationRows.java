package cn.tsbase.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** The notifications stored for an account, read straight from the table. */
record NotificationRows(JdbcTemplate jdbc) {

	record Row(long id, String messageKey, String messageArgs, String link, Instant readAt) {
	}

	List<Row> of(long accountId) {
		return jdbc.query("""
				select id, message_key, message_args, link, read_at from notification where recipient_id = ? order by id""",
				(rs, n) -> new Row(rs.getLong("id"), rs.getString("message_key"), rs.getString("message_args"),
						rs.getString("link"),
						rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()),
				accountId);
	}

	List<Row> of(long accountId, String link) {
		return of(accountId).stream().filter(row -> row.link().equals(link)).toList();
	}

	long accountIdOf(String username) {
		return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
	}
}
