package cn.tsbase.publicnotice;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.test.context.TestComponent;

import cn.tsbase.UsccFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.internal.Notice;
import cn.tsbase.publicnotice.internal.NoticeService;
import cn.tsbase.publicnotice.internal.Objection;
import cn.tsbase.publicnotice.internal.ObjectionFiling;
import cn.tsbase.selection.ProposedListDecided;

/** Proposed lists as the selection decides them, live notices of them, and objections filed on them. */
@TestComponent
public class NoticeFixtures {

	public static final String XICHENG = "110102";
	public static final String HAIDIAN = "110108";

	/** Declaration and unit ids of made-up listed units, apart from the ids real rows get. */
	private static final AtomicLong IDS = new AtomicLong(9_000_000L);

	private final NoticeService notices;
	private final ObjectionFiling filing;

	NoticeFixtures(NoticeService notices, ObjectionFiling filing) {
		this.notices = notices;
		this.filing = filing;
	}

	/** A made-up unit on a list, with a valid credit code of its district. */
	public static ProposedListDecided.Entry entry(String unitName, String districtCode, BaseType type) {
		long id = IDS.incrementAndGet();
		return new ProposedListDecided.Entry(id, id, unitName, UsccFixtures.random(districtCode), type, districtCode,
				"SOFTWARE_IT");
	}

	/** Units of one district, all points. */
	public static List<ProposedListDecided.Entry> inDistrict(String districtCode, String... unitNames) {
		List<ProposedListDecided.Entry> entries = new ArrayList<>();
		for (String name : unitNames) {
			entries.add(entry(name, districtCode, BaseType.POINT));
		}
		return entries;
	}

	/** The first unit in 西城区, the others in 海淀区; points and zones by turns. */
	public static List<ProposedListDecided.Entry> mixed(String... unitNames) {
		List<ProposedListDecided.Entry> entries = new ArrayList<>();
		for (int i = 0; i < unitNames.length; i++) {
			entries.add(entry(unitNames[i], i == 0 ? XICHENG : HAIDIAN, i % 2 == 0 ? BaseType.POINT : BaseType.ZONE));
		}
		return entries;
	}

	/** A proposed list of 2026 as the selection hands it over; its id. */
	public long proposedList(List<ProposedListDecided.Entry> entries) {
		return proposedList(2026, entries);
	}

	/** A proposed list of the year as the selection hands it over; its id. */
	public long proposedList(int year, List<ProposedListDecided.Entry> entries) {
		long listId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
		notices.receive(new ProposedListDecided(listId, year, "city", entries));
		return listId;
	}

	/** A notice of the list, live from today for five working days. */
	public Notice liveNotice(String title, List<ProposedListDecided.Entry> entries) {
		return notices.createNotice(proposedList(entries), title, "<p>现予公示</p>", "通过本平台提出书面实名异议。",
				notices.today(), 5, "city");
	}

	/** The same, for callers outside the module: the live notice's id. */
	public long liveNoticeId(String title, List<ProposedListDecided.Entry> entries) {
		return liveNotice(title, entries).getId();
	}

	/** Corrects a notice's title as the municipal officer does (a typo fix of a live notice). */
	public void correctTitle(long noticeId, String title) {
		Notice notice = notices.notice(noticeId);
		notices.correctText(noticeId, notice.getVersion(), title, notice.getBodyHtml(),
				notice.getObjectionInstructions(), "city");
	}

	/** An objection filed in a unit's name against the listed unit at the position; its id. */
	public long objection(Notice notice, int target) {
		return filing.fileObjection(notice.getId(),
				new Objection.Objector("吴异议", null, "某单位", UsccFixtures.random("110101"), "13612345678", null),
				target, "理由").objectionId();
	}
}
