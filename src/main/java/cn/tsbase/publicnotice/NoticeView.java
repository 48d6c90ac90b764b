package cn.tsbase.publicnotice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.tsbase.declaration.BaseType;

/**
 * A public notice (公示) as pages and the JSON API show it: the one mapping of the {@code Notice} aggregate that leaves
 * the module, so the entity stays inside. {@code entries} are the units in list order, removed ones marked.
 */
public record NoticeView(long id, long listId, Long replacesId, Long supersededById, int year, String title,
		String bodyHtml, String objectionInstructions, LocalDate firstDay, int workingDays, LocalDate lastDay,
		Status status, Instant createdAt, Instant updatedAt, List<Entry> entries, long version) {

	/** A notice is live from creation until its list is published or a corrected notice replaces it. */
	public enum Status {
		LIVE, PUBLISHED, SUPERSEDED;

		public String messageKey() {
			return "notice.status." + name();
		}
	}

	/** Whether objections are taken on the day (Beijing date). */
	public boolean isOpenForObjections(LocalDate today) {
		return status == Status.LIVE && !today.isBefore(firstDay) && !today.isAfter(lastDay);
	}

	/** Whether the notice period ended before the day (Beijing date). */
	public boolean isOver(LocalDate today) {
		return today.isAfter(lastDay);
	}

	/** A unit on the notice; an upheld objection removes it. */
	public record Entry(ListedUnitView unit, boolean removed) {
	}

	/** A unit on a proposed list or notice: what the public sees of it, and what identifies it internally. */
	public record ListedUnitView(long declarationId, long unitId, String unitName, String uscc, BaseType baseType,
			String districtCode, String industryCode) {
	}
}
