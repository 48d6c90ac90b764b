package cn.tsbase.casework.internal;

import java.io.InputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.attachment.Attachments;
import cn.tsbase.attachment.StoredAttachment;
import cn.tsbase.casework.CaseStatus;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.web.PublicPageCache;

/**
 * The typical case library (典型案例库): units (bases), guidance officers and districts write cases with a private full version and a
 * desensitised public version that the {@link Desensitiser} proposes; the district, then the municipal bureau, review
 * the public version for confidentiality (保密审查) and publish it or reject it with a reason. The unit sees its own
 * cases, the district its district's submitted ones and its own drafts, the bureau those the district approved. The
 * published cases are read by the {@link PublicCaseLibrary}.
 */
@Service
public class TypicalCases {

	static final String AUDIT_TYPE = "TypicalCase";
	static final String ATTACHMENT_OWNER = "typical-case";

	private final TypicalCaseRepository cases;
	private final LeakIncidents incidents;
	private final CaseAuthorship authorship;
	private final Attachments attachments;
	private final PublicPageCache publicPages;
	private final AuditLog audit;
	private final Clock clock;
	private final Desensitiser desensitiser = new Desensitiser();

	TypicalCases(TypicalCaseRepository cases, LeakIncidents incidents, CaseAuthorship authorship,
			Attachments attachments, PublicPageCache publicPages, AuditLog audit, Clock clock) {
		this.cases = cases;
		this.incidents = incidents;
		this.authorship = authorship;
		this.attachments = attachments;
		this.publicPages = publicPages;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What the author writes. A blank public section is proposed by the desensitiser from the full one; a public
	 * section the author wrote is kept as written.
	 */
	public record CaseDraft(int year, SecretCategory secretKind, String industryCode,
			InfringementForm infringementForm, String rightsHolder, String industryWord, String persons,
			boolean maskCompanies, String title, String facts, String handling, String significance,
			String publicTitle, String publicFacts, String publicHandling, String publicSignificance) {

		Desensitiser.Rules rules() {
			return new Desensitiser.Rules(split(rightsHolder), effectiveIndustryWord(), split(persons), maskCompanies);
		}

		String effectiveIndustryWord() {
			return industryWord == null || industryWord.isBlank()
					? Desensitiser.industryWordOf(split(rightsHolder).stream().findFirst().orElse(null))
					: industryWord.strip();
		}

		private static List<String> split(String values) {
			return values == null ? List.of()
					: Arrays.stream(values.split("[,，、;；\\n]")).map(String::strip).filter(v -> !v.isEmpty()).toList();
		}
	}

	/** Starts a case of the caller (a unit's people, or a district officer for the district); returns its id. */
	@Transactional
	public long create(CaseDraft draft, CurrentUser user) {
		TypicalCase typicalCase = authorship.newCase(user, null, clock.instant());
		write(typicalCase, draft);
		cases.save(typicalCase);
		audit.record("CASE_CREATED", AUDIT_TYPE, typicalCase.getId(), AuditOutcome.SUCCESS, null);
		return typicalCase.getId();
	}

	/** Rewrites a draft or rejected case of the caller. */
	@Transactional
	public void update(long id, long version, CaseDraft draft, CurrentUser user) {
		TypicalCase typicalCase = loadForAuthor(id, user);
		checkVersion(typicalCase, version);
		write(typicalCase, draft);
		audit.record("CASE_CHANGED", AUDIT_TYPE, id, AuditOutcome.SUCCESS, null);
	}

	/** Replaces the public version by a fresh proposal of the desensitiser (the author's edits of it are lost). */
	@Transactional
	public void desensitiseAgain(long id, long version, CurrentUser user) {
		TypicalCase c = loadForAuthor(id, user);
		checkVersion(c, version);
		write(c, new CaseDraft(c.getYear(), c.getSecretKind(), c.getIndustryCode(), c.getInfringementForm(),
				c.getRightsHolder(), c.getIndustryWord(), c.getPersons(), c.isMaskCompanies(), c.getTitle(),
				c.getFacts(), c.getHandling(), c.getSignificance(), null, null, null, null));
		audit.record("CASE_DESENSITISED", AUDIT_TYPE, id, AuditOutcome.SUCCESS, null);
	}

	/**
	 * Proposes a closed incident as a typical case: a draft of the caller (the unit or its district) prefilled from the
	 * incident and desensitised with the unit as rights holder. Once per incident.
	 */
	@Transactional
	public long proposeFromIncident(long incidentId, CurrentUser user) {
		LeakIncident incident = incidents.load(incidentId, user);
		TypicalCase typicalCase = authorship.newCase(user, incident.getId(), clock.instant());
		String industry = authorship.industryOf(incident.getUnitId());
		String handling = join(incident.getResponseMeasures(), incident.getOutcome());
		write(typicalCase, new CaseDraft(incident.getReportedAt().atZone(CaseworkTime.ZONE)
			.getYear(), incident.getSecretCategory(), industry, formOf(incident.getChannel()), incident.getUnitName(),
				null, null, true, incident.getUnitName() + "商业秘密泄露事件", incident.getDescription(), handling,
				"", null, null, null, null));
		cases.save(typicalCase);
		incident.proposedAs(typicalCase.getId());
		audit.record("CASE_PROPOSED_FROM_INCIDENT", AUDIT_TYPE, typicalCase.getId(), AuditOutcome.SUCCESS,
				"incident " + incidentId);
		return typicalCase.getId();
	}

	/** Submits the case to its district's confidentiality review. */
	@Transactional
	public void submit(long id, long version, CurrentUser user) {
		TypicalCase c = loadForAuthor(id, user);
		checkVersion(c, version);
		if (c.getSignificance().isBlank() || c.getPublicSignificance().isBlank()) {
			throw new StateConflictException("casework.case.incomplete", "Case " + id + " lacks its significance");
		}
		c.submit(clock.instant());
		cases.saveAndFlush(c);
	}

	/**
	 * Approves the case at the caller's stage: a district officer of its district when submitted, the municipal
	 * bureau when the district approved (which publishes it).
	 */
	@Transactional
	public void approve(long id, long version, CurrentUser user) {
		TypicalCase c = load(id, user);
		checkVersion(c, version);
		DataScope scope = CaseworkScope.of(user);
		if (scope.kind() == DataScope.Kind.DISTRICT) {
			c.approveByDistrict(user.getUsername(), clock.instant());
			cases.saveAndFlush(c);
		}
		else if (scope.isAll()) {
			c.publish(user.getUsername(), clock.instant());
			cases.saveAndFlush(c);
			publicPages.evictAllAfterCommit();
		}
		else {
			throw new NotFoundException("Case " + id);
		}
	}

	/** Rejects the case at the caller's stage with a reason; the author edits and submits it again. */
	@Transactional
	public void reject(long id, long version, String reason, CurrentUser user) {
		TypicalCase c = load(id, user);
		checkVersion(c, version);
		DataScope scope = CaseworkScope.of(user);
		CaseStatus stage = switch (scope.kind()) {
			case DISTRICT -> CaseStatus.SUBMITTED;
			case ALL -> CaseStatus.DISTRICT_APPROVED;
			default -> throw new NotFoundException("Case " + id);
		};
		c.reject(stage, reason, user.getUsername(), clock.instant());
		cases.saveAndFlush(c);
	}

	/** The cases the caller may see (public titles only), newest change first, paged in the database. */
	@Transactional(readOnly = true)
	public Page<CaseView.Row> list(CurrentUser user, CaseStatus status, Pageable pageable) {
		Specification<TypicalCase> spec = authorship.inScope(user);
		if (status != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("status"), status));
		}
		return cases.findAll(spec, pageable)
			.map(c -> new CaseView.Row(c.getId(), c.getPublicTitle(), c.getDistrictCode(), c.getYear(),
					c.getSecretKind(), c.getInfringementForm(), c.getAuthorKind(), c.getStatus(), c.getUpdatedAt()));
	}

	/** The case with its full version, if the caller may see it (audited); else 404. */
	@Transactional // writes the audit entry of the read
	public CaseView find(long id, CurrentUser user) {
		TypicalCase c = load(id, user);
		audit.record("CASE_READ", AUDIT_TYPE, id, AuditOutcome.SUCCESS, null);
		return CaseView.of(c, authorship.isAuthor(c, user) && c.getStatus().isEditable());
	}

	/** The case's attachments, if the caller may see the case. */
	@Transactional(readOnly = true)
	public List<StoredAttachment> attachments(long id, CurrentUser user) {
		load(id, user);
		return attachments.list(ATTACHMENT_OWNER, id);
	}

	/** The attachment, if it belongs to a case the caller may see. */
	@Transactional(readOnly = true)
	public StoredAttachment attachment(long id, long attachmentId, CurrentUser user) {
		load(id, user);
		return attachments.find(attachmentId)
			.filter(a -> ATTACHMENT_OWNER.equals(a.ownerType()) && a.ownerId() == id)
			.orElseThrow(() -> new NotFoundException("Attachment " + attachmentId));
	}

	/** Stores an attachment of the case (the author, while it can be edited). */
	@Transactional
	public StoredAttachment attach(long id, String originalName, InputStream content, CurrentUser user) {
		TypicalCase c = loadForAuthor(id, user);
		if (!c.getStatus().isEditable()) {
			throw new StateConflictException("casework.case.notEditable", "Case " + id + " is " + c.getStatus());
		}
		StoredAttachment stored = attachments.store(ATTACHMENT_OWNER, id, "evidence", originalName, content,
				user.getUsername());
		audit.record("CASE_ATTACHMENT_ADDED", AUDIT_TYPE, id, AuditOutcome.SUCCESS, null);
		return stored;
	}

	private void write(TypicalCase c, CaseDraft draft) {
		Desensitiser.Proposal proposal = desensitiser.propose(
				List.of(draft.title(), draft.facts(), draft.handling(), draft.significance()), draft.rules());
		List<String> proposed = proposal.sections();
		TypicalCase.Text publicText = new TypicalCase.Text(orElse(draft.publicTitle(), proposed.get(0)),
				orElse(draft.publicFacts(), proposed.get(1)), orElse(draft.publicHandling(), proposed.get(2)),
				orElse(draft.publicSignificance(), proposed.get(3)));
		c.write(new TypicalCase.Tags(draft.year(), draft.secretKind(), draft.industryCode(), draft.infringementForm(),
				blankToNull(draft.rightsHolder()), draft.effectiveIndustryWord(), blankToNull(draft.persons()),
				draft.maskCompanies()),
				new TypicalCase.Text(draft.title(), draft.facts(), draft.handling(), nullToEmpty(draft.significance())),
				publicText, proposal.masked(), clock.instant());
	}

	private TypicalCase load(long id, CurrentUser user) {
		Specification<TypicalCase> spec = authorship.inScope(user)
			.and((root, q, cb) -> cb.equal(root.get("id"), id));
		Optional<TypicalCase> found = cases.findOne(spec);
		if (found.isEmpty()) {
			audit.record("CASE_READ", AUDIT_TYPE, id, AuditOutcome.FAILURE, "not in scope or unknown");
			throw new NotFoundException("Case " + id);
		}
		return found.get();
	}

	private TypicalCase loadForAuthor(long id, CurrentUser user) {
		TypicalCase c = load(id, user);
		if (!authorship.isAuthor(c, user)) {
			throw new NotFoundException("Case " + id);
		}
		return c;
	}

	static InfringementForm formOf(LeakChannel channel) {
		return switch (channel) {
			case DEPARTING_STAFF -> InfringementForm.DEPARTING_STAFF;
			case INSIDER -> InfringementForm.INSIDER_COLLUSION;
			case NETWORK_INTRUSION -> InfringementForm.ELECTRONIC_INTRUSION;
			case THIRD_PARTY -> InfringementForm.THIRD_PARTY;
			case LOST_MEDIA, OTHER -> InfringementForm.OTHER;
		};
	}

	private static String join(String first, String second) {
		return String.join("\n", java.util.stream.Stream.of(first, second)
			.filter(s -> s != null && !s.isBlank())
			.toList());
	}

	private static String orElse(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value.strip();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	private static void checkVersion(TypicalCase c, long expected) {
		if (c.getVersion() != expected) {
			throw new ObjectOptimisticLockingFailureException(TypicalCase.class, c.getId());
		}
	}
}
