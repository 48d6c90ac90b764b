package cn.tsbase.base.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.ListPublished;
import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.referencedata.ReferenceItem;
import cn.tsbase.shared.Uscc;

/**
 * Bench profile only ({@code bench/public-pages.sh}): 300 bases over six yearly publications, a third of them in
 * 西城区 (where the programme started, so its list runs to several pages) and the rest spread across every district
 * and industry, designated the way a real publication designates them. Made-up units; run once per database.
 */
@Component
@Profile("bench & !prod")
class BenchBases implements ApplicationRunner {

	static final int YEARS = 6;
	static final int PER_YEAR = 50;
	static final String XICHENG = "110102";
	private static final long PUBLICATION_IDS = 990_000_000L;
	private static final Logger log = LoggerFactory.getLogger(BenchBases.class);
	private static final String[] NAMES = { "智联", "精工", "华信", "中科", "博远", "恒泰", "云图", "安盾", "数安", "金桥", "睿思",
			"鼎盛", "汇通", "天成", "新元", "启明" };
	private static final String[] KINDS = { "科技有限公司", "信息技术有限公司", "精密制造股份有限公司", "软件有限公司", "生物医药有限公司" };

	private final BaseService bases;
	private final DemonstrationBaseRepository repository;
	private final ReferenceData referenceData;

	BenchBases(BaseService bases, DemonstrationBaseRepository repository, ReferenceData referenceData) {
		this.bases = bases;
		this.repository = repository;
		this.referenceData = referenceData;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<ReferenceItem> districts = referenceData.active(ReferenceCategory.DISTRICT);
		List<ReferenceItem> industries = referenceData.active(ReferenceCategory.INDUSTRY);
		ReferenceItem xicheng = districts.stream()
			.filter(d -> d.code().equals(XICHENG))
			.findFirst()
			.orElse(districts.get(0));
		int lastYear = LocalDate.now().getYear();
		for (int year = lastYear - YEARS + 1; year <= lastYear; year++) {
			long publicationId = PUBLICATION_IDS + year;
			if (repository.existsByPublicationIdAndUnitId(publicationId, unitId(year, 0))) {
				continue;
			}
			List<ListPublished.Entry> entries = new ArrayList<>();
			for (int i = 0; i < PER_YEAR; i++) {
				ReferenceItem district = i % 3 == 0 ? xicheng : districts.get((i + year) % districts.size());
				boolean zone = i % 10 == 9;
				String name = "北京" + district.name().replace("区", "") + NAMES[(i + year) % NAMES.length]
						+ (zone ? "商业秘密保护产业园" : KINDS[i % KINDS.length]);
				entries.add(new ListPublished.Entry(unitId(year, i), unitId(year, i), name,
						uscc(district.code(), year * 100 + i), zone ? BaseType.ZONE : BaseType.POINT, district.code(),
						industries.get(i % industries.size()).code()));
			}
			bases.designate(new ListPublished(publicationId, 0L, year, "京市监发〔" + year + "〕" + (year % 100) + "号",
					LocalDate.of(year, 7, 1), entries));
		}
		// bench/public-pages.sh waits for this line
		log.info("Bench bases ready: {} years of {}", YEARS, PER_YEAR);
	}

	private static long unitId(int year, int index) {
		return PUBLICATION_IDS + year * 1000L + index;
	}

	/** A valid code: enterprise (91), the district, a numbered organisation body. */
	private static String uscc(String districtCode, int number) {
		String first16 = "91" + districtCode + String.format("%08d", number);
		String first17 = first16 + Uscc.organisationCodeCheckCharacter(first16.substring(8, 16));
		return first17 + Uscc.checkCharacter(first17);
	}
}
