package cn.tsbase.operation.internal;

import java.math.BigDecimal;
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

import cn.tsbase.base.BaseManagement;
import cn.tsbase.base.BaseView;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.Uscc;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.security.Role;

/**
 * Demo profile only: the demo's earlier bases (batch 2025) get a completed profile, an accepted plan for the current
 * year (filing opened by their district) and a few activities held, all through the module's own services. Made-up
 * content; runs once per database (a base whose plan of the year exists is left alone).
 */
@Component
@Profile("demo & !prod & !bench")
@Order(7)
class DemoOperation implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOperation.class);
	private static final int DEMO_BATCH = 2025;

	private final BaseManagement bases;
	private final DemoProfiles demoProfiles;
	private final AnnualPlans plans;
	private final Activities activities;
	private final AnnualPlanRepository planRepository;
	private final LiaisonReports reports;
	private final LiaisonReportRepository reportRepository;
	private final ZoneMembers members;

	DemoOperation(BaseManagement bases, DemoProfiles demoProfiles, AnnualPlans plans, Activities activities,
			AnnualPlanRepository planRepository, LiaisonReports reports, LiaisonReportRepository reportRepository,
			ZoneMembers members) {
		this.members = members;
		this.reports = reports;
		this.reportRepository = reportRepository;
		this.bases = bases;
		this.demoProfiles = demoProfiles;
		this.plans = plans;
		this.activities = activities;
		this.planRepository = planRepository;
	}

	@Override
	public void run(ApplicationArguments args) {
		int year = plans.currentYear();
		List<BaseView> earlier = bases
			.inScope(new DataScope(DataScope.Kind.ALL, null, null), PageRequest.of(0, 50, Sort.by("id")))
			.filter(b -> b.batchYear() == DEMO_BATCH && b.documentNumber().equals("京市监发〔2025〕35号"))
			.toList();
		int done = 0;
		for (BaseView base : earlier) {
			if (planRepository.findByBaseIdAndYear(base.id(), year).isPresent()) {
				continue;
			}
			CurrentUser unit = user("demo-unit", Role.APPLICANT, base.districtCode(), base.unitId());
			CurrentUser officer = user("demo-officer", Role.DISTRICT_OFFICER, base.districtCode(), null);
			demoProfiles.complete(base, unit, officer);
			plans.openFiling(year, LocalDate.of(year, 3, 31), officer);
			plans.write(base.id(), year, AnnualPlans.NEW_PLAN, plan(base), unit);
			plans.submit(base.id(), year, planRepository.findByBaseIdAndYear(base.id(), year).orElseThrow().getVersion(),
					unit);
			plans.accept(base.id(), year, planRepository.findByBaseIdAndYear(base.id(), year).orElseThrow().getVersion(),
					"计划目标明确，请按月推进并及时记录活动。", officer);
			List<ActivityRecord.Participant> taking = base.baseType() == BaseType.ZONE ? zoneMembers(base, year, unit)
					: List.of();
			activities.record(base.id(), new ActivityRecord(null, ActivityKind.TRAINING, LocalDate.of(year, 3, 18),
					"商业秘密保护基础知识培训", false, "本单位多功能厅", 86, "法务部").withMembers(taking), unit);
			activities.record(base.id(), new ActivityRecord(null, ActivityKind.TRAINING, LocalDate.of(year, 5, 22),
					"涉密岗位人员保密义务培训", true, null, 34, "人力资源部"), unit);
			activities.record(base.id(), new ActivityRecord(null, ActivityKind.PUBLICITY, LocalDate.of(year, 4, 26),
					"知识产权宣传周商业秘密普法宣传", false, "园区广场", 210, "综合办公室"), unit);
			liaisonReports(base, year, unit);
			done++;
		}
		log.info("Demo operation data for {} earlier bases", done);
	}

	/**
	 * Two quarterly liaison reports: the second quarter's filed late (today, months after its due date), the third
	 * quarter's on time with an open problem; only when those quarters have ended.
	 */
	private void liaisonReports(BaseView base, int year, CurrentUser unit) {
		LocalDate q2 = LocalDate.of(year, 4, 1);
		LocalDate q3 = LocalDate.of(year, 7, 1);
		if (!reports.today().isAfter(LocalDate.of(year, 9, 30))) {
			return;
		}
		reports.write(base.id(), q3, LiaisonReports.NEW_REPORT,
				"本季度开展涉密岗位保密义务培训一次（34 人），完成涉密载体台账梳理。", "建议区局组织同行业交流会。",
				"一名研发人员离职前拷贝图纸，经约谈后删除并签署承诺书。", List.of("新员工入职保密培训覆盖不全，缺少统一教材。"), unit);
		reports.submit(base.id(), q3, reportVersion(base, q3), unit, LocalDate.of(year, 10, 9));
		reports.write(base.id(), q2, LiaisonReports.NEW_REPORT,
				"本季度开展商业秘密保护基础知识培训和知识产权宣传周普法宣传。", null, null, List.of(), unit);
		reports.submit(base.id(), q2, reportVersion(base, q2), unit);
	}

	/**
	 * Six member units of the demo zone (made-up valid codes): three with protection rules, three trained this year,
	 * two being cultivated, and a seventh that left in January, so the four indicators show computed values. Returns
	 * the members that take part in the zone's first training: the first two current ones, one of them trained
	 * otherwise too, the other trained only there.
	 */
	private List<ActivityRecord.Participant> zoneMembers(BaseView base, int year, CurrentUser unit) {
		String[] names = { "北京示例算法科技有限公司", "北京示例芯片设计有限公司", "北京示例数据服务有限公司",
				"北京示例智能装备有限公司", "北京示例生物医药有限公司", "北京示例新材料有限公司", "北京示例咨询服务有限公司" };
		for (int i = 0; i < names.length; i++) {
			String first16 = "91" + base.districtCode() + "9820000" + i;
			String first17 = first16 + Uscc.organisationCodeCheckCharacter(first16.substring(8, 16));
			members.add(base.id(), first17 + Uscc.checkCharacter(first17), names[i], unit);
		}
		List<MemberView> added = members.list(base.id(), unit, PageRequest.of(0, 20, Sort.by("id"))).getContent();
		for (int i = 0; i < added.size(); i++) {
			MemberView member = added.get(i);
			boolean rules = i < 3;
			members.update(base.id(), member.id(), member.version(), new MemberDetails(rules,
					rules ? LocalDate.of(year - 1, 6, 1) : null, rules ? "商业秘密保护管理制度" : null, year,
					i % 2 == 0 ? 10 + i * 5 : 0, i == 0 || i == 3), unit);
		}
		MemberView leaving = members.list(base.id(), unit, PageRequest.of(0, 20, Sort.by("id"))).getContent().get(6);
		LocalDate left = LocalDate.of(year, 1, 20);
		members.remove(base.id(), leaving.id(), leaving.version(),
				reports.today().isBefore(left) ? reports.today() : left, unit);
		return List.of(new ActivityRecord.Participant(added.get(0).id(), added.get(0).name(), 12),
				new ActivityRecord.Participant(added.get(1).id(), added.get(1).name(), 8));
	}

	private long reportVersion(BaseView base, LocalDate period) {
		return reportRepository.findByBaseIdAndPeriodStart(base.id(), period).orElseThrow().getVersion();
	}

	private static PlanContent plan(BaseView base) {
		return new PlanContent("健全商业秘密保护制度，全员培训覆盖率达到 100%，开展普法宣传两次。",
				List.of(new PlanContent.PlannedActivity(3, ActivityKind.TRAINING, "商业秘密保护基础知识", "全体员工", 90),
						new PlanContent.PlannedActivity(5, ActivityKind.TRAINING, "涉密岗位保密义务", "涉密岗位人员", 35),
						new PlanContent.PlannedActivity(9, ActivityKind.TRAINING, "离职人员管理", "人力资源部", 15),
						new PlanContent.PlannedActivity(4, ActivityKind.PUBLICITY, "知识产权宣传周", "员工和周边企业", 200),
						new PlanContent.PlannedActivity(11, ActivityKind.PUBLICITY, "反不正当竞争法普法", "员工", 100)),
				"专项经费 30 万元；法务部专职 2 人、兼职 4 人。", new BigDecimal("30.00"),
				"修订涉密载体管理规定；开展一次涉密岗位梳理。",
				base.baseType() == BaseType.ZONE ? new PlanContent.ZoneTargets(80, 2, 3, 90) : null);
	}

	static CurrentUser user(String name, Role role, String district, Long unitId) {
		return new CurrentUser(0L, name, null, name, EnumSet.of(role), district, unitId, true, true, false);
	}
}
