package cn.tsbase.selection;

import java.util.List;

/**
 * The municipal bureau decided the proposed list (拟入选名单) of a year and these candidates of the round were left
 * off it (未拟入选): their selection ends here. Published with {@link ProposedListDecided} (same list id), only when
 * some candidates were left out.
 */
public record CandidatesNotProposed(long listId, int year, List<Entry> entries) {

	public CandidatesNotProposed {
		entries = List.copyOf(entries);
	}

	/** A candidate left off the proposed list, with its unit. */
	public record Entry(long declarationId, long unitId, String unitName) {
	}
}
