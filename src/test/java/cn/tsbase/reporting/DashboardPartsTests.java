package cn.tsbase.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import cn.tsbase.IntegrationTest;
import cn.tsbase.Principals;
import cn.tsbase.shared.crypto.FieldEncryption;
import cn.tsbase.shared.security.Role;

/**
 * The dashboard keeps its tables' markup with the kept figures (a minute here, as in production): every reader of a
 * scope gets the same tables, rendered once, except for the rows' links to the incidents, which only the district
 * and municipal officers may open. A district's IP office reading the dashboard right after its district officer
 * (the same figures, the same kept snapshot) gets no such link, and the officer still gets them after the IP office.
 */
@IntegrationTest
@TestPropertySource(properties = "tsbase.reporting.figures-ttl=60s")
class DashboardPartsTests {

	private static final int YEAR = 2049;
	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
	private static final AtomicLong IDS = new AtomicLong(981_700_000L);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FieldEncryption encryption;

	private Document dashboard(Role role, String district) throws Exception {
		return Jsoup.parse(mvc.perform(get("/reporting/dashboard").param("year", String.valueOf(YEAR))
			.with(Principals.role(role, district, null)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private void incident(String district) {
		LocalDateTime reportedAt = LocalDateTime.of(YEAR, 5, 4, 10, 0);
		jdbc.update("insert into leak_incident (unit_id, unit_name, district_code, discovered_on, reported_at,"
				+ " reported_by, origin, intent, secret_category, channel, description, evidence_secured,"
				+ " access_revoked, letters_sent, police_reported, help_wanted, remedy, status, response_minutes,"
				+ " version) values (?, '单位', ?, ?, ?, 'test', 'INTERNAL', 'ACCIDENTAL', 'TECHNICAL', 'OTHER', ?,"
				+ " false, false, false, false, false, 'UNDECIDED', 'REPORTED', null, 0)", IDS.incrementAndGet(),
				district, LocalDate.of(YEAR, 5, 3), Timestamp.from(reportedAt.atZone(BEIJING).toInstant()),
				encryption.encrypt("看板缓存事件"));
	}

	@Test
	void aKeptViewRendersItsTablesOnceButTheIncidentLinksPerRole() throws Exception {
		String huairou = "110116";
		incident(huairou);
		String link = "/casework/incidents?district=" + huairou;

		Document officer = dashboard(Role.DISTRICT_OFFICER, huairou);
		assertThat(officer.select("#caseworkTable a").eachAttr("href")).anyMatch(href -> href.contains(link));
		assertThat(officer.select("#caseworkTable tbody td").eachText()).contains("1");

		Document ipOffice = dashboard(Role.IP_OFFICER, huairou);
		// the same kept figures ...
		assertThat(ipOffice.select("#countedAt").text()).isEqualTo(officer.select("#countedAt").text());
		assertThat(ipOffice.select("#caseworkTable tbody td").eachText())
			.isEqualTo(officer.select("#caseworkTable tbody td").eachText());
		// ... but no link to a list the IP office may not read
		assertThat(ipOffice.select("#caseworkTable a")).isEmpty();
		assertThat(ipOffice.html()).doesNotContain("/casework/incidents");

		Document again = dashboard(Role.DISTRICT_OFFICER, huairou);
		assertThat(again.select("#countedAt").text()).isEqualTo(officer.select("#countedAt").text());
		assertThat(again.select("#caseworkTable a").eachAttr("href")).anyMatch(href -> href.contains(link));
		assertThat(again.select("#funnelTable").outerHtml()).isEqualTo(officer.select("#funnelTable").outerHtml());
	}

}
