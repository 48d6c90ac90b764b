package cn.tsbase.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.UsccFixtures;
import cn.tsbase.account.AccountFixtures;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.operation.LiaisonProblemForwarded;
import cn.tsbase.publicnotice.ListPublished;
import cn.tsbase.shared.security.Role;

/**
 * Problems raised with the municipal bureau (问题反映): a district raises one about its bases and the bureau hears of
 * it; the bureau answers it once and the district hears of that; the open ones are listed, filtered and paged; a
 * liaison report's problem the district forwards arrives as an escalation once, however often it is announced.
 */
@IntegrationTest
class EscalationTests {

	private static final String FENGTAI = "110106";
	private static final String SHIJINGSHAN = "110107";
	private static final AtomicLong IDS = new AtomicLong(981_500_000L);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountFixtures accounts;

	@Autowired
	BaseFixtures bases;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	private static RequestPostProcessor district(String code) {
		return Principals.role(Role.DISTRICT_OFFICER, code, null);
	}

	private static RequestPostProcessor bureau() {
		return Principals.role(Role.MUNICIPAL_OFFICER, null, null);
	}

	/** A designated base of a made-up unit in the district. */
	private long designate(String name, String district) {
		long publicationId = IDS.incrementAndGet();
		long unitId = IDS.incrementAndGet();
		bases.designate(new ListPublished(publicationId, 0L, 2025, "京市监发〔2025〕" + publicationId % 1000 + "号",
				LocalDate.of(2025, 12, 10), List.of(new ListPublished.Entry(IDS.incrementAndGet(), unitId, name,
						UsccFixtures.random(district), BaseType.POINT, district, "SOFTWARE_IT"))));
		return jdbc.queryForObject("select id from demonstration_base where publication_id = ? and unit_id = ?",
				Long.class, publicationId, unitId);
	}

	private long raise(String district, String title, Long... baseIds) throws Exception {
		var request = post("/reporting/escalations").with(csrf())
			.with(district(district))
			.param("title", title)
			.param("description", "多家示范点反映缺少涉密载体管理规范，需要市局统一指导。");
		for (Long baseId : baseIds) {
			request.param("baseIds", String.valueOf(baseId));
		}
		String location = mvc.perform(request)
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long version(long id) {
		return jdbc.queryForObject("select version from escalation where id = ?", Long.class, id);
	}

	private Document page(String url, RequestPostProcessor who) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private long notifications(long accountId, String kind, String link) {
		return jdbc.queryForObject(
				"select count(*) from notification where recipient_id = ? and message_key = ? and link = ?",
				Long.class, accountId, "notification.kind." + kind, link);
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

	@Test
	void aDistrictRaisesAProblemAboutItsBasesAndTheBureauAnswersItOnce() throws Exception {
		long officer = accounts.official(Role.DISTRICT_OFFICER, FENGTAI).getId();
		long bureauOfficer = accounts.official(Role.MUNICIPAL_OFFICER, null).getId();
		long base = designate("丰台问题反映科技有限公司" + unique(), FENGTAI);
		long elsewhere = designate("石景山问题反映科技有限公司" + unique(), SHIJINGSHAN);

		// the form offers the district's own bases only
		Document form = page("/reporting/escalations/new", district(FENGTAI));
		assertThat(form.select("#base-" + base)).hasSize(1);
		assertThat(form.select("#base-" + elsewhere)).isEmpty();
		// a base of another district is refused; a title is required
		mvc.perform(post("/reporting/escalations").with(csrf())
			.with(district(FENGTAI))
			.param("title", "别区的基地")
			.param("description", "描述")
			.param("baseIds", String.valueOf(elsewhere))).andExpect(status().isConflict());
		mvc.perform(post("/reporting/escalations").with(csrf())
			.with(district(FENGTAI))
			.param("title", "")
			.param("description", "描述")).andExpect(status().isOk());

		String title = "载体管理规范缺失" + unique();
		long id = raise(FENGTAI, title, base);
		String link = "/reporting/escalations/" + id;
		await().atMost(Duration.ofSeconds(20))
			.until(() -> notifications(bureauOfficer, "ESCALATION_RAISED", link) == 1);
		Document shown = page(link, bureau());
		assertThat(shown.select("#escalationTitle").text()).isEqualTo(title);
		assertThat(shown.select("#escalationBases").text()).contains("丰台问题反映科技有限公司");
		assertThat(shown.select("#answerForm")).hasSize(1);
		assertThat(page(link, district(FENGTAI)).select("#answerForm")).isEmpty();
		mvc.perform(get(link).with(district(SHIJINGSHAN))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/escalations/{id}", id).with(district(SHIJINGSHAN))).andExpect(status().isNotFound());
		mvc.perform(get(link).with(Principals.role(Role.IP_OFFICER, FENGTAI, null))).andExpect(status().isForbidden());

		// open: in the district's list and the bureau's list of open ones
		assertThat(page("/reporting/escalations?status=OPEN", district(FENGTAI)).select("#escalation-" + id)).hasSize(1);
		assertThat(page("/reporting/escalations?status=OPEN&district=" + FENGTAI, bureau()).select("#escalation-" + id))
			.hasSize(1);
		assertThat(page("/reporting/escalations", district(SHIJINGSHAN)).select("#escalation-" + id)).isEmpty();

		mvc.perform(post(link + "/answer").with(csrf())
			.with(district(FENGTAI))
			.param("answer", "自己答复")
			.param("version", String.valueOf(version(id)))).andExpect(status().isForbidden());
		mvc.perform(post(link + "/answer").with(csrf())
			.with(bureau())
			.param("answer", "市局将于下月发布载体管理指引")
			.param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
		mvc.perform(post(link + "/answer").with(csrf())
			.with(bureau())
			.param("answer", "再答一次")
			.param("version", String.valueOf(version(id)))).andExpect(status().isConflict());
		await().atMost(Duration.ofSeconds(20)).until(() -> notifications(officer, "ESCALATION_ANSWERED", link) == 1);
		assertThat(page(link, district(FENGTAI)).select("#escalationAnswer").text()).contains("市局将于下月发布载体管理指引");
		assertThat(page("/reporting/escalations?status=OPEN", district(FENGTAI)).select("#escalation-" + id)).isEmpty();
		mvc.perform(get("/api/v1/escalations").param("status", "ANSWERED").with(district(FENGTAI)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + id + ")].status").value("ANSWERED"));
	}

	@Test
	void aForwardedLiaisonProblemArrivesAsAnEscalationOnce() throws Exception {
		long base = designate("联络转来科技有限公司" + unique(), FENGTAI);
		long problemId = IDS.incrementAndGet();
		LiaisonProblemForwarded forwarded = new LiaisonProblemForwarded(problemId, base, "联络转来科技有限公司", FENGTAI);
		transactions.executeWithoutResult(tx -> events.publishEvent(forwarded));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from escalation where liaison_problem_id = ?", Long.class,
					problemId) == 1);
		// announced again (a republished event): still one
		transactions.executeWithoutResult(tx -> events.publishEvent(forwarded));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
					+ "and serialized_event like ?", Long.class, "%" + problemId + "%") == 0);
		assertThat(jdbc.queryForObject("select count(*) from escalation where liaison_problem_id = ?", Long.class,
				problemId)).isEqualTo(1);
		long id = jdbc.queryForObject("select id from escalation where liaison_problem_id = ?", Long.class, problemId);
		Document shown = page("/reporting/escalations/" + id, bureau());
		assertThat(shown.select("#escalationTitle").text()).contains("联络转来科技有限公司");
		assertThat(shown.select("#escalationSource").text()).isEqualTo("联络报告转来");
		assertThat(page("/reporting/escalations?source=LIAISON&status=OPEN", district(FENGTAI)).select("#escalation-" + id))
			.hasSize(1);
		assertThat(page("/reporting/escalations?source=DISTRICT", district(FENGTAI)).select("#escalation-" + id))
			.isEmpty();
	}
}
