package cn.tsbase.casework.internal;

import java.time.Instant;
import java.util.List;

import cn.tsbase.casework.CaseStatus;

/**
 * A typical case as its author and reviewers see it: both versions, the tags, the review, and the masked values still
 * present in the public version (which must be none before submission).
 */
public record CaseView(long id, CaseAuthor authorKind, Long authorUnitId, String districtCode, Long incidentId,
		int year, SecretCategory secretKind, String industryCode, InfringementForm infringementForm,
		String rightsHolder, String industryWord, String persons, boolean maskCompanies, String title, String facts,
		String handling, String significance, String publicTitle, String publicFacts, String publicHandling,
		String publicSignificance, CaseStatus status, String rejectionReason, String rejectedBy, Instant submittedAt,
		String districtReviewedBy, Instant districtReviewedAt, String publishedBy, Instant publishedAt,
		String createdBy, long version, List<String> survivors, boolean editableByCaller) {

	static CaseView of(TypicalCase c, boolean editableByCaller) {
		return new CaseView(c.getId(), c.getAuthorKind(), c.getAuthorUnitId(), c.getDistrictCode(), c.getIncidentId(),
				c.getYear(), c.getSecretKind(), c.getIndustryCode(), c.getInfringementForm(), c.getRightsHolder(),
				c.getIndustryWord(), c.getPersons(), c.isMaskCompanies(), c.getTitle(), c.getFacts(), c.getHandling(),
				c.getSignificance(), c.getPublicTitle(), c.getPublicFacts(), c.getPublicHandling(),
				c.getPublicSignificance(), c.getStatus(), c.getRejectionReason(), c.getRejectedBy(),
				c.getSubmittedAt(), c.getDistrictReviewedBy(), c.getDistrictReviewedAt(), c.getPublishedBy(),
				c.getPublishedAt(), c.getCreatedBy(), c.getVersion(), c.survivors(), editableByCaller);
	}

	/** A line of the private list: the public title only, so that a list never shows confidential text. */
	public record Row(long id, String publicTitle, String districtCode, int year, SecretCategory secretKind,
			InfringementForm infringementForm, CaseAuthor authorKind, CaseStatus status, Instant updatedAt) {
	}
}
