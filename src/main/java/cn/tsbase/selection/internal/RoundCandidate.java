package cn.tsbase.selection.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import cn.tsbase.selection.RoundCandidateView;
import cn.tsbase.selection.SiteVisitRecorded;

/** A candidate in a review round, with the notes of the site visit (现场核查) and, once decided, whether proposed. */
@Entity
@Table(name = "review_round_candidate")
class RoundCandidate extends AbstractAggregateRoot<RoundCandidate> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "round_id", nullable = false, updatable = false)
	private Long roundId;

	@Column(name = "candidate_id", nullable = false, updatable = false)
	private Long candidateId;

	@Column(name = "declaration_id", nullable = false, updatable = false)
	private Long declarationId;

	@Column(name = "site_visit_note")
	private String siteVisitNote;

	@Column(name = "site_visit_by")
	private String siteVisitBy;

	@Column(name = "site_visit_at")
	private Instant siteVisitAt;

	private Boolean proposed;

	@Version
	private long version;

	protected RoundCandidate() {
	}

	RoundCandidate(long roundId, long candidateId, long declarationId) {
		this.roundId = roundId;
		this.candidateId = candidateId;
		this.declarationId = declarationId;
	}

	RoundCandidate recordSiteVisit(String note, String officer, Instant now) {
		this.siteVisitNote = note == null || note.isBlank() ? null : note.strip();
		this.siteVisitBy = officer;
		this.siteVisitAt = now;
		registerEvent(new SiteVisitRecorded(roundId, declarationId));
		return this;
	}

	void decide(boolean proposed) {
		this.proposed = proposed;
	}

	public Long getId() {
		return id;
	}

	public Long getRoundId() {
		return roundId;
	}

	public Long getCandidateId() {
		return candidateId;
	}

	public Long getDeclarationId() {
		return declarationId;
	}

	public String getSiteVisitNote() {
		return siteVisitNote;
	}

	public String getSiteVisitBy() {
		return siteVisitBy;
	}

	public Instant getSiteVisitAt() {
		return siteVisitAt;
	}

	public Boolean getProposed() {
		return proposed;
	}

	public long getVersion() {
		return version;
	}

	/** What pages and the JSON API see of it. */
	RoundCandidateView view() {
		return new RoundCandidateView(id, roundId, candidateId, declarationId, siteVisitNote, siteVisitBy,
				siteVisitAt, proposed, version);
	}
}
