package cn.tsbase.selection.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.tsbase.selection.internal.AssignmentOutcome.AssignedPair;
import cn.tsbase.selection.internal.AssignmentOutcome.Infeasibility;

/**
 * Assigns experts to declarations: every declaration gets exactly k distinct experts who are available and not in
 * conflict with it, no expert gets more than L declarations, pairs fixed by hand stay.
 * <p>
 * <b>Model.</b> A flow network: source → each declaration (capacity k minus its fixed pairs), declaration → expert for
 * every allowed pair (capacity 1: an expert reviews a declaration at most once), expert → sink (capacity L minus the
 * expert's fixed pairs). Integral flows and assignments correspond one to one, so an assignment exists if and only if
 * the maximum flow fills every source arc. The solver computes a maximum flow, so it <em>always</em> finds an
 * assignment when one exists; when none does, the residual network's minimum cut names the declarations that cannot be
 * served (see {@link InfeasibilityReason}).
 * <p>
 * <b>Preferences.</b> Among all assignments, it returns one of minimum cost, where
 * <ul>
 * <li>the t-th declaration of an expert costs t (so an expert with load ℓ costs ℓ(ℓ+1)/2: the cost is convex in the
 * load, and spreading the work evenly is cheapest — with nothing else to prefer, loads differ by at most one where the
 * conflicts allow it), and</li>
 * <li>a pair whose expert's fields do not include the declaration's industry costs the problem's
 * {@link AssignmentProblem#mismatchPenalty() mismatch penalty} P more.</li>
 * </ul>
 * Replacing a non-matching expert (load a) by a matching one (load b before) changes the cost by (b + 1) − a − P: a
 * matching expert is chosen as long as their new load stays less than P above the other's. The expert → sink arcs are
 * L parallel unit arcs of costs 1 … L, which is how the convex load cost enters a linear network.
 * <p>
 * <b>Determinism.</b> Declarations and experts are numbered by ascending id, the network is built in that order and the
 * algorithm is integer-only, so the same problem (in whatever order its lists come) gives the same assignment.
 * Among assignments of equal cost the choice is arbitrary but fixed.
 */
public final class AssignmentSolver {

	private AssignmentSolver() {
	}

	public static AssignmentOutcome solve(AssignmentProblem problem) {
		int k = problem.expertsPerDeclaration();
		int maximumLoad = problem.maximumLoad();
		List<AssignmentProblem.Declaration> declarations = new ArrayList<>(problem.declarations());
		declarations.sort(Comparator.comparingLong(AssignmentProblem.Declaration::id));
		List<AssignmentProblem.Expert> experts = new ArrayList<>(problem.experts());
		experts.sort(Comparator.comparingLong(AssignmentProblem.Expert::id));
		int m = declarations.size();
		int n = experts.size();
		Map<Long, Integer> declarationIndex = new HashMap<>();
		for (int d = 0; d < m; d++) {
			declarationIndex.put(declarations.get(d).id(), d);
		}
		Map<Long, Integer> expertIndex = new HashMap<>();
		for (int e = 0; e < n; e++) {
			expertIndex.put(experts.get(e).id(), e);
		}

		int[] fixedOfDeclaration = new int[m];
		int[] fixedOfExpert = new int[n];
		List<Infeasibility> fixedProblems = new ArrayList<>();
		for (ReviewPair pair : problem.fixedPairs().stream().sorted().toList()) {
			AssignmentProblem.Expert expert = experts.get(expertIndex.get(pair.expertId()));
			if (problem.conflicts().contains(pair)) {
				fixedProblems.add(infeasibility(InfeasibilityReason.FIXED_PAIR_CONFLICTED, pair.declarationId(),
						pair.expertId(), pair.expertId(), pair.declarationId()));
			}
			if (!expert.available()) {
				fixedProblems.add(infeasibility(InfeasibilityReason.FIXED_PAIR_EXPERT_UNAVAILABLE,
						pair.declarationId(), pair.expertId(), pair.expertId(), pair.declarationId()));
			}
			fixedOfDeclaration[declarationIndex.get(pair.declarationId())]++;
			fixedOfExpert[expertIndex.get(pair.expertId())]++;
		}
		for (int d = 0; d < m; d++) {
			if (fixedOfDeclaration[d] > k) {
				long id = declarations.get(d).id();
				fixedProblems.add(new Infeasibility(InfeasibilityReason.FIXED_PAIRS_EXCEED_EXPERTS_PER_DECLARATION,
						List.of(id), List.of(), List.of(id, fixedOfDeclaration[d], k)));
			}
		}
		for (int e = 0; e < n; e++) {
			if (fixedOfExpert[e] > maximumLoad) {
				long id = experts.get(e).id();
				fixedProblems.add(new Infeasibility(InfeasibilityReason.FIXED_PAIRS_EXCEED_MAXIMUM_LOAD, List.of(),
						List.of(id), List.of(id, fixedOfExpert[e], maximumLoad)));
			}
		}
		if (!fixedProblems.isEmpty()) {
			return new AssignmentOutcome.Infeasible(fixedProblems);
		}

		// open[d][e]: the pair may still be chosen — available expert, no conflict, not already fixed
		boolean[][] open = new boolean[m][n];
		for (int d = 0; d < m; d++) {
			for (int e = 0; e < n; e++) {
				open[d][e] = experts.get(e).available();
			}
		}
		for (ReviewPair pair : problem.conflicts()) {
			Integer d = declarationIndex.get(pair.declarationId());
			Integer e = expertIndex.get(pair.expertId());
			if (d != null && e != null) {
				open[d][e] = false;
			}
		}
		for (ReviewPair pair : problem.fixedPairs()) {
			open[declarationIndex.get(pair.declarationId())][expertIndex.get(pair.expertId())] = false;
		}
		Network network = Network.build(problem, declarations, experts, open, fixedOfDeclaration, fixedOfExpert);
		long demand = 0;
		for (int d = 0; d < m; d++) {
			demand += k - fixedOfDeclaration[d];
		}
		long flow = network.flow.run(network.source, network.sink);
		if (flow == demand) {
			return assigned(problem, declarations, experts, network);
		}
		return new AssignmentOutcome.Infeasible(explain(problem, declarations, experts, network, open,
				fixedOfDeclaration, fixedOfExpert));
	}

	/** The flow network and where its declaration → expert arcs are. */
	private record Network(MinCostFlow flow, int source, int sink, int[] arcs, int[] arcDeclaration, int[] arcExpert,
			int[] sourceArcs) {

		static Network build(AssignmentProblem problem, List<AssignmentProblem.Declaration> declarations,
				List<AssignmentProblem.Expert> experts, boolean[][] open, int[] fixedOfDeclaration,
				int[] fixedOfExpert) {
			int m = declarations.size();
			int n = experts.size();
			int source = 0;
			int sink = m + n + 1;
			MinCostFlow flow = new MinCostFlow(m + n + 2);
			int k = problem.expertsPerDeclaration();
			int[] sourceArcs = new int[m];
			for (int d = 0; d < m; d++) {
				sourceArcs[d] = flow.addArc(source, 1 + d, k - fixedOfDeclaration[d], 0);
			}
			List<int[]> allowed = new ArrayList<>();
			for (int d = 0; d < m; d++) {
				AssignmentProblem.Declaration declaration = declarations.get(d);
				for (int e = 0; e < n; e++) {
					AssignmentProblem.Expert expert = experts.get(e);
					if (open[d][e]) {
						int cost = expert.covers(declaration.industryCode()) ? 0 : problem.mismatchPenalty();
						allowed.add(new int[] { flow.addArc(1 + d, 1 + m + e, 1, cost), d, e });
					}
				}
			}
			// an expert can take each declaration once, so more than m arcs would never carry flow
			int usefulLoad = Math.min(problem.maximumLoad(), m);
			for (int e = 0; e < n; e++) {
				if (experts.get(e).available()) {
					for (int t = fixedOfExpert[e] + 1; t <= usefulLoad; t++) {
						flow.addArc(1 + m + e, sink, 1, t);
					}
				}
			}
			int[] arcs = new int[allowed.size()];
			int[] arcDeclaration = new int[allowed.size()];
			int[] arcExpert = new int[allowed.size()];
			for (int i = 0; i < allowed.size(); i++) {
				arcs[i] = allowed.get(i)[0];
				arcDeclaration[i] = allowed.get(i)[1];
				arcExpert[i] = allowed.get(i)[2];
			}
			return new Network(flow, source, sink, arcs, arcDeclaration, arcExpert, sourceArcs);
		}
	}

	private static AssignmentOutcome.Assigned assigned(AssignmentProblem problem,
			List<AssignmentProblem.Declaration> declarations, List<AssignmentProblem.Expert> experts, Network network) {
		Map<Long, AssignmentProblem.Declaration> declarationsById = new HashMap<>();
		declarations.forEach(d -> declarationsById.put(d.id(), d));
		Map<Long, AssignmentProblem.Expert> expertsById = new HashMap<>();
		experts.forEach(e -> expertsById.put(e.id(), e));
		List<AssignedPair> pairs = new ArrayList<>();
		for (ReviewPair pair : problem.fixedPairs()) {
			boolean match = expertsById.get(pair.expertId())
				.covers(declarationsById.get(pair.declarationId()).industryCode());
			pairs.add(new AssignedPair(pair.declarationId(), pair.expertId(), match, true));
		}
		for (int i = 0; i < network.arcs().length; i++) {
			if (network.flow().flow(network.arcs()[i]) > 0) {
				AssignmentProblem.Declaration declaration = declarations.get(network.arcDeclaration()[i]);
				AssignmentProblem.Expert expert = experts.get(network.arcExpert()[i]);
				pairs.add(new AssignedPair(declaration.id(), expert.id(), expert.covers(declaration.industryCode()),
						false));
			}
		}
		pairs.sort(Comparator.comparingLong(AssignedPair::declarationId).thenComparingLong(AssignedPair::expertId));
		Map<Long, Integer> loads = new TreeMap<>();
		experts.stream().filter(AssignmentProblem.Expert::available).forEach(e -> loads.put(e.id(), 0));
		pairs.forEach(p -> loads.merge(p.expertId(), 1, Integer::sum));
		return new AssignmentOutcome.Assigned(pairs, Collections.unmodifiableMap(loads));
	}

	/**
	 * Why the maximum flow falls short: declarations that lack experts on their own, a total capacity below the demand,
	 * and otherwise (or in addition) the declarations on the source side of the minimum cut, which compete for experts
	 * who are all at the cap.
	 */
	private static List<Infeasibility> explain(AssignmentProblem problem,
			List<AssignmentProblem.Declaration> declarations, List<AssignmentProblem.Expert> experts, Network network,
			boolean[][] open, int[] fixedOfDeclaration, int[] fixedOfExpert) {
		int k = problem.expertsPerDeclaration();
		int maximumLoad = problem.maximumLoad();
		int m = declarations.size();
		int n = experts.size();
		List<Infeasibility> reasons = new ArrayList<>();

		boolean[] shortAlone = new boolean[m];
		for (int d = 0; d < m; d++) {
			long declarationId = declarations.get(d).id();
			int eligible = fixedOfDeclaration[d];
			for (int e = 0; e < n; e++) {
				if (open[d][e] && fixedOfExpert[e] < maximumLoad) {
					eligible++;
				}
			}
			if (eligible < k) {
				shortAlone[d] = true;
				reasons.add(infeasibility(InfeasibilityReason.TOO_FEW_ELIGIBLE_EXPERTS, declarationId, null,
						declarationId, eligible, k));
			}
		}

		long available = experts.stream().filter(AssignmentProblem.Expert::available).count();
		boolean capacityShort = available * maximumLoad < (long) k * m;
		if (capacityShort) {
			reasons.add(new Infeasibility(InfeasibilityReason.CAPACITY_BELOW_DEMAND, List.of(), List.of(),
					List.of(available, maximumLoad, available * maximumLoad, m, k, (long) k * m)));
		}

		boolean[] reachable = network.flow().residualReachable(network.source());
		List<Long> group = new ArrayList<>();
		boolean explainedAlone = true;
		long possible = 0;
		for (int d = 0; d < m; d++) {
			if (reachable[1 + d]) {
				group.add(declarations.get(d).id());
				explainedAlone &= shortAlone[d];
				possible += fixedOfDeclaration[d] + network.flow().flow(network.sourceArcs()[d]);
			}
		}
		List<Long> saturatedExperts = new ArrayList<>();
		for (int e = 0; e < n; e++) {
			if (reachable[1 + m + e]) {
				saturatedExperts.add(experts.get(e).id());
			}
		}
		boolean explainedByCapacity = capacityShort && group.size() == m;
		if (!group.isEmpty() && !explainedAlone && !explainedByCapacity) {
			reasons.add(new Infeasibility(InfeasibilityReason.DECLARATIONS_COMPETE_FOR_EXPERTS, group,
					saturatedExperts,
					List.of(group.size(), (long) k * group.size(), possible, saturatedExperts.size(), maximumLoad)));
		}
		return reasons;
	}

	private static Infeasibility infeasibility(InfeasibilityReason reason, Long declarationId, Long expertId,
			Object... arguments) {
		return new Infeasibility(reason, declarationId == null ? List.of() : List.of(declarationId),
				expertId == null ? List.of() : List.of(expertId), List.of(arguments));
	}
}
