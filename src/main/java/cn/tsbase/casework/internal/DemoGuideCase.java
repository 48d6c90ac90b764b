package cn.tsbase.casework.internal;

import java.time.LocalDate;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.tsbase.base.BaseManagement;
import cn.tsbase.base.BaseView;
import cn.tsbase.guidance.AssignedOfficer;
import cn.tsbase.guidance.GuidanceManagement;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * Demo profile only, after the guidance demo appointed {@code xc_guide}: the officer wrote a typical case that 西城区
 * returned with a reason, so that xc_guide finds the case to rework and the notice of the return (with its link and
 * reason). Made-up content, through the module's services; runs once per database.
 */
@Component
@Profile("demo & !prod & !bench")
@Order(9)
class DemoGuideCase implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoGuideCase.class);

	private static final String DISTRICT = "110102";

	/** The demo guidance officer's username (account module's demo data); the officer's cases are theirs by it. */
	private static final String GUIDE = "xc_guide";

	private final BaseManagement bases;
	private final GuidanceManagement guidance;
	private final TypicalCases cases;
	private final JdbcTemplate jdbc;

	DemoGuideCase(BaseManagement bases, GuidanceManagement guidance, TypicalCases cases, JdbcTemplate jdbc) {
		this.bases = bases;
		this.guidance = guidance;
		this.cases = cases;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		Long written = jdbc.queryForObject("select count(*) from typical_case where created_by = ?", Long.class, GUIDE);
		if (written != null && written > 0) {
			return;
		}
		AssignedOfficer officer = bases.ofDistrict(DISTRICT, PageRequest.of(0, 50, Sort.by("id")))
			.stream()
			.map(BaseView::unitId)
			.map(guidance::officerOf)
			.flatMap(java.util.Optional::stream)
			.findFirst()
			.orElse(null);
		if (officer == null) {
			log.info("No demo guidance officer assigned: no case written by a guidance officer");
			return;
		}
		CurrentUser guide = new CurrentUser(officer.accountId(), GUIDE, null, officer.displayName(),
				EnumSet.of(Role.GUIDANCE_OFFICER), DISTRICT, null, true, true, false);
		CurrentUser district = new CurrentUser(0L, "xc_officer", null, "xc_officer",
				EnumSet.of(Role.DISTRICT_OFFICER), DISTRICT, null, true, true, false);
		long id = cases.create(new TypicalCases.CaseDraft(LocalDate.now().getYear(), SecretCategory.TECHNICAL,
				"OTHER", InfringementForm.ELECTRONIC_INTRUSION, "北京恒远精工机械有限公司、恒远公司", "机械", "周立", true,
				"恒远公司设计图纸遭网络入侵窃取案",
				"恒远公司服务器遭境外IP地址入侵，设计图纸被批量下载。经查，前网络管理员周立离职后未注销的远程账号被利用。",
				"指导员协助企业固定日志证据，区局指导企业完善账号注销制度，公安机关网安部门已立案。",
				"离职人员的远程访问账号必须当日注销，并定期审计高权限账号。", null, null, null, null), guide);
		cases.submit(id, version(id), guide);
		cases.reject(id, version(id), "请补充企业整改后的效果，并删去服务器所在机房的描述。", district);
		log.info("Demo casework: case {} written by {} and returned by the district", id, GUIDE);
	}

	private long version(long caseId) {
		return jdbc.queryForObject("select version from typical_case where id = ?", Long.class, caseId);
	}
}
