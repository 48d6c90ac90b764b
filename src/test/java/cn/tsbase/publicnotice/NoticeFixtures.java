package cn.tsbase.publicnotice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.test.context.TestComponent;

import cn.tsbase.UsccFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.internal.NoticeService;
import cn.tsbase.publicnotice.internal.Objector;
import cn.tsbase.publicnotice.internal.ObjectionFiling;
import cn.tsbase.publicnotice.internal.ObjectionHandling;
import cn.tsbase.publicnotice.internal.Publications;
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
	private final ObjectionHandling handling;
	private final Publications publications;

	NoticeFixtures(NoticeService notices, ObjectionFiling filing, ObjectionHandling handling,
			Publications publications) {
		this.notices = notices;
		this.filing = filing;
		this.handling = handling;
		this.publications = publications;
	}

	/** An objection as filed: its id and the receipt number the objector was given. */
	public record FiledObjection(long id, String receiptNo) {
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
	public NoticeView liveNotice(String title, List<ProposedListDecided.Entry> entries) {
		return notices.createNotice(proposedList(entries), title, "<p>现予公示</p>", "通过本平台提出书面实名异议。",
				notices.today(), 5, "city");
	}

	/** The same, for callers outside the module: the live notice's id. */
	public long liveNoticeId(String title, List<ProposedListDecided.Entry> entries) {
		return liveNotice(title, entries).id();
	}

	/** A notice of the proposed list, live from today for five working days; its id. */
	public long liveNoticeOf(long listId, String title) {
		return notices.createNotice(listId, title, "<p>现予公示</p>", "通过本平台提出书面实名异议。", notices.today(), 5,
				"city").id();
	}

	/** The proposed list the notice publishes. */
	public long listOf(long noticeId) {
		return notices.notice(noticeId).listId();
	}

	/** Corrects a notice's title as the municipal officer does (a typo fix of a live notice). */
	public void correctTitle(long noticeId, String title) {
		NoticeView notice = notices.notice(noticeId);
		notices.correctText(noticeId, notice.version(), title, notice.bodyHtml(), notice.objectionInstructions());
	}

	/** An objection filed in a unit's name against the listed unit at the position; its id. */
	public long objection(NoticeView notice, int target) {
		return objection(notice.id(), target);
	}

	/** The same, by the notice's id. */
	public long objection(long noticeId, int target) {
		return filing.fileObjection(noticeId,
				new Objector("吴异议", null, "某单位", UsccFixtures.random("110101"), "13612345678", null),
				target, "理由").objectionId();
	}

	/** An objection filed by the person (in a unit's name) against the listed unit at the position. */
	public FiledObjection objection(long noticeId, String name, String idNumber, String unit, String unitUscc,
			String phone, int target, String grounds) {
		ObjectionFiling.Receipt receipt = filing.fileObjection(noticeId,
				new Objector(name, idNumber, unit, unitUscc, phone, null), target, grounds);
		return new FiledObjection(receipt.objectionId(), receipt.receiptNo());
	}

	/** The municipal officer asks the district to verify the objection. */
	public void askDistrictToVerify(long objectionId, String request) {
		handling.askDistrictToVerify(objectionId, objectionVersion(objectionId), request);
	}

	/** The district officer records what the district found. */
	public void recordDistrictFindings(long objectionId, String findings, String district) {
		handling.recordDistrictFindings(objectionId, objectionVersion(objectionId), findings, district);
	}

	/** The municipal officer dismisses the objection with the reply. */
	public void dismiss(long objectionId, String reply, String officer) {
		handling.decide(objectionId, objectionVersion(objectionId), ObjectionDecision.DISMISSED, reply, officer);
	}

	/** The municipal officer publishes the notice's final list under the document number. */
	public void publish(long noticeId, String documentNumber, LocalDate documentDate, String officer) {
		publications.publish(noticeId, documentNumber, documentDate, officer);
	}

	private long objectionVersion(long objectionId) {
		return handling.objection(objectionId).version();
	}
}
