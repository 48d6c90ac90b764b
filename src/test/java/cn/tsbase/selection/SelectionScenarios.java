package cn.tsbase.selection;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.boot.test.context.TestComponent;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.DeclarationScenarios.Content;
import cn.tsbase.selection.internal.ExpertService;
import cn.tsbase.selection.internal.RoundDecision;
import cn.tsbase.selection.internal.RoundReading;
import cn.tsbase.selection.internal.SelectionService;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * The selection's test fixture for other modules' tests: candidates carried through the district stage and the
 * pre-review, experts of the pool, rounds assigned, released, scored and decided — made by {@link SelectionFixtures}
 * and handed out as {@link TestCandidate}, {@link TestExpert} and {@link TestRound}, never as the module's entities
 * (issue 10, point 4).
 */
@TestComponent
public class SelectionScenarios {

	/** The columns of the expert pool's import workbook, in order. */
	public static final List<String> IMPORT_HEADERS = ExpertService.IMPORT_HEADERS;

	private final SelectionFixtures fixtures;
	private final SelectionService selection;
	private final ExpertService experts;
	private final RoundReading rounds;
	private final RoundDecision decision;

	SelectionScenarios(SelectionFixtures fixtures, SelectionService selection, ExpertService experts,
			RoundReading rounds, RoundDecision decision) {
		this.fixtures = fixtures;
		this.selection = selection;
		this.experts = experts;
		this.rounds = rounds;
		this.decision = decision;
	}

	/** An expert as logged in: their account and the EXPERT role. */
	public static CurrentUser expertUser(TestExpert expert) {
		return new CurrentUser(expert.getAccountId(), expert.getUsername(), null, expert.getName(),
				EnumSet.of(Role.EXPERT), null, null, true, true, false);
	}

	/** Candidates of the district's units (one declaration of the type each), the written pre-review passed. */
	public List<TestCandidate> passedCandidates(String district, int year, BaseType type, String... unitNames) {
		return candidates(fixtures.passedCandidates(district, year, type, unitNames));
	}

	/** Candidates of the district's units, their declarations changed as the test needs, left for the pre-review. */
	public List<TestCandidate> collectedCandidates(String district, int year, BaseType type, List<String> unitNames,
			List<UnaryOperator<Content>> changes) {
		return candidates(fixtures.collectedCandidates(district, year, type, unitNames, changes));
	}

	/** A candidate whose point declaration carries a file of evidence (standards section), left for the pre-review. */
	public TestCandidate collectedCandidateWithEvidence(String district, int year, String unitName, String fileName,
			byte[] file) {
		return TestCandidate.of(fixtures.collectedCandidateWithEvidence(district, year, unitName, fileName, file));
	}

	/** The candidate the selection collected for the declaration, once the finalised list arrived. */
	public TestCandidate awaitCandidate(long declarationId) {
		return TestCandidate.of(fixtures.awaitCandidate(declarationId));
	}

	/** Records a passed written pre-review of the candidate. */
	public TestCandidate passPreReview(TestCandidate candidate) {
		return TestCandidate.of(fixtures.passPreReview(selection.candidate(candidate.getId())));
	}

	/** An available expert of the pool with the fields, at an affiliation of its own. */
	public TestExpert expert(String name, String... fields) {
		return TestExpert.of(fixtures.expert(name, fields));
	}

	/** An available expert at the affiliation (credit code and e-mail address may be null). */
	public TestExpert expertAt(String name, String affiliation, String affiliationUscc, String email,
			String... fields) {
		return TestExpert.of(fixtures.expertAt(name, affiliation, affiliationUscc, email, fields));
	}

	/** An expert who can log in with {@link cn.tsbase.account.AccountFixtures#PASSWORD}. */
	public TestExpert expertWhoLogsIn(String name) {
		return TestExpert.of(fixtures.expertWhoLogsIn(name));
	}

	/** Opens a round of the candidates with the experts: k experts per declaration, at most L each. */
	public TestRound round(int year, List<TestCandidate> candidates, List<TestExpert> invited, int perDeclaration,
			int maximumLoad) {
		ReviewRoundView round = fixtures.round(year,
				candidates.stream().map(c -> selection.candidate(c.getId())).toList(),
				invited.stream().map(e -> experts.get(e.getId())).toList(), perDeclaration, maximumLoad);
		return new TestRound(round.id());
	}

	/** Assigns automatically and releases; fails when either is refused. */
	public void assignAndRelease(TestRound round) {
		fixtures.assignAndRelease(rounds.round(round.id()));
	}

	/** The expert declares no conflict and submits the same score for every criterion, every veto item passed. */
	public void score(TestRound round, TestExpert expert, long declarationId, BigDecimal value) {
		fixtures.score(rounds.round(round.id()), experts.get(expert.getId()), declarationId, value);
	}

	/** The municipal officer decides the proposed list of the round: the declarations picked. */
	public void decide(TestRound round, Set<Long> declarationIds) {
		ReviewRoundView current = rounds.round(round.id());
		var problems = decision.decide(round.id(), current.version(), declarationIds, SelectionFixtures.MUNICIPAL);
		if (!problems.isEmpty()) {
			throw new IllegalStateException(problems.toString());
		}
	}

	private static List<TestCandidate> candidates(List<CandidateView> candidates) {
		return candidates.stream().map(TestCandidate::of).toList();
	}
}
