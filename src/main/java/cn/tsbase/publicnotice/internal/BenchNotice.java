package cn.tsbase.publicnotice.internal;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import cn.tsbase.calendar.CalendarMissingException;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.referencedata.ReferenceItem;
import cn.tsbase.selection.ProposedListDecided;
import cn.tsbase.shared.Uscc;

/**
 * Bench profile only ({@code bench/public-pages.sh}): a live notice of 30 units, as the municipal bureau publishes
 * one. Made-up units; run once per database.
 */
@Component
@Profile("bench & !prod")
class BenchNotice implements ApplicationRunner {

	static final String TITLE = "关于商业秘密保护示范基地拟入选名单的公示（基准测试）";
	static final int UNITS = 30;
	private static final long LIST_ID = 990_000_001L;
	private static final Logger log = LoggerFactory.getLogger(BenchNotice.class);

	private final NoticeService notices;
	private final ProposedListRepository lists;
	private final ReferenceData referenceData;

	BenchNotice(NoticeService notices, ProposedListRepository lists, ReferenceData referenceData) {
		this.notices = notices;
		this.lists = lists;
		this.referenceData = referenceData;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (lists.existsById(LIST_ID) || create()) {
			// bench/public-pages.sh waits for this line
			log.info("Bench notice ready: {} units", UNITS);
		}
	}

	private boolean create() {
		List<ReferenceItem> districts = referenceData.active(ReferenceCategory.DISTRICT);
		List<ReferenceItem> industries = referenceData.active(ReferenceCategory.INDUSTRY);
		List<ProposedListDecided.Entry> entries = new ArrayList<>();
		for (int i = 0; i < UNITS; i++) {
			ReferenceItem district = districts.get(i % districts.size());
			String first16 = "91" + district.code() + String.format("%08d", 90_000 + i);
			String first17 = first16 + Uscc.organisationCodeCheckCharacter(first16.substring(8, 16));
			entries.add(new ProposedListDecided.Entry(LIST_ID + i, LIST_ID + i,
					"北京" + district.name().replace("区", "") + "公示单位" + (i + 1) + (i % 6 == 5 ? "园区" : "科技有限公司"),
					first17 + Uscc.checkCharacter(first17), i % 6 == 5 ? BaseType.ZONE : BaseType.POINT,
					district.code(), industries.get(i % industries.size()).code()));
		}
		int year = notices.today().getYear();
		notices.receive(new ProposedListDecided(LIST_ID, year, "bench", entries));
		try {
			notices.createNotice(LIST_ID, year + "年度" + TITLE,
					"<p>经区级推荐、市级评审，现将拟入选名单予以公示，公示期为五个工作日。</p>",
					"对名单有异议的，请在公示期内通过本平台提出书面实名异议，并提供必要的证明材料。", notices.today(), 5, "bench");
			return true;
		}
		catch (CalendarMissingException missing) {
			log.warn("No bench notice: the working-day calendar does not cover the next five working days");
			return false;
		}
	}
}
