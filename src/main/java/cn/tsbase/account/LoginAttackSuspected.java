package cn.tsbase.account;

import java.time.Instant;

/**
 * A pattern of failed logins that looks like password spraying or guessing, published once per pattern, subject and
 * window so that the security administrators hear of it.
 *
 * @param pattern {@code SOURCE}: many accounts failing from one source; {@code ACCOUNT}: one account failing from
 * many sources
 * @param subject the source address or the typed username
 * @param count how many accounts (or sources) failed within the window
 */
public record LoginAttackSuspected(Pattern pattern, String subject, int count, Instant detectedAt) {

	public enum Pattern {
		SOURCE, ACCOUNT
	}
}
