package cn.tsbase.organization;

import java.util.Optional;

import cn.tsbase.shared.security.DataScope;

/** What other modules may ask of the organization module. */
public interface OrganizationManagement {

	/** The unit, if it exists and lies inside the scope. */
	Optional<UnitSummary> find(long unitId, DataScope scope);

	/** The unit's whole profile, if it exists and lies inside the scope. */
	Optional<UnitProfile> profile(long unitId, DataScope scope);

	/** The unit registered under the code, if any (the code is normalised first). */
	Optional<UnitSummary> findByUscc(String uscc);
}
