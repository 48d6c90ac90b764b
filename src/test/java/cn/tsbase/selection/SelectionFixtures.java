package cn.tsbase.selection;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.TestComponent;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.declaration.DeclarationScenarios;
import cn.tsbase.declaration.DeclarationScenarios.Content;
import cn.tsbase.declaration.DeclarationScenarios.OpenCall;
import cn.tsbase.declaration.DeclarationScenarios.Submitted;
import cn.tsbase.districtreview.DistrictReviewScenarios;
import cn.tsbase.selection.internal.ConflictDeclarations;
import cn.tsbase.selection.internal.ExpertDetails;
import cn.tsbase.selection.internal.ExpertScoring;
import cn.tsbase.selection.internal.ExpertService;
import cn.tsbase.selection.internal.PreReviews;
import cn.tsbase.selection.internal.RoundAssignment;
import cn.tsbase.selection.internal.RoundOpening;
import cn.tsbase.selection.internal.RoundRelease;
import cn.tsbase.selection.internal.RubricService;
import cn.tsbase.selection.internal.SelectionService;
import cn.tsbase.shared.indicators.IndicatorModel.Indicator;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/** Declarations carried through the district stage for tests of the municipal selection. */
@TestComponent
public class SelectionFixtures {

	private final DeclarationScenarios declarations;
	private final DistrictReviewScenarios reviews;
	private final UnitFixtures units;
	private final SelectionService selection;
	private final PreReviews preReviews;
	private final ExpertService experts;
	private final RoundOpening opening;
	private final RoundAssignment assignment;
	private final RoundRelease releases;
	private final ConflictDeclarations conflictDeclarations;
	private final ExpertScoring scoring;
	private final RubricService rubrics;
	private final JdbcTemplate jdbc;
	private final cn.tsbase.account.AccountFixtures accountFixtures;

	SelectionFixtures(DeclarationScenarios declarations, DistrictReviewScenarios reviews, UnitFixtures units,
			SelectionService selection, PreReviews preReviews, ExpertService experts, RoundOpening opening, RoundAssignment assignment,
			RoundRelease releases, ConflictDeclarations conflictDeclarations, ExpertScoring scoring,
			RubricService rubrics, JdbcTemplate jdbc, cn.tsbase.account.AccountFixtures accountFixtures) {
		this.accountFixtures = accountFixtures;
		this.declarations = declarations;
		this.reviews = reviews;
		this.units = units;
		this.selection = selection;
		this.preReviews = preReviews;
		this.experts = experts;
		this.opening = opening;
		this.assignment = assignment;
		this.releases = releases;
		this.conflictDeclarations = conflictDeclarations;
		this.scoring = scoring;
		this.rubrics = rubrics;
		this.jdbc = jdbc;
	}

	public static final String MUNICIPAL = "city-officer";

	/** The municipal bureau's officer. */
	public static CurrentUser municipalOfficer() {
		return new CurrentUser(0L, MUNICIPAL, null, "市局", EnumSet.of(Role.MUNICIPAL_OFFICER), null, null, true, true,
				false);
	}

	/** An expert as logged in: their account and the EXPERT role. */
	public static CurrentUser expertUser(ExpertView expert) {
		return new CurrentUser(expert.accountId(), expert.username(), null, expert.name(),
				EnumSet.of(Role.EXPERT), null, null, true, true, false);
	}

	public static CurrentUser officer(Role role, String district) {
		return new CurrentUser(0L, role.name().toLowerCase() + "-" + district, null, "officer", EnumSet.of(role),
				district, null, true, true, false);
	}

	public static CurrentUser unitUser(UnitFixtures.RegisteredUnit registered) {
		return new CurrentUser(0L, registered.username(), null, "unit", EnumSet.of(Role.APPLICANT),
				registered.unit().getDistrictCode(), registered.unit().getId(), true, true, false);
	}

	/** An open call of the district (a null district: the municipal bureau's call for every district). */
	public OpenCall call(String district, int year) {
		return declarations.call(district, year);
	}

	/** A complete declaration of the unit, submitted. */
	public Submitted submitted(OpenCall call, UnitFixtures.RegisteredUnit unit, BaseType type) {
		return submitted(call, unit, type, UnaryOperator.identity());
	}

	/** A complete declaration of the unit, changed as the test needs (e.g. its member units), submitted. */
	public Submitted submitted(OpenCall call, UnitFixtures.RegisteredUnit unit, BaseType type,
			UnaryOperator<Content> change) {
		return declarations.submit(call.id(), unit, type, change);
	}

	/** Scores and recommends the declaration, then finalises the district's list for its call. */
	public void recommendAndFinalise(OpenCall call, String district, Submitted... submitted) {
		reviews.recommendAndFinalise(call.id(), district,
				java.util.Arrays.stream(submitted).mapToLong(Submitted::id).toArray());
	}

	// ---------------------------------------------------------------- the expert review

	/** The candidate the selection collected for the declaration, once the finalised list arrived. */
	public CandidateView awaitCandidate(long declarationId) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from selection_candidate where declaration_id = ?",
					Long.class, declarationId) == 1);
		long id = jdbc.queryForObject("select id from selection_candidate where declaration_id = ?", Long.class,
				declarationId);
		return selection.candidate(id);
	}

	/** Records a passed written pre-review. */
	public CandidateView passPreReview(CandidateView candidate) {
		List<PreReviews.ItemAnswer> answers = new ArrayList<>();
		for (PreReviewItemView item : preReviews.checklist()) {
			answers.add(new PreReviews.ItemAnswer(item.id(), true, null));
		}
		List<String> problems = preReviews.preReview(candidate.id(), selection.candidate(candidate.id())
			.version(), answers, "");
		if (!problems.isEmpty()) {
			throw new IllegalStateException(problems.toString());
		}
		return selection.candidate(candidate.id());
	}

	/**
	 * Units of the district, each with a declaration of the type carried through the district stage and the written
	 * pre-review of the year: candidates ready for a review round.
	 */
	public List<CandidateView> passedCandidates(String district, int year, BaseType type, String... unitNames) {
		List<UnaryOperator<Content>> changes = new ArrayList<>();
		for (int i = 0; i < unitNames.length; i++) {
			changes.add(UnaryOperator.identity());
		}
		return passedCandidates(district, year, type, List.of(unitNames), changes);
	}

	public List<CandidateView> passedCandidates(String district, int year, BaseType type, List<String> unitNames,
			List<UnaryOperator<Content>> changes) {
		return collectedCandidates(district, year, type, unitNames, changes).stream()
			.map(this::passPreReview)
			.toList();
	}

	/** Like {@link #passedCandidates}, but left for the written pre-review. */
	public List<CandidateView> collectedCandidates(String district, int year, BaseType type, List<String> unitNames,
			List<UnaryOperator<Content>> changes) {
		OpenCall call = call(district, year);
		List<Submitted> submitted = new ArrayList<>();
		for (int i = 0; i < unitNames.size(); i++) {
			submitted.add(submitted(call, units.register(unitNames.get(i), district), type, changes.get(i)));
		}
		recommendAndFinalise(call, district, submitted.toArray(Submitted[]::new));
		List<CandidateView> collected = new ArrayList<>();
		for (Submitted declaration : submitted) {
			collected.add(awaitCandidate(declaration.id()));
		}
		return collected;
	}

	/**
	 * A unit of the district with a point declaration that carries a file of evidence (in the standards section),
	 * through the district stage and the pre-review: a candidate whose evidence an expert can download.
	 */
	public CandidateView passedCandidateWithEvidence(String district, int year, String unitName, String fileName,
			byte[] file) {
		return passPreReview(collectedCandidateWithEvidence(district, year, unitName, fileName, file));
	}

	/** Like {@link #passedCandidateWithEvidence}, but left for the written pre-review. */
	public CandidateView collectedCandidateWithEvidence(String district, int year, String unitName, String fileName,
			byte[] file) {
		OpenCall call = call(district, year);
		UnitFixtures.RegisteredUnit unit = units.register(unitName, district);
		CurrentUser user = unitUser(unit);
		long draft = declarations.start(call.id(), BaseType.POINT, user);
		declarations.attach(draft, cn.tsbase.declaration.Section.STANDARDS, fileName, file, user);
		declarations.complete(draft, BaseType.POINT, user);
		declarations.submit(draft, user);
		reviews.recommendAndFinalise(call.id(), district, draft);
		return awaitCandidate(draft);
	}

	/** A unique name with the prefix. */
	public static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
	}

	/** An available expert of the pool with the fields, at an affiliation of its own (no conflict with anyone). */
	public ExpertView expert(String name, String... fields) {
		String domain = "u" + UUID.randomUUID().toString().substring(0, 8) + ".edu.cn";
		return expertAt(name, unique("某大学") + "研究院", null, "prof@" + domain, fields);
	}

	/** An expert who can log in with {@link cn.tsbase.account.AccountFixtures#PASSWORD} (the initial password changed). */
	public ExpertView expertWhoLogsIn(String name) {
		String domain = "u" + UUID.randomUUID().toString().substring(0, 8) + ".edu.cn";
		ExpertService.AddedExpert added = experts.add(new ExpertDetails(name, "教授", unique("某大学"), null,
				"prof@" + domain, null, Set.of("LEGAL"), true), MUNICIPAL);
		// as the expert would after opening the activation link (ADR 0016)
		accountFixtures.activate(added.expert().username(), cn.tsbase.account.AccountFixtures.PASSWORD);
		return added.expert();
	}

	/**
	 * An available expert of the pool at the affiliation (credit code may be null; without an e-mail address, one of a
	 * domain of its own, which conflicts with nobody).
	 */
	public ExpertView expertAt(String name, String affiliation, String affiliationUscc, String email, String... fields) {
		String address = email != null ? email
				: "expert@n" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
		return experts.add(new ExpertDetails(name, "教授", affiliation, affiliationUscc, address, "13800000000",
				Set.of(fields.length == 0 ? new String[] { "LEGAL" } : fields), true), MUNICIPAL).expert();
	}

	/** The rubric that ships (version 1): tests that add versions must not change what other tests score. */
	public long defaultRubricId() {
		return jdbc.queryForObject("select id from review_rubric where version_no = 1", Long.class);
	}

	/**
	 * Opens a round of the candidates with the experts: k experts per declaration, at most L each, the default rubric.
	 */
	public ReviewRoundView round(int year, List<CandidateView> candidates, List<ExpertView> invited, int perDeclaration,
			int maximumLoad) {
		return round(year, unique("评审轮次"), candidates, invited, perDeclaration, maximumLoad);
	}

	/** A round as above, with the name given. */
	public ReviewRoundView round(int year, String name, List<CandidateView> candidates, List<ExpertView> invited,
			int perDeclaration, int maximumLoad) {
		return opening.open(new RoundOpening.NewRound(year, name, defaultRubricId(),
				candidates.stream().map(CandidateView::id).toList(), invited.stream().map(ExpertView::id).toList(),
				perDeclaration, maximumLoad, Instant.now().plus(Duration.ofDays(10)), BigDecimal.valueOf(20)),
				MUNICIPAL);
	}

	/** Assigns automatically and releases; fails when either is refused. */
	public void assignAndRelease(ReviewRoundView round) {
		if (!assignment.assignAutomatically(round.id(), MUNICIPAL).feasible()) {
			throw new IllegalStateException("No assignment for round " + round.id());
		}
		var problems = releases.release(round.id(), MUNICIPAL);
		if (!problems.isEmpty()) {
			throw new IllegalStateException(problems.toString());
		}
	}

	/** The expert's assignment of the declaration in the round. */
	public long assignmentId(ReviewRoundView round, ExpertView expert, long declarationId) {
		return jdbc.queryForObject("select id from review_assignment where round_id = ? and expert_id = ? "
				+ "and declaration_id = ?", Long.class, round.id(), expert.id(), declarationId);
	}

	/** The experts assigned to the declaration in the round, by expert id. */
	public List<Long> expertsOf(ReviewRoundView round, long declarationId) {
		return jdbc.queryForList("select expert_id from review_assignment where round_id = ? and declaration_id = ? "
				+ "order by expert_id", Long.class, round.id(), declarationId);
	}

	/**
	 * The expert declares no conflict and submits the same score for every criterion (every veto item passed, or the
	 * ones given failed).
	 */
	public void score(ReviewRoundView round, ExpertView expert, long declarationId, BigDecimal value,
			String... failedVetoes) {
		long assignment = assignmentId(round, expert, declarationId);
		CurrentUser user = expertUser(expert);
		conflictDeclarations.declareNoConflict(assignment, user);
		java.util.Map<String, String> scores = new java.util.HashMap<>();
		java.util.Map<String, String> vetoes = new java.util.HashMap<>();
		java.util.Map<String, String> comments = new java.util.HashMap<>();
		for (Indicator item : rubrics.items(round.rubricId())) {
			if (!item.veto()) {
				scores.put(item.code(), value.toPlainString());
			}
			else {
				boolean failed = List.of(failedVetoes).contains(item.code());
				vetoes.put(item.code(), failed ? "fail" : "pass");
				if (failed) {
					comments.put(item.code(), "不符合");
				}
			}
		}
		var problems = scoring.save(assignment, new ExpertScoring.ScoreInput(scores, comments, vetoes,
				"总体意见"), true, user);
		if (!problems.isEmpty()) {
			throw new IllegalStateException(problems.toString());
		}
	}
}
