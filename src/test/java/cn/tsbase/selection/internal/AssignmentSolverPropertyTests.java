package cn.tsbase.selection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.tsbase.selection.internal.AssignmentOutcome.AssignedPair;
import cn.tsbase.selection.internal.AssignmentOutcome.Assigned;
import cn.tsbase.selection.internal.AssignmentOutcome.Infeasibility;
import cn.tsbase.selection.internal.AssignmentOutcome.Infeasible;
import cn.tsbase.selection.internal.AssignmentProblem.Declaration;
import cn.tsbase.selection.internal.AssignmentProblem.Expert;

/**
 * Properties of {@link AssignmentSolver} over random small rounds (with conflicts, unavailable experts and pairs fixed
 * by hand, some of them against the rules), checked against two oracles written here independently of the solver: a
 * plain Edmonds–Karp maximum flow on a capacity matrix, and, for tiny rounds, exhaustive enumeration of every
 * assignment. Each case is generated from its seed (shown in the test name), so a failure replays exactly.
 */
class AssignmentSolverPropertyTests {

	private static final List<String> INDUSTRIES = List.of("A", "B", "C");

	private static final int TRIES = 1000;

	static LongStream seeds() {
		return LongStream.range(0, TRIES);
	}

	static LongStream fewerSeeds() {
		return LongStream.range(0, 300);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void findsAnAssignmentExactlyWhenAnIndependentMaximumFlowSaysOneExists(long seed) {
		AssignmentProblem problem = smallProblem(seed);
		assertThat(AssignmentSolver.solve(problem).feasible()).isEqualTo(Oracle.feasible(problem));
	}

	@Test
	void theSmallRoundsCoverFeasibleAndInfeasibleRounds() {
		long feasible = seeds().mapToObj(AssignmentSolverPropertyTests::smallProblem).filter(Oracle::feasible).count();
		assertThat(feasible * 100 / TRIES).isGreaterThanOrEqualTo(25);
		assertThat((TRIES - feasible) * 100 / TRIES).isGreaterThanOrEqualTo(15);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void assignsNoConflictedPairAndNoUnavailableExpert(long seed) {
		AssignmentProblem problem = smallProblem(seed);
		if (AssignmentSolver.solve(problem) instanceof Assigned assigned) {
			Set<Long> unavailable = new HashSet<>();
			problem.experts().stream().filter(e -> !e.available()).forEach(e -> unavailable.add(e.id()));
			for (AssignedPair pair : assigned.pairs()) {
				assertThat(problem.conflicts()).doesNotContain(new ReviewPair(pair.expertId(), pair.declarationId()));
				assertThat(unavailable).doesNotContain(pair.expertId());
			}
		}
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void keepsEveryExpertWithinTheCap(long seed) {
		AssignmentProblem problem = smallProblem(seed);
		if (AssignmentSolver.solve(problem) instanceof Assigned assigned) {
			Map<Long, Integer> counted = new HashMap<>();
			assigned.pairs().forEach(p -> counted.merge(p.expertId(), 1, Integer::sum));
			assertThat(counted.values()).allSatisfy(load -> assertThat(load).isLessThanOrEqualTo(problem.maximumLoad()));
			counted.forEach((expert, load) -> assertThat(assigned.loads()).containsEntry(expert, load));
		}
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void givesEveryDeclarationExactlyKDistinctExpertsAndKeepsTheFixedPairs(long seed) {
		AssignmentProblem problem = smallProblem(seed);
		if (AssignmentSolver.solve(problem) instanceof Assigned assigned) {
			Set<Long> declarationIds = new HashSet<>();
			problem.declarations().forEach(d -> declarationIds.add(d.id()));
			assertThat(assigned.pairs()).allMatch(p -> declarationIds.contains(p.declarationId()));
			for (Declaration declaration : problem.declarations()) {
				assertThat(assigned.expertsOf(declaration.id())).hasSize(problem.expertsPerDeclaration())
					.doesNotHaveDuplicates();
			}
			Set<ReviewPair> assignedPairs = new HashSet<>();
			assigned.pairs().forEach(p -> assignedPairs.add(new ReviewPair(p.expertId(), p.declarationId())));
			assertThat(assignedPairs).containsAll(problem.fixedPairs());
		}
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void givesTheSameAnswerForTheSameRoundInAnyOrder(long seed) {
		AssignmentProblem problem = smallProblem(seed);
		List<Declaration> declarations = new ArrayList<>(problem.declarations());
		List<Expert> experts = new ArrayList<>(problem.experts());
		Collections.reverse(declarations);
		Collections.rotate(experts, 2);
		AssignmentProblem reordered = new AssignmentProblem(declarations, experts, new HashSet<>(problem.conflicts()),
				new HashSet<>(problem.fixedPairs()), problem.expertsPerDeclaration(), problem.maximumLoad(),
				problem.mismatchPenalty());

		AssignmentOutcome outcome = AssignmentSolver.solve(problem);

		assertThat(AssignmentSolver.solve(problem)).isEqualTo(outcome);
		assertThat(AssignmentSolver.solve(reordered)).isEqualTo(outcome);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void saysWhyWhenNoAssignmentExistsAndEveryReasonHolds(long seed) {
		checkReasons(smallProblem(seed));
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void namesDeclarationsThatCompeteForTooFewExpertsOnlyWhenTheyDo(long seed) {
		AssignmentProblem problem = competingProblem(seed);
		checkReasons(problem);
		assertThat(AssignmentSolver.solve(problem).feasible()).isEqualTo(Oracle.feasible(problem));
	}

	@Test
	void theCompetingRoundsOftenHaveDeclarationsThatCompete() {
		long competing = seeds().mapToObj(AssignmentSolverPropertyTests::competingProblem)
			.map(AssignmentSolver::solve)
			.filter(outcome -> outcome instanceof Infeasible infeasible && infeasible.reasons()
				.stream()
				.anyMatch(r -> r.reason() == InfeasibilityReason.DECLARATIONS_COMPETE_FOR_EXPERTS))
			.count();
		assertThat(competing * 100 / TRIES).isGreaterThanOrEqualTo(20);
	}

	private static void checkReasons(AssignmentProblem problem) {
		AssignmentOutcome outcome = AssignmentSolver.solve(problem);
		if (!(outcome instanceof Infeasible infeasible)) {
			return;
		}
		assertThat(infeasible.reasons()).isNotEmpty();
		int k = problem.expertsPerDeclaration();
		for (Infeasibility reason : infeasible.reasons()) {
			List<Object> arguments = reason.arguments();
			switch (reason.reason()) {
				case FIXED_PAIR_CONFLICTED -> {
					ReviewPair pair = new ReviewPair((Long) arguments.get(0), (Long) arguments.get(1));
					assertThat(problem.fixedPairs()).contains(pair);
					assertThat(problem.conflicts()).contains(pair);
				}
				case FIXED_PAIR_EXPERT_UNAVAILABLE -> assertThat(Oracle.expert(problem, (Long) arguments.get(0))
					.available()).isFalse();
				case FIXED_PAIRS_EXCEED_EXPERTS_PER_DECLARATION -> assertThat(problem.fixedPairs()
					.stream()
					.filter(p -> p.declarationId() == (Long) arguments.get(0))
					.count()).isEqualTo(((Integer) arguments.get(1)).longValue()).isGreaterThan(k);
				case FIXED_PAIRS_EXCEED_MAXIMUM_LOAD -> assertThat(problem.fixedPairs()
					.stream()
					.filter(p -> p.expertId() == (Long) arguments.get(0))
					.count()).isEqualTo(((Integer) arguments.get(1)).longValue()).isGreaterThan(problem.maximumLoad());
				case TOO_FEW_ELIGIBLE_EXPERTS -> {
					long declarationId = (Long) arguments.get(0);
					assertThat(Oracle.eligibleExperts(problem, declarationId)).isEqualTo(arguments.get(1))
						.isLessThan(k);
				}
				case CAPACITY_BELOW_DEMAND -> {
					long available = problem.experts().stream().filter(Expert::available).count();
					assertThat(available * problem.maximumLoad())
						.isLessThan((long) k * problem.declarations().size());
				}
				case DECLARATIONS_COMPETE_FOR_EXPERTS -> {
					// the named declarations alone cannot get their experts, and the figure given is their maximum
					long most = Oracle.mostReviews(problem, Set.copyOf(reason.declarationIds()));
					assertThat(arguments.get(2)).isEqualTo(most);
					assertThat(most).isLessThan((long) k * reason.declarationIds().size());
				}
			}
		}
	}

	@ParameterizedTest
	@MethodSource("fewerSeeds")
	void returnsAnAssignmentOfMinimumCostAmongAllAssignments(long seed) {
		AssignmentProblem problem = problems(new Random(seed), 4, 5, 2, 3);
		long best = Oracle.cheapestByEnumeration(problem);
		AssignmentOutcome outcome = AssignmentSolver.solve(problem);

		assertThat(outcome.feasible()).isEqualTo(best >= 0);
		if (outcome instanceof Assigned assigned) {
			assertThat(Oracle.cost(problem, assigned.pairs())).isEqualTo(best);
		}
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void loadsDifferByAtMostOneWhenNothingElseDecides(long seed) {
		Assigned assigned = (Assigned) AssignmentSolver.solve(uniformProblem(seed));

		assertThat(Collections.max(assigned.loads().values()) - Collections.min(assigned.loads().values()))
			.isLessThanOrEqualTo(1);
	}

	private static AssignmentProblem smallProblem(long seed) {
		return problems(new Random(seed), 6, 8, 3, 4);
	}

	private static int between(Random random, int min, int max) {
		return min + random.nextInt(max - min + 1);
	}

	/** No conflicts, one industry everyone covers, all available, no fixed pairs, a cap that allows even loads. */
	private static AssignmentProblem uniformProblem(long seed) {
		Random random = new Random(seed);
		int m = between(random, 0, 12);
		int k = between(random, 1, 4);
		int n = between(random, k, 9);
		int slack = between(random, 0, 3);
		List<Declaration> declarations = new ArrayList<>();
		for (long d = 1; d <= m; d++) {
			declarations.add(new Declaration(d, "A"));
		}
		List<Expert> experts = new ArrayList<>();
		for (long e = 1; e <= n; e++) {
			experts.add(new Expert(100 + e, Set.of("A"), true));
		}
		int evenLoad = (m * k + n - 1) / n;
		return AssignmentProblem.of(declarations, experts, Set.of(), Math.max(1, evenLoad + slack))
			.withExpertsPerDeclaration(k);
	}

	/**
	 * A cluster of declarations that may only have a few experts, each enough for any one of them but maybe not for
	 * all together, beside other declarations with experts of their own (which the cluster may not have).
	 */
	private static AssignmentProblem competingProblem(long seed) {
		Random random = new Random(seed);
		int cluster = between(random, 2, 4);
		int others = between(random, 0, 3);
		int k = between(random, 1, 3);
		int load = between(random, 1, 2);
		int clusterExtra = between(random, 0, 2);
		int otherExtra = between(random, 0, 1);
		boolean othersMayUseCluster = random.nextBoolean();
		int clusterExperts = k + clusterExtra;
		int otherExperts = Math.max(k, (others * k + load - 1) / load) + otherExtra;
		List<Declaration> declarations = new ArrayList<>();
		for (int d = 0; d < cluster + others; d++) {
			declarations.add(new Declaration(10 + d, "A"));
		}
		List<Expert> experts = new ArrayList<>();
		for (int e = 0; e < clusterExperts + otherExperts; e++) {
			experts.add(new Expert(100 + e, Set.of("A"), true));
		}
		Set<ReviewPair> conflicts = new HashSet<>();
		for (int d = 0; d < cluster + others; d++) {
			for (int e = 0; e < clusterExperts + otherExperts; e++) {
				boolean clusterDeclaration = d < cluster;
				boolean clusterExpert = e < clusterExperts;
				if ((clusterDeclaration && !clusterExpert)
						|| (!clusterDeclaration && clusterExpert && !othersMayUseCluster)) {
					conflicts.add(new ReviewPair(100 + e, 10 + d));
				}
			}
		}
		return AssignmentProblem.of(declarations, experts, conflicts, load).withExpertsPerDeclaration(k);
	}

	private static AssignmentProblem problems(Random random, int maxDeclarations, int maxExperts, int maxK,
			int maxLoad) {
		int m = between(random, 0, maxDeclarations);
		int n = between(random, 1, maxExperts);
		int k = between(random, 1, maxK);
		int load = between(random, 1, maxLoad);
		int penalty = between(random, 0, 4);
		List<Declaration> declarations = new ArrayList<>();
		for (int d = 0; d < m; d++) {
			declarations.add(new Declaration(10 + d, INDUSTRIES.get(random.nextInt(INDUSTRIES.size()))));
		}
		List<Expert> experts = new ArrayList<>();
		for (int e = 0; e < n; e++) {
			Set<String> fields = new HashSet<>();
			INDUSTRIES.stream().filter(i -> random.nextBoolean()).forEach(fields::add);
			experts.add(new Expert(100 + e, fields, random.nextInt(10) < 9));
		}
		Set<ReviewPair> conflicts = new HashSet<>();
		Set<ReviewPair> fixedPairs = new HashSet<>();
		for (int d = 0; d < m; d++) {
			for (int e = 0; e < n; e++) {
				ReviewPair pair = new ReviewPair(100 + e, 10 + d);
				if (random.nextInt(5) == 0) {
					conflicts.add(pair);
				}
				if (random.nextInt(15) == 0) {
					fixedPairs.add(pair);
				}
			}
		}
		return new AssignmentProblem(declarations, experts, conflicts, fixedPairs, k, load, penalty);
	}

	/** Independent answers, by the definitions rather than by the solver's method. */
	static final class Oracle {

		static Expert expert(AssignmentProblem problem, long id) {
			return problem.experts().stream().filter(e -> e.id() == id).findFirst().orElseThrow();
		}

		static boolean fixedPairsObeyTheRules(AssignmentProblem problem) {
			for (ReviewPair pair : problem.fixedPairs()) {
				if (problem.conflicts().contains(pair) || !expert(problem, pair.expertId()).available()) {
					return false;
				}
			}
			for (Declaration declaration : problem.declarations()) {
				if (fixedOf(problem, declaration) > problem.expertsPerDeclaration()) {
					return false;
				}
			}
			for (Expert expert : problem.experts()) {
				if (problem.fixedPairs().stream().filter(p -> p.expertId() == expert.id()).count() > problem
					.maximumLoad()) {
					return false;
				}
			}
			return true;
		}

		static boolean feasible(AssignmentProblem problem) {
			if (!fixedPairsObeyTheRules(problem)) {
				return false;
			}
			Set<Long> all = new HashSet<>();
			problem.declarations().forEach(d -> all.add(d.id()));
			return mostReviews(problem, all) == (long) problem.expertsPerDeclaration() * problem.declarations().size();
		}

		private static long fixedOf(AssignmentProblem problem, Declaration declaration) {
			return problem.fixedPairs().stream().filter(p -> p.declarationId() == declaration.id()).count();
		}

		private static boolean mayAdd(AssignmentProblem problem, Expert expert, Declaration declaration) {
			ReviewPair pair = new ReviewPair(expert.id(), declaration.id());
			return expert.available() && !problem.conflicts().contains(pair) && !problem.fixedPairs().contains(pair);
		}

		/** Available, non-conflicted experts with room under the cap, fixed ones included. */
		static int eligibleExperts(AssignmentProblem problem, long declarationId) {
			Declaration declaration = problem.declarations()
				.stream()
				.filter(d -> d.id() == declarationId)
				.findFirst()
				.orElseThrow();
			int eligible = (int) fixedOf(problem, declaration);
			for (Expert expert : problem.experts()) {
				long fixedLoad = problem.fixedPairs().stream().filter(p -> p.expertId() == expert.id()).count();
				if (mayAdd(problem, expert, declaration) && fixedLoad < problem.maximumLoad()) {
					eligible++;
				}
			}
			return eligible;
		}

		/**
		 * The most reviews the given declarations can get (fixed pairs included), by Edmonds–Karp on a capacity
		 * matrix: source → declaration (k − fixed), declaration → expert (1), expert → sink (L − fixed).
		 */
		static long mostReviews(AssignmentProblem problem, Set<Long> declarationIds) {
			List<Declaration> declarations = problem.declarations();
			List<Expert> experts = problem.experts();
			int m = declarations.size();
			int n = experts.size();
			int size = m + n + 2;
			int source = m + n;
			int sink = m + n + 1;
			int[][] capacity = new int[size][size];
			long fixedReviews = 0;
			for (int d = 0; d < m; d++) {
				if (declarationIds.contains(declarations.get(d).id())) {
					long fixed = fixedOf(problem, declarations.get(d));
					fixedReviews += fixed;
					capacity[source][d] = (int) Math.max(0, problem.expertsPerDeclaration() - fixed);
				}
				for (int e = 0; e < n; e++) {
					if (mayAdd(problem, experts.get(e), declarations.get(d))) {
						capacity[d][m + e] = 1;
					}
				}
			}
			for (int e = 0; e < n; e++) {
				long id = experts.get(e).id();
				long fixedLoad = problem.fixedPairs().stream().filter(p -> p.expertId() == id).count();
				capacity[m + e][sink] = experts.get(e).available()
						? (int) Math.max(0, problem.maximumLoad() - fixedLoad) : 0;
			}
			long flow = 0;
			while (true) {
				int[] parent = new int[size];
				java.util.Arrays.fill(parent, -1);
				parent[source] = source;
				ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(source));
				while (!queue.isEmpty() && parent[sink] < 0) {
					int u = queue.poll();
					for (int v = 0; v < size; v++) {
						if (parent[v] < 0 && capacity[u][v] > 0) {
							parent[v] = u;
							queue.add(v);
						}
					}
				}
				if (parent[sink] < 0) {
					return fixedReviews + flow;
				}
				int bottleneck = Integer.MAX_VALUE;
				for (int v = sink; v != source; v = parent[v]) {
					bottleneck = Math.min(bottleneck, capacity[parent[v]][v]);
				}
				for (int v = sink; v != source; v = parent[v]) {
					capacity[parent[v]][v] -= bottleneck;
					capacity[v][parent[v]] += bottleneck;
				}
				flow += bottleneck;
			}
		}

		/**
		 * The documented objective: Σ over experts of load·(load + 1)/2, plus the mismatch penalty for every pair whose
		 * expert does not cover the declaration's industry.
		 */
		static long cost(AssignmentProblem problem, List<AssignedPair> pairs) {
			Map<Long, Integer> loads = new HashMap<>();
			long cost = 0;
			for (AssignedPair pair : pairs) {
				loads.merge(pair.expertId(), 1, Integer::sum);
				String industry = problem.declarations()
					.stream()
					.filter(d -> d.id() == pair.declarationId())
					.findFirst()
					.orElseThrow()
					.industryCode();
				if (!expert(problem, pair.expertId()).fields().contains(industry)) {
					cost += problem.mismatchPenalty();
				}
			}
			for (int load : loads.values()) {
				cost += (long) load * (load + 1) / 2;
			}
			return cost;
		}

		/** The cheapest cost over every valid assignment, or −1 when there is none. */
		static long cheapestByEnumeration(AssignmentProblem problem) {
			if (!fixedPairsObeyTheRules(problem)) {
				return -1;
			}
			long[] best = { -1 };
			enumerate(problem, 0, new ArrayList<>(), new HashMap<>(), best);
			return best[0];
		}

		private static void enumerate(AssignmentProblem problem, int index, List<AssignedPair> chosen,
				Map<Long, Integer> loads, long[] best) {
			if (index == problem.declarations().size()) {
				long cost = cost(problem, chosen);
				if (best[0] < 0 || cost < best[0]) {
					best[0] = cost;
				}
				return;
			}
			Declaration declaration = problem.declarations().get(index);
			List<Long> fixed = problem.fixedPairs()
				.stream()
				.filter(p -> p.declarationId() == declaration.id())
				.map(ReviewPair::expertId)
				.toList();
			List<Long> optional = problem.experts()
				.stream()
				.filter(e -> mayAdd(problem, e, declaration))
				.map(Expert::id)
				.toList();
			int missing = problem.expertsPerDeclaration() - fixed.size();
			for (List<Long> extra : subsets(optional, missing)) {
				List<Long> team = new ArrayList<>(fixed);
				team.addAll(extra);
				boolean fits = true;
				for (long expert : team) {
					fits &= loads.getOrDefault(expert, 0) < problem.maximumLoad();
					loads.merge(expert, 1, Integer::sum);
				}
				int added = 0;
				if (fits) {
					for (long expert : team) {
						chosen.add(new AssignedPair(declaration.id(), expert, false, false));
						added++;
					}
					enumerate(problem, index + 1, chosen, loads, best);
				}
				for (int i = 0; i < added; i++) {
					chosen.remove(chosen.size() - 1);
				}
				for (long expert : team) {
					loads.merge(expert, -1, Integer::sum);
				}
			}
		}

		private static List<List<Long>> subsets(List<Long> items, int size) {
			List<List<Long>> subsets = new ArrayList<>();
			collect(items, size, 0, new ArrayList<>(), subsets);
			return subsets;
		}

		private static void collect(List<Long> items, int size, int from, List<Long> current,
				List<List<Long>> subsets) {
			if (current.size() == size) {
				subsets.add(List.copyOf(current));
				return;
			}
			for (int i = from; i < items.size(); i++) {
				current.add(items.get(i));
				collect(items, size, i + 1, current, subsets);
				current.remove(current.size() - 1);
			}
		}
	}
}
