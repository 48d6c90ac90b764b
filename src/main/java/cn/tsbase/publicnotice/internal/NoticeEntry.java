package cn.tsbase.publicnotice.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import cn.tsbase.publicnotice.NoticeView;

/** A unit on a notice, in list order; an upheld objection removes it (it stays on the list, marked). */
@Embeddable
class NoticeEntry {

	@Embedded
	private ListedUnit unit;

	@Column(nullable = false)
	private boolean removed;

	protected NoticeEntry() {
	}

	NoticeEntry(ListedUnit unit) {
		this.unit = unit;
	}

	/** The entry on a replacement notice: the same unit, still removed if it was. */
	NoticeEntry copy() {
		NoticeEntry copy = new NoticeEntry(unit.copy());
		copy.removed = removed;
		return copy;
	}

	void remove() {
		this.removed = true;
	}

	ListedUnit getUnit() {
		return unit;
	}

	boolean isRemoved() {
		return removed;
	}

	NoticeView.Entry view() {
		return new NoticeView.Entry(unit.view(), removed);
	}
}
