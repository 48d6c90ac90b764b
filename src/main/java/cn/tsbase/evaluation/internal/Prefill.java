package cn.tsbase.evaluation.internal;

import java.util.Optional;

/**
 * The platform's figure for an indicator's data source, for one base and year, as text to show beside the self
 * score (e.g. "计划已受理", "4 / 4"). The figure informs; it never scores.
 */
public interface Prefill {

	Optional<String> figure(DataSource source, long baseId, int year);

	/**
	 * Until the operation module exposes its figures through a public API (plans accepted, reports on time,
	 * trainings against target …), the platform shows "no figure" rather than guessing.
	 */
	Prefill NONE = (source, baseId, year) -> Optional.empty();
}
