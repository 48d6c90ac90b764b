package cn.tsbase.base;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import cn.tsbase.shared.security.DataScope;

/** What other modules may ask of the base module: bases as view records, always within the caller's scope. */
public interface BaseManagement {

	/** The base, if it exists and lies inside the scope (the unit's own, the district's, all for the city). */
	Optional<BaseView> find(long baseId, DataScope scope);

	/** The active bases inside the scope, paged and sorted in the database. */
	Page<BaseView> inScope(DataScope scope, Pageable pageable);

	/** The active bases of a district, paged and sorted in the database. */
	Page<BaseView> ofDistrict(String districtCode, Pageable pageable);

	/** The bases of a unit, newest batch first. */
	List<BaseView> ofUnit(long unitId);

	/** The base's status, if the base exists. */
	Optional<BaseStatus> status(long baseId);

	/**
	 * Revokes an active base's title (摘牌) by a decision and announces {@link BaseRevoked}; the base leaves the public
	 * list and keeps its history.
	 *
	 * @throws cn.tsbase.shared.NotFoundException when there is no such base
	 * @throws cn.tsbase.shared.StateConflictException when the base is no longer active
	 */
	void revoke(long baseId, String documentNumber, java.time.LocalDate decidedOn, String reason, String decidedBy);

	/**
	 * Records that an active base gave up its title and announces {@link BaseWithdrawn}.
	 *
	 * @throws cn.tsbase.shared.NotFoundException when there is no such base
	 * @throws cn.tsbase.shared.StateConflictException when the base is no longer active
	 */
	void withdraw(long baseId, java.time.LocalDate withdrawnOn, String reason, String recordedBy);
}
