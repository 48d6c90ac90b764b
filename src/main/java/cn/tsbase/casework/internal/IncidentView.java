package cn.tsbase.casework.internal;

import java.time.Instant;
import java.time.LocalDate;

import cn.tsbase.casework.IncidentStatus;

/** A leak incident as its readers see it (the unit, its district, the municipal bureau). */
public record IncidentView(long id, long unitId, String unitName, String districtCode, Long baseId,
		LocalDate discoveredOn, Instant reportedAt, String reportedBy, IncidentOrigin origin, IncidentIntent intent,
		SecretCategory secretCategory, LeakChannel channel, String description, String estimatedLoss,
		boolean evidenceSecured, boolean accessRevoked, boolean lettersSent, boolean policeReported,
		String actionsTaken, boolean helpWanted, Remedy remedy, IncidentStatus status, Instant firstContactAt,
		Long responseMinutes, String responseMeasures, Referral referral, String respondedBy, String outcome,
		Instant closedAt, String closedBy, Long caseId, long version) {

	static IncidentView of(LeakIncident i) {
		return new IncidentView(i.getId(), i.getUnitId(), i.getUnitName(), i.getDistrictCode(), i.getBaseId(),
				i.getDiscoveredOn(), i.getReportedAt(), i.getReportedBy(), i.getOrigin(), i.getIntent(),
				i.getSecretCategory(), i.getChannel(), i.getDescription(), i.getEstimatedLoss(),
				i.isEvidenceSecured(), i.isAccessRevoked(), i.isLettersSent(), i.isPoliceReported(),
				i.getActionsTaken(), i.isHelpWanted(), i.getRemedy(), i.getStatus(), i.getFirstContactAt(),
				i.getResponseMinutes(), i.getResponseMeasures(), i.getReferral(), i.getRespondedBy(), i.getOutcome(),
				i.getClosedAt(), i.getClosedBy(), i.getCaseId(), i.getVersion());
	}

	/** A list row: no encrypted content. */
	public record Row(long id, String unitName, String districtCode, LocalDate discoveredOn, Instant reportedAt,
			SecretCategory secretCategory, LeakChannel channel, boolean helpWanted, IncidentStatus status,
			Instant firstContactAt, Long responseMinutes) {

		static Row of(LeakIncident i) {
			return new Row(i.getId(), i.getUnitName(), i.getDistrictCode(), i.getDiscoveredOn(), i.getReportedAt(),
					i.getSecretCategory(), i.getChannel(), i.isHelpWanted(), i.getStatus(), i.getFirstContactAt(),
					i.getResponseMinutes());
		}
	}

	/** The response times of one district: incidents, those answered, and the median minutes to first contact. */
	public record DistrictResponse(String districtCode, int incidents, int answered, Long medianMinutes) {
	}
}
