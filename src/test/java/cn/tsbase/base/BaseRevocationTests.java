package cn.tsbase.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.tsbase.IntegrationTest;
import cn.tsbase.UsccFixtures;
import cn.tsbase.base.internal.BaseService;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.ListPublished;
import cn.tsbase.shared.StateConflictException;

/** A base's title ends by revocation (摘牌) or withdrawal: it leaves the active lists and keeps its history. */
@IntegrationTest
class BaseRevocationTests {

	private static final AtomicLong IDS = new AtomicLong(962_500_000L);

	@Autowired
	BaseService service;

	@Autowired
	BaseManagement bases;

	@Autowired
	JdbcTemplate jdbc;

	private long designate(String name) {
		long publicationId = IDS.incrementAndGet();
		long unitId = IDS.incrementAndGet();
		service.designate(new ListPublished(publicationId, 0L, 2025, "京市监发〔2025〕9号", LocalDate.of(2025, 12, 10),
				List.of(new ListPublished.Entry(IDS.incrementAndGet(), unitId, name, UsccFixtures.random("110105"),
						BaseType.POINT, "110105", "SOFTWARE_IT"))));
		return jdbc.queryForObject("select id from demonstration_base where publication_id = ?", Long.class,
				publicationId);
	}

	@Test
	void aRevokedBaseLeavesTheActiveListKeepsItsRowAndCannotBeRevokedTwice() {
		long id = designate("摘牌测试公司");
		bases.revoke(id, "京市监发〔2026〕30号", LocalDate.of(2026, 11, 30), "连续两年评估不合格", "municipal");
		assertThat(bases.status(id)).contains(BaseStatus.REVOKED);
		assertThat(bases.ofDistrict("110105", PageRequest.of(0, 1000)).map(BaseView::id).getContent())
			.doesNotContain(id);
		assertThat(jdbc.queryForMap("select status_document, status_reason from demonstration_base where id = ?", id))
			.containsValues("京市监发〔2026〕30号", "连续两年评估不合格");
		assertThatThrownBy(() -> bases.withdraw(id, LocalDate.of(2026, 12, 1), "再次", "unit"))
			.isInstanceOf(StateConflictException.class);
	}

	@Test
	void aWithdrawnBaseIsNoLongerActive() {
		long id = designate("主动退出测试公司");
		bases.withdraw(id, LocalDate.of(2026, 12, 1), "经营调整，主动申请退出", "unit");
		assertThat(bases.status(id)).contains(BaseStatus.WITHDRAWN);
		assertThat(bases.find(id, new cn.tsbase.shared.security.DataScope(
				cn.tsbase.shared.security.DataScope.Kind.ALL, null, null))).isPresent();
	}
}
