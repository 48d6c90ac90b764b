package cn.tsbase.organization;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a unit may apply: a unit whose base's title was revoked may not start a declaration until a date. Recorded
 * by the module that decides the revocation, consulted by the declaration module.
 */
public interface ApplicationBans {

	/** Records that the unit may not apply before {@code until} (exclusive), with the reason. */
	void ban(long unitId, LocalDate until, String reason, String recordedBy);

	/** The date from which the unit may apply again, if a ban is in force today. */
	Optional<LocalDate> bannedUntil(long unitId, LocalDate today);
}
