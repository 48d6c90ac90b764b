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

	/** Where a notice stands on a given day, as an officer reads it: its status with the dates taken into account. */
	public enum Phase {
		/** Live, its first day still ahead. */
		SCHEDULED,
		/** Live and taking objections. */
		OPEN,
		/** Live, its last day passed: waiting for the publication (发文). */
		ENDED, PUBLISHED, SUPERSEDED;

		public String messageKey() {
			return "notice.phase." + name();
		}
	}

	/** The notice's phase on the day (Beijing date): a live notice whose period ended is no longer "公示中". */
	public Phase phaseOn(LocalDate today) {
		return switch (status) {
			case PUBLISHED -> Phase.PUBLISHED;
			case SUPERSEDED -> Phase.SUPERSEDED;
			case LIVE -> today.isBefore(firstDay) ? Phase.SCHEDULED : isOver(today) ? Phase.ENDED : Phase.OPEN;
		};
	}

	/** The first day the list may be published (发文): the day after the last day of the period. */
	public LocalDate firstDayOfPublication() {
		return lastDay.plusDays(1);
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
