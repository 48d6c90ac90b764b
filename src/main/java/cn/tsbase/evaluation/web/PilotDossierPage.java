package cn.tsbase.evaluation.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import cn.tsbase.evaluation.internal.PilotCases;
import cn.tsbase.evaluation.internal.PilotCriteria;
import cn.tsbase.evaluation.internal.PilotDossierApplication;
import cn.tsbase.evaluation.internal.PilotDossierCases;
import cn.tsbase.evaluation.internal.PilotDossierView;
import cn.tsbase.evaluation.internal.PilotDossiers;
import cn.tsbase.evaluation.internal.PilotResultKind;
import cn.tsbase.evaluation.web.PilotDossierApplicationController.ResultForm;
import cn.tsbase.evaluation.web.PilotDossierApplicationController.WorkPlanForm;
import cn.tsbase.evaluation.web.PilotDossierController.ReasonForm;
import cn.tsbase.evaluation.web.PilotDossierController.StatementForm;
import cn.tsbase.shared.RichText;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * The pilot dossier's page as every form of it shows it (again with the input as typed when a form was invalid):
 * what the bureau may still do (reason, recommend a submitted dossier), what the district may do while it is a draft.
 */
@Component
class PilotDossierPage {

	private final PilotDossiers dossiers;
	private final PilotDossierCases cases;
	private final PilotDossierApplication application;

	PilotDossierPage(PilotDossiers dossiers, PilotDossierCases cases, PilotDossierApplication application) {
		this.dossiers = dossiers;
		this.cases = cases;
		this.application = application;
	}

	String show(CurrentUser user, long id, Model model) {
		PilotDossierView dossier = dossiers.find(id, user);
		boolean bureau = user.hasRole(Role.MUNICIPAL_OFFICER);
		model.addAttribute("dossier", dossier);
		model.addAttribute("bureauEditing", bureau && !dossier.isRecommended());
		model.addAttribute("bureauRecommending", bureau && dossier.isSubmitted());
		boolean districtEditing = user.hasRole(Role.DISTRICT_OFFICER) && dossier.isDraft();
		model.addAttribute("districtEditing", districtEditing);
		model.addAttribute("candidates", districtEditing ? cases.candidates(id, user) : List.of());
		model.addAttribute("chosenIds", dossier.cases().items().stream().map(PilotCases.Item::caseId).toList());
		model.addAttribute("workPlanFile", application.workPlanFile(id, user));
		model.addAttribute("files", application.attachments(id, user));
		model.addAttribute("resultKinds", PilotResultKind.values());
		model.addAttribute("criteria", PilotCriteria.DEFAULT.indicators());
		if (!model.containsAttribute("reasonForm")) {
			model.addAttribute("reasonForm", new ReasonForm(dossier.reason(), dossier.version()));
		}
		if (!model.containsAttribute("statementForm")) {
			model.addAttribute("statementForm", new StatementForm(dossier.statement(), dossier.version()));
		}
		if (!model.containsAttribute("workPlanForm")) {
			model.addAttribute("workPlanForm",
					new WorkPlanForm(RichText.toEditableText(dossier.workPlan()), dossier.version()));
		}
		if (!model.containsAttribute("resultForm")) {
			model.addAttribute("resultForm", new ResultForm(null, null, null, dossier.version()));
		}
		return "evaluation/pilot-dossier";
	}
}
