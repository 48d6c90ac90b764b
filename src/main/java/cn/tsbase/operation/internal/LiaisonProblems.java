package cn.tsbase.operation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.operation.ForwardedProblems;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * The problems raised in liaison reports, tracked to closure: the district replies and handles a problem itself or
 * forwards it to the municipal bureau; the district (or, for a forwarded one, the municipal bureau) closes it with an
 * answer. The open ones of a scope are one page, oldest first. Audit entries never carry the texts. The problem
 * registers its events; the forwarding is recorded by audit from its event, the closing (whose entry says whether it
 * answered an escalation, which the event does not) by a call here.
 */
@Service
public class LiaisonProblems implements ForwardedProblems {

	static final Set<LiaisonProblem.Status> OPEN = EnumSet.of(LiaisonProblem.Status.OPEN,
			LiaisonProblem.Status.IN_HAND, LiaisonProblem.Status.FORWARDED);

	static final Set<LiaisonProblem.Status> RAISED = EnumSet.complementOf(EnumSet.of(LiaisonProblem.Status.DRAFT));

	private final LiaisonProblemRepository problems;
	private final AuditLog audit;
	private final Clock clock;

	LiaisonProblems(LiaisonProblemRepository problems, AuditLog audit, Clock clock) {
		this.problems = problems;
		this.audit = audit;
		this.clock = clock;
	}

	/** The problems in the caller's scope: the open ones (oldest first) or all raised ones, paged in the database. */
	@Transactional(readOnly = true)
	public Page<LiaisonView.Problem> list(CurrentUser user, boolean openOnly, Pageable pageable) {
		return problems.searchInScope(user.scope(), openOnly ? OPEN : RAISED, pageable).map(LiaisonProblems::view);
	}

	/** The district replies and takes the problem in hand. */
	@Transactional
	public void reply(long id, long expectedVersion, String text, CurrentUser officer) {
		LiaisonProblem problem = districtOwned(id, expectedVersion, officer);
		problem.reply(text, officer.getUsername(), clock.instant());
		audit.record("LIAISON_PROBLEM_REPLIED", "LiaisonProblem", id, AuditOutcome.SUCCESS, null);
	}

	/** The district forwards the problem to the municipal bureau. */
	@Transactional
	public void forward(long id, long expectedVersion, String note, CurrentUser officer) {
		LiaisonProblem problem = districtOwned(id, expectedVersion, officer);
		problem.forward(note, officer.getUsername(), clock.instant());
		problems.saveAndFlush(problem);
	}

	/**
	 * Closes the problem with an answer: the district officer of its district, or a municipal officer when the
	 * district forwarded it.
	 */
	@Transactional
	public void close(long id, long expectedVersion, String answer, CurrentUser user) {
		LiaisonProblem problem;
		if (user.hasRole(Role.MUNICIPAL_OFFICER)) {
			problem = problems.findById(id).filter(p -> !p.isDraft())
				.orElseThrow(() -> new NotFoundException("Problem " + id));
			if (problem.getStatus() != LiaisonProblem.Status.FORWARDED) {
				throw new StateConflictException("operation.problem.notForwarded", "Problem " + id + " not forwarded");
			}
			checkVersion(problem, expectedVersion);
		}
		else {
			problem = districtOwned(id, expectedVersion, user);
		}
		problem.close(answer, user.getUsername(), LocalDate.now(clock.withZone(BaseProfiles.BEIJING)),
				clock.instant());
		audit.record("LIAISON_PROBLEM_CLOSED", "LiaisonProblem", id, AuditOutcome.SUCCESS, null);
		problems.saveAndFlush(problem);
	}

	@Override
	@Transactional
	public boolean closeWithAnswer(long problemId, String answer, String answeredBy) {
		LiaisonProblem problem = problems.findById(problemId).orElse(null);
		if (problem == null || problem.getStatus() != LiaisonProblem.Status.FORWARDED) {
			return false;
		}
		problem.close(answer, answeredBy, LocalDate.now(clock.withZone(BaseProfiles.BEIJING)), clock.instant());
		audit.record("LIAISON_PROBLEM_CLOSED", "LiaisonProblem", problemId, AuditOutcome.SUCCESS, "escalation answered");
		problems.saveAndFlush(problem);
		return true;
	}

	private LiaisonProblem districtOwned(long id, long expectedVersion, CurrentUser officer) {
		if (!officer.hasRole(Role.DISTRICT_OFFICER) || officer.getDistrictCode() == null) {
			throw new NotFoundException("Problem " + id);
		}
		LiaisonProblem problem = problems.findByIdAndDistrictCode(id, officer.getDistrictCode())
			.filter(p -> !p.isDraft())
			.orElseThrow(() -> new NotFoundException("Problem " + id));
		checkVersion(problem, expectedVersion);
		return problem;
	}

	private static void checkVersion(LiaisonProblem problem, long expectedVersion) {
		if (problem.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(LiaisonProblem.class, problem.getId());
		}
	}

	static LiaisonView.Problem view(LiaisonProblem p) {
		return new LiaisonView.Problem(p.getId(), p.getBaseId(), p.getUnitName(), p.getDistrictCode(),
				p.getPeriodStart(), p.getDescription(), p.getStatus().name(), p.getRaisedOn(), p.getReply(),
				p.getAnswer(), p.getClosedOn(), p.getVersion());
	}
}
