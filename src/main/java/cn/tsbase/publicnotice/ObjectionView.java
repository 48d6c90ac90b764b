package cn.tsbase.publicnotice;

import java.time.Instant;
import java.util.List;

/**
 * A written, real-name objection as the officers' pages, the objector's status page and the JSON API show it: the one
 * mapping of the {@code Objection} aggregate that leaves the module. It carries the objector's personal data unmasked
 * (what each page or resource shows of it, masked or not, is theirs to choose) but never the secret code's hash.
 * {@code targetPosition} counts from 0; {@code evidence} is in the order filed.
 */
public record ObjectionView(long id, long noticeId, String receiptNo, String objectorName, String objectorIdNumber,
		String objectorUnit, String objectorUnitUscc, String phone, String email, int targetPosition,
		String targetUnitName, String targetDistrict, String grounds, ObjectionStatus status,
		String verificationRequest, String districtFindings, String investigation, ObjectionDecision decision,
		String reply, Instant filedAt, Instant decidedAt, List<Evidence> evidence, long version) {

	/** Whether the objection still awaits its decision. */
	public boolean isOpen() {
		return status != ObjectionStatus.DECIDED;
	}

	/** A file filed as evidence: an attachment owned by the objection, under the name the objector gave it. */
	public record Evidence(long attachmentId, String originalName, long size) {
	}
}
