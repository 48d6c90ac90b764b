package cn.tsbase.casework.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.tsbase.organization.OrganizationManagement;
import cn.tsbase.organization.UnitSummary;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * Demo profile only: the demo unit xc_unit reported a leak incident that its district answered (after 95 minutes) and closed
 * and proposed as a typical case, published after both reviews; and a second case written by the district, also
 * published. All through the module's own services (the report's time is moved back so that the response time is not
 * zero). Made-up content; runs once per database.
 */
@Component
@Profile("demo & !prod & !bench")
@Order(8)
class DemoCasework implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCasework.class);

	/** The demo unit xc_unit (北京金融街智联科技有限公司, 西城区), registered by the organization module's demo data. */
	private static final String DEMO_UNIT_USCC = "91110102MA01A1B21E";

	private final OrganizationManagement organization;
	private final LeakIncidents incidents;
	private final TypicalCases cases;
	private final LeakIncidentRepository incidentRepository;
	private final TypicalCaseRepository caseRepository;
	private final JdbcTemplate jdbc;

	DemoCasework(OrganizationManagement organization, LeakIncidents incidents, TypicalCases cases,
			LeakIncidentRepository incidentRepository, TypicalCaseRepository caseRepository, JdbcTemplate jdbc) {
		this.organization = organization;
		this.incidents = incidents;
		this.cases = cases;
		this.incidentRepository = incidentRepository;
		this.caseRepository = caseRepository;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (incidentRepository.count() > 0) {
			return;
		}
		UnitSummary base = organization.findByUscc(DEMO_UNIT_USCC).orElse(null);
		if (base == null) {
			log.info("No demo unit: no demo leak incident or typical case");
			return;
		}
		CurrentUser unit = user("xc_unit", Role.APPLICANT, base.districtCode(), base.id());
		CurrentUser officer = user("xc_officer", Role.DISTRICT_OFFICER, base.districtCode(), null);
		CurrentUser bureau = user("demo-bureau", Role.MUNICIPAL_OFFICER, null, null);

		long incidentId = incidents.report(new LeakIncidents.NewReport(LocalDate.now().minusDays(3),
				IncidentOrigin.INTERNAL, IncidentIntent.MALICIOUS, SecretCategory.TECHNICAL,
				LeakChannel.DEPARTING_STAFF,
				"研发部工程师张伟于离职前一周通过个人邮箱zhangwei@example.com向外发送核心算法源代码，离职后加入北京云启数据科技有限公司。"
						+ "公司内部审计发现异常外发记录后报告。",
				"300", true, true, true, false, "已固定邮件服务器日志，冻结其全部账号，并向其发送律师函。", true,
				Remedy.CRIMINAL), unit);
		Instant reportedAt = Instant.now().minus(Duration.ofHours(6)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
		jdbc.update("update leak_incident set reported_at = ? where id = ?", java.sql.Timestamp.from(reportedAt),
				incidentId);
		incidents.respond(incidentId, version(incidentId), reportedAt.plus(Duration.ofMinutes(95)),
				"电话联系企业法务负责人，指导其补充固定证据并评估损失；协调公安机关经侦部门。", Referral.POLICE, officer);
		incidents.close(incidentId, version(incidentId), "公安机关已立案侦查，企业完成保密制度整改。", officer);
		long first = cases.proposeFromIncident(incidentId, unit);
		TypicalCase proposed = caseRepository.findById(first).orElseThrow();
		cases.update(first, proposed.getVersion(), new TypicalCases.CaseDraft(proposed.getYear(),
				SecretCategory.TECHNICAL, proposed.getIndustryCode(), InfringementForm.DEPARTING_STAFF,
				base.name(), null, "张伟", true, base.name() + "核心算法源代码泄露案", proposed.getFacts(),
				proposed.getHandling(), "企业应对离职前的异常外发行为建立监测和预警，发现泄露后第一时间固定证据并报告。", null, null,
				null, null), unit);
		publish(first, unit, officer, bureau);

		long second = cases.create(new TypicalCases.CaseDraft(LocalDate.now().getYear(), SecretCategory.BUSINESS,
				base.industryCode() == null ? "OTHER" : base.industryCode(), InfringementForm.INSIDER_COLLUSION,
				"北京华信恒通商贸有限公司、华信公司", "贸易公司", "李强、赵敏", true, "华信公司客户名单被内外勾结窃取案",
				"华信公司销售经理李强与竞争对手北京汇达商贸有限公司员工赵敏勾结，将公司客户名单及报价体系以每份2000元的价格出售，"
						+ "联系电话13912345678。",
				"区市场监督管理局依据《反不正当竞争法》第九条、第二十一条，对北京汇达商贸有限公司作出罚款50万元的行政处罚。",
				"客户名单属于经营信息，企业应对报价体系等经营信息采取分级保密措施，并与员工签订保密协议。", null, null, null, null),
				officer);
		publish(second, officer, officer, bureau);
		log.info("Demo casework: incident {} closed, cases {} and {} published", incidentId, first, second);
	}

	private void publish(long caseId, CurrentUser author, CurrentUser officer, CurrentUser bureau) {
		cases.submit(caseId, caseVersion(caseId), author);
		cases.approve(caseId, caseVersion(caseId), officer);
		cases.approve(caseId, caseVersion(caseId), bureau);
	}

	private long version(long incidentId) {
		return incidentRepository.findById(incidentId).orElseThrow().getVersion();
	}

	private long caseVersion(long caseId) {
		return caseRepository.findById(caseId).orElseThrow().getVersion();
	}

	private static CurrentUser user(String name, Role role, String district, Long unitId) {
		return new CurrentUser(0L, name, null, name, EnumSet.of(role), district, unitId, true, true, false);
	}
}
