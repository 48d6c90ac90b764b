package cn.tsbase.publicnotice.internal;

import cn.tsbase.publicnotice.ListPublished;
import cn.tsbase.publicnotice.NoticeOpened;

/** The public events of a notice, built from the aggregate. */
final class NoticeEvents {

	private NoticeEvents() {
	}

	/** The notice is live: every unit listed on it (units removed from it excepted). */
	static NoticeOpened opened(Notice notice) {
		return new NoticeOpened(notice.getId(), notice.getYear(), notice.getFirstDay(), notice.getLastDay(),
				notice.getEntries()
					.stream()
					.filter(entry -> !entry.isRemoved())
					.map(entry -> new NoticeOpened.Entry(entry.getUnit().getDeclarationId(), entry.getUnit().getUnitId(),
							entry.getUnit().getUnitName()))
					.toList());
	}

	/** The notice's list is published: every unit on it but those an upheld objection removed. */
	static ListPublished published(Notice notice, Publication publication) {
		return new ListPublished(publication.getId(), notice.getId(), notice.getYear(),
				publication.getDocumentNumber(), publication.getDocumentDate(), notice.getEntries()
					.stream()
					.filter(e -> !e.isRemoved())
					.map(NoticeEntry::getUnit)
					.map(u -> new ListPublished.Entry(u.getDeclarationId(), u.getUnitId(), u.getUnitName(), u.getUscc(),
							u.getBaseType(), u.getDistrictCode(), u.getIndustryCode()))
					.toList());
	}
}
