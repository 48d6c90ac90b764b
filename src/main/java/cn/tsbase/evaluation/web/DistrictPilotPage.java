package cn.tsbase.evaluation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import cn.tsbase.evaluation.internal.DistrictPilotView;
import cn.tsbase.evaluation.internal.DistrictPilots;
import cn.tsbase.evaluation.internal.PilotProgressReports;
import cn.tsbase.evaluation.internal.PilotProgressView;
import cn.tsbase.evaluation.web.DistrictPilotController.StageForm;
import cn.tsbase.evaluation.web.PilotProgressController.ReportForm;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * A district's pilot page as every form of it shows it (again with the input as typed when a form was invalid): the
 * stages with dates and documents, the bureau's form for the next stage, the progress reports with their files, the
 * district's form for a new report while it is in the pilot.
 */
@Component
class DistrictPilotPage {

	private final DistrictPilots pilots;
	private final PilotProgressReports reports;

	DistrictPilotPage(DistrictPilots pilots, PilotProgressReports reports) {
		this.pilots = pilots;
		this.reports = reports;
	}

	String show(CurrentUser user, long id, Model model) {
		DistrictPilotView pilot = pilots.find(id, user);
		List<PilotProgressView> list = reports.ofPilot(id, user);
		Map<Long, List<PilotProgressReports.File>> files = new LinkedHashMap<>();
		list.forEach(r -> files.put(r.id(), reports.files(r.id(), user)));
		boolean bureau = user.hasRole(Role.MUNICIPAL_OFFICER);
		boolean district = user.hasRole(Role.DISTRICT_OFFICER);
		model.addAttribute("pilot", pilot);
		model.addAttribute("reports", list);
		model.addAttribute("files", files);
		model.addAttribute("bureau", bureau);
		model.addAttribute("district", district);
		model.addAttribute("nextStages", bureau ? List.copyOf(pilot.stage().next()) : List.of());
		model.addAttribute("filing", district && pilot.takesReports());
		if (!model.containsAttribute("stageForm")) {
			model.addAttribute("stageForm", new StageForm(null, null, null, null, pilot.version()));
		}
		if (!model.containsAttribute("reportForm")) {
			model.addAttribute("reportForm", ReportForm.empty());
		}
		return "evaluation/pilot";
	}
}
