package cn.tsbase.publicnotice;

import java.time.LocalDate;
import java.util.List;

/**
 * The municipal bureau put a proposed list on public notice (公示) from {@code firstDay} to {@code lastDay}: each unit
 * on it is told, with the period in which anyone may object.
 */
public record NoticeOpened(long noticeId, int year, LocalDate firstDay, LocalDate lastDay, List<Entry> entries) {

	public NoticeOpened {
		entries = List.copyOf(entries);
	}

	/** A unit on the notice and its declaration. */
	public record Entry(long declarationId, long unitId, String unitName) {
	}
}
