package cn.tsbase.guidance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.organization.OrganizationManagement;
import cn.tsbase.organization.UnitSummary;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * Self-assessments (保护能力自评): a registered unit answers the questionnaire in use once a year (again to replace
 * it) and reads its readiness profile and earlier years; it may share a result with its district, and withdraw it.
 * The district officers read the shared results of their district's units (every read audited) and may add the unit
 * to the cultivation pool. Everyone else finds nothing (404).
 */
@Service
public class SelfAssessments {

	private final SelfAssessmentRepository results;
	private final QuestionnaireRepository questionnaires;
	private final OrganizationManagement organization;
	private final CultivationPool pool;
	private final CultivationEntryRepository poolEntries;
	private final AuditLog audit;
	private final Clock clock;

	SelfAssessments(SelfAssessmentRepository results, QuestionnaireRepository questionnaires,
			OrganizationManagement organization, CultivationPool pool, CultivationEntryRepository poolEntries,
			AuditLog audit, Clock clock) {
		this.results = results;
		this.questionnaires = questionnaires;
		this.organization = organization;
		this.pool = pool;
		this.poolEntries = poolEntries;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records the unit's answers to the questionnaire it was shown (refused if another version went in use
	 * meanwhile) as its result of this year, replacing one taken earlier this year. Every question must be answered.
	 */
	@Transactional
	public long submit(long questionnaireId, Map<Long, Long> answers, CurrentUser user) {
		UnitSummary unit = unitOf(user);
		Questionnaire questionnaire = questionnaires.findFirstByStatus(QuestionnaireStatus.IN_USE)
			.filter(q -> q.getId() == questionnaireId)
			.orElseThrow(() -> new StateConflictException("guidance.assessment.questionnaireChanged",
					"Questionnaire " + questionnaireId + " is not in use"));
		AssessmentProfile profile = AssessmentScoring.score(questionnaire.toView(), answers);
		int year = LocalDate.now(clock).getYear();
		SelfAssessment result = results.findByUnitIdAndAssessmentYear(unit.id(), year)
			.orElseGet(() -> new SelfAssessment(unit.id(), unit.name(), unit.uscc(), unit.districtCode(), year));
		result.answer(questionnaire, answers, profile, user.getUsername(), clock.instant());
		results.saveAndFlush(result);
		audit.record("SELF_ASSESSMENT_SUBMITTED", "SelfAssessment", result.getId(), AuditOutcome.SUCCESS,
				year + ": " + profile.score() + "/" + profile.max());
		return result.getId();
	}

	/** The unit's own results with their profiles, newest year first. */
	@Transactional(readOnly = true)
	public List<AssessmentView> mine(CurrentUser user) {
		return results.findByUnitIdOrderByAssessmentYearDesc(unitId(user)).stream().map(this::view).toList();
	}

	/** The results shared with the caller's district (district officers only), newest first; the read is audited. */
	@Transactional
	public Page<AssessmentView> shared(CurrentUser user, Pageable pageable) {
		Page<AssessmentView> page = results.sharedWith(districtOf(user), pageable).map(r -> r.toView(null));
		audit.record("SELF_ASSESSMENTS_LISTED", "SelfAssessment", null, AuditOutcome.SUCCESS,
				page.getNumberOfElements() + " shared results");
		return page;
	}

	/**
	 * One result with its profile: the unit's own, or, for a district officer, one shared with the district now
	 * (audited). Anything else is not found.
	 */
	@Transactional
	public AssessmentView find(long id, CurrentUser user) {
		SelfAssessment result = get(id, user);
		if (isDistrict(user)) {
			audit.record("SELF_ASSESSMENT_READ", "SelfAssessment", id, AuditOutcome.SUCCESS, result.getUnitName());
		}
		return view(result);
	}

	/** The results the caller sees of the same unit (its own; the shared ones for the district), for comparison. */
	@Transactional(readOnly = true)
	public List<AssessmentView> history(long id, CurrentUser user) {
		SelfAssessment result = get(id, user);
		List<SelfAssessment> all = isDistrict(user) ? results.sharedOfUnit(result.getUnitId(), districtOf(user))
				: results.findByUnitIdOrderByAssessmentYearDesc(result.getUnitId());
		return all.stream().map(this::view).toList();
	}

	/** The unit shares its result with its district. */
	@Transactional
	public void share(long id, long version, CurrentUser user) {
		own(id, version, user).share(clock.instant());
		audit.record("SELF_ASSESSMENT_SHARED", "SelfAssessment", id, AuditOutcome.SUCCESS, null);
	}

	/** The unit withdraws the sharing; the district reads it no more. */
	@Transactional
	public void unshare(long id, long version, CurrentUser user) {
		own(id, version, user).unshare();
		audit.record("SELF_ASSESSMENT_UNSHARED", "SelfAssessment", id, AuditOutcome.SUCCESS, null);
	}

	/** Whether the unit of a result the district sees is in the district's cultivation pool. */
	@Transactional(readOnly = true)
	public boolean inPool(AssessmentView result, CurrentUser user) {
		return isDistrict(user) && poolEntries.existsByDistrictCodeAndUscc(user.getDistrictCode(), result.uscc());
	}

	/** The district adds the unit of a shared result to its cultivation pool (the pool's own rules apply). */
	@Transactional
	public long addToPool(long id, String reason, CurrentUser user) {
		SelfAssessment result = results.sharedWith(id, districtOf(user))
			.orElseThrow(() -> new NotFoundException("Self-assessment " + id));
		return pool.add(result.getUscc(), result.getUnitName(), reason, null, null, user);
	}

	private AssessmentView view(SelfAssessment result) {
		return result.toView(AssessmentScoring.score(result.getQuestionnaire().toView(), result.getAnswers()));
	}

	private SelfAssessment get(long id, CurrentUser user) {
		if (isDistrict(user)) {
			return results.sharedWith(id, districtOf(user))
				.orElseThrow(() -> new NotFoundException("Self-assessment " + id));
		}
		return results.ofUnit(id, unitId(user)).orElseThrow(() -> new NotFoundException("Self-assessment " + id));
	}

	private SelfAssessment own(long id, long version, CurrentUser user) {
		SelfAssessment result = results.ofUnit(id, unitId(user))
			.orElseThrow(() -> new NotFoundException("Self-assessment " + id));
		if (result.toView(null).version() != version) {
			throw new ObjectOptimisticLockingFailureException(SelfAssessment.class, id);
		}
		return result;
	}

	private UnitSummary unitOf(CurrentUser user) {
		return organization.find(unitId(user), user.scope())
			.orElseThrow(() -> new NotFoundException("No unit of " + user.getUsername()));
	}

	private static long unitId(CurrentUser user) {
		boolean unit = user.hasRole(Role.APPLICANT) || user.hasRole(Role.LIAISON);
		if (!unit || user.getUnitId() == null) {
			throw new NotFoundException("No unit of " + user.getUsername());
		}
		return user.getUnitId();
	}

	private static boolean isDistrict(CurrentUser user) {
		return user.hasRole(Role.DISTRICT_OFFICER) && user.getDistrictCode() != null;
	}

	private static String districtOf(CurrentUser user) {
		if (!isDistrict(user)) {
			throw new NotFoundException("No district of " + user.getUsername());
		}
		return user.getDistrictCode();
	}
}
