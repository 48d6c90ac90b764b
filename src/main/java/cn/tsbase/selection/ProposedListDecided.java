package cn.tsbase.selection;

import java.util.List;

import cn.tsbase.declaration.BaseType;

/**
 * The municipal bureau decided the proposed list (拟入选名单) of a year: the units to publish for public notice.
 */
public record ProposedListDecided(long listId, int year, String decidedBy, List<Entry> entries) {

	/** One proposed unit with what the public notice shows of it. */
	public record Entry(long declarationId, long unitId, String unitName, String uscc, BaseType baseType,
			String districtCode, String industryCode) {
	}
}
