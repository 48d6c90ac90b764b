package cn.tsbase.base.internal;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.ListPublished;

/**
 * Demo profile only: an earlier batch of made-up demonstration bases, so that the public list has something to show
 * before the demo's own procedure publishes a list. None of them is a demo unit with an account.
 */
@Component
@Profile("demo & !prod & !bench")
@Order(5)
class DemoBases implements ApplicationRunner {

	/** Outside the range of real publications' identities. */
	static final long PUBLICATION_ID = 980_000_001L;

	private static final Logger log = LoggerFactory.getLogger(DemoBases.class);

	private static final List<ListPublished.Entry> ENTRIES = List.of(
			new ListPublished.Entry(980_000_101L, 980_000_101L, "北京西直门示例精密仪器有限公司", "91110102980000128P",
					BaseType.POINT, "110102", "ADVANCED_MANUFACTURING"),
			new ListPublished.Entry(980_000_102L, 980_000_102L, "北京金融街示例数据服务有限公司", "91110102980000208B",
					BaseType.POINT, "110102", "SOFTWARE_IT"),
			new ListPublished.Entry(980_000_103L, 980_000_103L, "北京中关村示例软件园", "911101089800003981", BaseType.ZONE,
					"110108", "SOFTWARE_IT"),
			new ListPublished.Entry(980_000_104L, 980_000_104L, "北京亦庄示例生物技术有限公司", "91110115980000478Q",
					BaseType.POINT, "110115", "TECH_SERVICES"),
			new ListPublished.Entry(980_000_105L, 980_000_105L, "北京望京示例信息技术有限公司", "91110105980000558W",
					BaseType.POINT, "110105", "SOFTWARE_IT"));

	private final BaseService bases;
	private final DemonstrationBaseRepository repository;

	DemoBases(BaseService bases, DemonstrationBaseRepository repository) {
		this.bases = bases;
		this.repository = repository;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (repository.existsByPublicationIdAndUnitId(PUBLICATION_ID, ENTRIES.get(0).unitId())) {
			return;
		}
		int created = bases.designate(new ListPublished(PUBLICATION_ID, 0L, 2025, "京市监发〔2025〕35号",
				LocalDate.of(2025, 12, 10), ENTRIES));
		log.info("Demo bases of an earlier batch: {}", created);
	}
}
