package cn.tsbase.reporting.internal;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.tsbase.shared.document.PdfRenderer;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * Demo profile only: the municipal bureau set the deadlines of the 2025 summaries (passed) and of the year the districts
 * report on now; 西城区 (xc_officer) submitted its annual summary of 2025, which the bureau has yet to decide, and
 * raised a problem, with a PDF attached, that awaits the bureau's answer. Through the module's own services; made-up
 * content; runs once per database.
 */
@Component
@Profile("demo & !prod & !bench")
@Order(10)
class DemoReporting implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoReporting.class);

	static final String XICHENG = "110102";

	private final SummaryReports reports;
	private final Escalations escalations;
	private final SummaryReportRepository reportRepository;
	private final EscalationRepository escalationRepository;
	private final SummaryDeadlines deadlines;
	private final EscalationAttachments attachments;
	private final PdfRenderer pdf;

	DemoReporting(SummaryReports reports, Escalations escalations, SummaryReportRepository reportRepository,
			EscalationRepository escalationRepository, SummaryDeadlines deadlines, EscalationAttachments attachments,
			PdfRenderer pdf) {
		this.reports = reports;
		this.escalations = escalations;
		this.reportRepository = reportRepository;
		this.escalationRepository = escalationRepository;
		this.deadlines = deadlines;
		this.attachments = attachments;
		this.pdf = pdf;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (reportRepository.count() > 0) {
			return;
		}
		CurrentUser officer = new CurrentUser(0L, "xc_officer", null, "xc_officer", EnumSet.of(Role.DISTRICT_OFFICER),
				XICHENG, null, true, true, false);
		long id = reports.create(2025, new SummaryText(
				"""
						2025年，西城区围绕金融街、中关村西城园等重点区域推进商业秘密保护示范基地建设，全年组织商业秘密保护专题培训12场，覆盖企业300余家；\
						开展"护企行"入企指导46次，帮助8家企业完善保密制度。
						区局会同区法院、区检察院建立商业秘密保护协作机制，办理侵犯商业秘密案件3件。""",
				"""
						一是"一企一策"：为示范点企业逐一制定保护方案。
						二是联络员制度：每个示范基地确定1名联络员，按季度报送工作情况。""",
				"部分中小企业保密投入不足，涉密载体管理不规范；离职员工带走技术资料的风险较高。",
				"建议市局统一发布涉密载体管理指引，组织全市联络员培训，并加大典型案例宣传力度。"), officer);
		CurrentUser bureau = new CurrentUser(0L, "city_officer", null, "city_officer",
				EnumSet.of(Role.MUNICIPAL_OFFICER), null, null, true, true, false);
		deadline(2025, LocalDate.of(2026, 1, 31), bureau);
		int current = reports.defaultYear();
		if (current != 2025) {
			deadline(current, LocalDate.of(current + 1, 1, 31), bureau);
		}
		reports.submit(id, reportRepository.findById(id).orElseThrow().getVersion(), officer);
		if (escalationRepository.count() == 0) {
			long escalation = escalations.raise(new Escalations.NewEscalation("涉密载体管理缺少统一规范",
					"区内多家示范点反映，涉密载体（U盘、移动硬盘、纸质图纸）的登记、借用、销毁缺少统一规范，企业各自制定的制度差异较大，"
							+ "请市局研究出台统一的管理指引。",
					escalations.districtBases(officer).stream().limit(2).map(EscalationView.Base::id).toList()),
					officer);
			byte[] file = pdf.render("<html><head><style>body { font-family: cjk; }</style></head><body>"
					+ "<h1>涉密载体管理情况调查表（演示）</h1><p>调查企业12家，其中8家未建立涉密载体登记台账，"
					+ "5家未规定离职人员涉密载体交接程序。</p></body></html>");
			attachments.attach(escalation, "涉密载体管理情况调查表.pdf", new ByteArrayInputStream(file), officer);
		}
		log.info("Demo reporting: summary deadlines set, 西城区 2025 annual summary {} submitted, one escalation open "
				+ "with an attachment", id);
	}

	private void deadline(int year, LocalDate dueOn, CurrentUser bureau) {
		if (deadlines.of(year).isEmpty()) {
			deadlines.set(year, dueOn, null, bureau);
		}
	}
}
