package cn.tsbase.evaluation.internal;

import java.util.List;

/** A district's national pilot as pages and the API show it: its stage and every step with date and document. */
public record DistrictPilotView(long id, long dossierId, String districtCode, int year, PilotStage stage,
		List<PilotSteps.Step> steps, long version) {

	public PilotSteps.Step lastStep() {
		return steps.get(steps.size() - 1);
	}

	public boolean takesReports() {
		return stage.takesReports();
	}
}
