package cn.tsbase.guidance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import cn.tsbase.account.AccountManagement;
import cn.tsbase.account.Recipient;
import cn.tsbase.base.BaseManagement;
import cn.tsbase.base.BaseView;
import cn.tsbase.shared.Uscc;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * Demo profile only: 西城区 appoints {@code xc_guide} and assigns two of the demo's earlier bases to them; the officer
 * recorded a visit at the first some weeks ago, which the unit confirmed, leaving one recommendation open; the
 * district's cultivation pool holds the two demo units of 西城区 and one unit not registered yet. Made-up
 * content, through the module's own services; runs once per database (nothing happens once xc_guide is appointed).
 */
@Component
@Profile("demo & !prod & !bench")
@Order(8)
class DemoGuidance implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoGuidance.class);
	private static final String DISTRICT = "110102";

	private final AccountManagement accounts;
	private final BaseManagement bases;
	private final GuidanceOfficerRepository officerRepository;
	private final GuidanceOfficers officers;
	private final GuidanceVisits visits;
	private final GuidanceVisitRepository visitRepository;
	private final CultivationPool pool;
	private final Clock clock;

	DemoGuidance(AccountManagement accounts, BaseManagement bases, GuidanceOfficerRepository officerRepository,
			GuidanceOfficers officers, GuidanceVisits visits, GuidanceVisitRepository visitRepository,
			CultivationPool pool, Clock clock) {
		this.pool = pool;
		this.accounts = accounts;
		this.bases = bases;
		this.officerRepository = officerRepository;
		this.officers = officers;
		this.visits = visits;
		this.visitRepository = visitRepository;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Recipient guide = accounts.holdersOf(Role.GUIDANCE_OFFICER, DISTRICT)
			.stream()
			.filter(r -> r.username().equals("xc_guide"))
			.findFirst()
			.orElse(null);
		if (guide == null || officerRepository.findByAccountId(guide.accountId()).isPresent()) {
			return;
		}
		List<BaseView> demoBases = bases.ofDistrict(DISTRICT, PageRequest.of(0, 50, Sort.by("id")))
			.filter(b -> b.batchYear() == 2025 && "京市监发〔2025〕35号".equals(b.documentNumber()))
			.toList();
		if (demoBases.size() < 2) {
			return;
		}
		CurrentUser district = user(0L, "xc_officer", Role.DISTRICT_OFFICER, null);
		long officerId = officers.appoint(guide.accountId(), "商业秘密法律实务、企业保密体系建设", "010-66001234",
				"xc_guide@example.com", district);
		for (BaseView base : demoBases.subList(0, 2)) {
			officers.assignBase(officerId, base.id(), district);
		}
		BaseView first = demoBases.get(0);
		LocalDate visitedOn = LocalDate.now(clock).minusDays(40);
		CurrentUser officer = user(guide.accountId(), "xc_guide", Role.GUIDANCE_OFFICER, null);
		long visitId = visits.record(first.unitId(), null,
				new VisitRecord(visitedOn, GuidanceMode.ON_SITE, "法务部负责人、信息安全主管、人力资源专员",
						List.of("RISK_ASSESSMENT", "PROTECTION_MEASURES"),
						List.of(CheckedItem.LEDGERS, CheckedItem.PREMISES, CheckedItem.RULES),
						"涉密人员台账更新不及时；研发区域门禁记录保存不足 90 天；离职人员保密提醒未形成书面记录。",
						List.of(new VisitRecord.Recommendation("一个月内完成涉密人员台账更新，并建立季度复核机制。",
								LocalDate.now(clock).plusDays(20)))),
				officer);
		CurrentUser unit = user(0L, "demo-unit", Role.APPLICANT, first.unitId());
		visits.confirm(visitId, visitRepository.findById(visitId).orElseThrow().getVersion(), unit);
		pool.add("91110102MA01A1B21E", null, "研发投入大、核心技术人员流动频繁，已建立初步的保密制度。",
				"2026 年上半年安排一次风险评估。", officerId, district);
		pool.add("91110102100000016F", null, "老字号企业，经营信息和配方需系统保护。", null, null, district);
		String body = "00007777";
		String first17 = "91110102" + body + Uscc.organisationCodeCheckCharacter(body);
		pool.add(first17 + Uscc.checkCharacter(first17), "北京示例生物医药科技有限公司",
				"区科技园区推荐的高新技术企业，尚未在平台注册。", "已电话联系，待发送注册邀请。", null, district);
		log.info("Demo guidance: xc_guide appointed, {} bases assigned, one visit with an open recommendation", 2);
	}

	private static CurrentUser user(long id, String name, Role role, Long unitId) {
		return new CurrentUser(id, name, null, name, EnumSet.of(role), DISTRICT, unitId, true, true, false);
	}
}
