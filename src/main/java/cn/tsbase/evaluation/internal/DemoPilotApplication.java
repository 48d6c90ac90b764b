package cn.tsbase.evaluation.internal;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import cn.tsbase.shared.RichText;
import cn.tsbase.shared.document.PdfRenderer;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * Demo: 西城区's 2025 pilot dossier (still a draft) gets the district's work plan and one institutional result with its
 * document, so the application's sections show content. Made-up content; runs while the dossier has no work plan.
 */
@Component
@Profile("demo & !prod & !bench")
@Order(10)
class DemoPilotApplication implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPilotApplication.class);

	private final PilotDossiers dossiers;
	private final PilotDossierApplication application;
	private final PdfRenderer pdf;

	DemoPilotApplication(PilotDossiers dossiers, PilotDossierApplication application, PdfRenderer pdf) {
		this.dossiers = dossiers;
		this.application = application;
		this.pdf = pdf;
	}

	@Override
	public void run(ApplicationArguments args) {
		CurrentUser xicheng = new CurrentUser(0L, "demo-officer", null, "demo-officer",
				EnumSet.of(Role.DISTRICT_OFFICER), "110102", null, true, true, false);
		dossiers.list(2025, xicheng, PageRequest.of(0, 1)).forEach(d -> {
			if (!d.isDraft() || d.workPlan() != null) {
				return;
			}
			application.writeWorkPlan(d.id(), d.version(), RichText.sanitize("""
					一、总体目标：三年内建成覆盖重点产业的商业秘密保护指导服务体系。

					二、主要任务：建立指导员队伍和联络站；完善泄密事件应急处置与行政保护衔接机制；开展企业培训。

					三、保障措施：区政府统筹，区市场监管局牵头，区知识产权局协同。"""), xicheng);
			byte[] file = pdf.render("<html><head><style>body { font-family: cjk; }</style></head><body>"
					+ "<p>西城区商业秘密保护指导员工作规则（演示）</p></body></html>");
			application.addResult(d.id(), dossiers.find(d.id(), xicheng).version(), "西城区商业秘密保护指导员工作规则",
					PilotResultKind.NORMATIVE_DOCUMENT, LocalDate.of(2025, 6, 18), "指导员工作规则.pdf",
					new ByteArrayInputStream(file), xicheng);
			log.info("Demo pilot application: dossier {} has a work plan and an institutional result", d.id());
		});
	}
}
