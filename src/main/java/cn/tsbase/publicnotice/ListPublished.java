package cn.tsbase.publicnotice;

import java.time.LocalDate;
import java.util.List;

import cn.tsbase.declaration.BaseType;

/**
 * The municipal bureau published the list in an official document (发文): each unit on it becomes a demonstration
 * base.
 */
public record ListPublished(long publicationId, long noticeId, int batchYear, String documentNumber,
		LocalDate documentDate, List<Entry> entries) {

	/** A published unit. */
	public record Entry(long declarationId, long unitId, String unitName, String uscc, BaseType baseType,
			String districtCode, String industryCode) {
	}
}
