package cn.tsbase.selection;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import cn.tsbase.selection.internal.AssignmentOutcome;
import cn.tsbase.selection.internal.AssignmentProblem;
import cn.tsbase.selection.internal.AssignmentSolver;
import cn.tsbase.selection.internal.ConflictPolicy;
import cn.tsbase.selection.internal.ReviewPair;

/**
 * How long assignment takes for a large round: 1,000 declarations, 300 experts (5% unavailable), k = 5, with
 * conflicts and a load cap. Not a unit test (timings on shared machines make poor assertions); run it by hand:
 *
 * <pre>
 * ./mvnw -B -ntp -q test-compile
 * java -cp target/classes:target/test-classes cn.tsbase.selection.AssignmentBenchmark
 * </pre>
 *
 * It reports the median, fastest and slowest wall-clock time of the measured runs after warm-up runs (and the median
 * CPU time of the solving thread, which other load on the machine does not inflate), for a comfortable cap (L = 20)
 * and a tight one (L = 18: capacity only a few percent above the demand of 5,000), and the conflict check over a round
 * of the same size. The instances come from a fixed seed, so every run solves the same problems.
 */
public final class AssignmentBenchmark {

	private static final int DECLARATIONS = 1000;
	private static final int EXPERTS = 300;
	private static final int WARM_UP = 5;
	private static final int MEASURED = 15;
	private static final List<String> INDUSTRIES = List.of("ADVANCED_MANUFACTURING", "SOFTWARE_IT", "TECH_SERVICES",
			"OTHER");

	private AssignmentBenchmark() {
	}

	public static void main(String[] args) {
		System.out.printf(Locale.ROOT, "Java %s, %d processors available%n", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors());
		for (int maximumLoad : new int[] { 20, 18 }) {
			AssignmentProblem problem = problem(maximumLoad);
			AssignmentOutcome outcome = AssignmentSolver.solve(problem);
			if (!(outcome instanceof AssignmentOutcome.Assigned assigned)) {
				throw new IllegalStateException("The benchmark instance should be feasible: " + outcome);
			}
			int[] loads = assigned.loads().values().stream().mapToInt(Integer::intValue).toArray();
			long available = problem.experts().stream().filter(AssignmentProblem.Expert::available).count();
			System.out.printf(Locale.ROOT,
					"assignment %d × %d (%d available), k = 5, L = %d (capacity %d), %d conflicts: %d pairs, "
							+ "%d expertise matches, loads %d–%d%n",
					DECLARATIONS, EXPERTS, available, maximumLoad, available * maximumLoad, problem.conflicts().size(),
					assigned.pairs().size(),
					assigned.expertiseMatches(), Arrays.stream(loads).min().orElse(0),
					Arrays.stream(loads).max().orElse(0));
			measure("  solve", () -> AssignmentSolver.solve(problem));
		}
		List<ConflictPolicy.ExpertAffiliation> experts = affiliations();
		List<ConflictPolicy.DeclaringParties> declarations = parties();
		System.out.printf(Locale.ROOT, "conflict check %d × %d: %d conflicts%n", EXPERTS, DECLARATIONS,
				ConflictPolicy.conflicts(experts, declarations).size());
		measure("  conflicts", () -> ConflictPolicy.conflicts(experts, declarations));
	}

	private static void measure(String label, Supplier<?> work) {
		for (int i = 0; i < WARM_UP; i++) {
			work.get();
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] millis = new long[MEASURED];
		long[] cpuMillis = new long[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			long cpuStart = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			work.get();
			millis[i] = (System.nanoTime() - start) / 1_000_000;
			cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
		}
		Arrays.sort(millis);
		Arrays.sort(cpuMillis);
		System.out.printf(Locale.ROOT,
				"%s: median %d ms, fastest %d ms, slowest %d ms; CPU time median %d ms (%d runs after %d warm-up)%n",
				label, millis[MEASURED / 2], millis[0], millis[MEASURED - 1], cpuMillis[MEASURED / 2], MEASURED,
				WARM_UP);
	}

	/** Skewed industries (40/30/20/10%), one or two fields per expert, ~2% random conflicts plus clustered ones. */
	static AssignmentProblem problem(int maximumLoad) {
		Random random = new Random(20260504L);
		List<AssignmentProblem.Declaration> declarations = new ArrayList<>();
		for (int d = 0; d < DECLARATIONS; d++) {
			declarations.add(new AssignmentProblem.Declaration(1000 + d, skewedIndustry(random)));
		}
		List<AssignmentProblem.Expert> experts = new ArrayList<>();
		for (int e = 0; e < EXPERTS; e++) {
			Set<String> fields = new HashSet<>();
			fields.add(INDUSTRIES.get(random.nextInt(INDUSTRIES.size())));
			if (random.nextBoolean()) {
				fields.add(INDUSTRIES.get(random.nextInt(INDUSTRIES.size())));
			}
			experts.add(new AssignmentProblem.Expert(1 + e, fields, random.nextInt(100) >= 5));
		}
		Set<ReviewPair> conflicts = new HashSet<>();
		for (AssignmentProblem.Declaration declaration : declarations) {
			for (AssignmentProblem.Expert expert : experts) {
				if (random.nextInt(100) < 2) {
					conflicts.add(new ReviewPair(expert.id(), declaration.id()));
				}
			}
		}
		// a zone whose members employ experts 1–30 conflicts with all of them: 40 such declarations
		for (int d = 0; d < 40; d++) {
			for (int e = 1; e <= 30; e++) {
				conflicts.add(new ReviewPair(e, declarations.get(d * 25).id()));
			}
		}
		return AssignmentProblem.of(declarations, experts, conflicts, maximumLoad);
	}

	private static String skewedIndustry(Random random) {
		int roll = random.nextInt(10);
		return roll < 4 ? INDUSTRIES.get(0) : roll < 7 ? INDUSTRIES.get(1) : roll < 9 ? INDUSTRIES.get(2)
				: INDUSTRIES.get(3);
	}

	private static List<ConflictPolicy.ExpertAffiliation> affiliations() {
		Random random = new Random(7L);
		List<ConflictPolicy.ExpertAffiliation> experts = new ArrayList<>();
		for (int e = 0; e < EXPERTS; e++) {
			int unit = random.nextInt(DECLARATIONS * 3);
			experts.add(new ConflictPolicy.ExpertAffiliation(1 + e, "北京第" + unit + "号科技有限公司", null,
					"expert" + e + "@unit" + unit + ".com.cn"));
		}
		return experts;
	}

	private static List<ConflictPolicy.DeclaringParties> parties() {
		List<ConflictPolicy.DeclaringParties> declarations = new ArrayList<>();
		for (int d = 0; d < DECLARATIONS; d++) {
			List<ConflictPolicy.Unit> members = new ArrayList<>();
			if (d % 10 == 0) {
				for (int i = 1; i <= 20; i++) {
					int unit = DECLARATIONS + d * 2 + i;
					members.add(new ConflictPolicy.Unit("北京第" + unit + "号科技股份有限公司", null));
				}
			}
			declarations.add(new ConflictPolicy.DeclaringParties(1000 + d,
					new ConflictPolicy.Unit("北京第" + d + "号科技有限责任公司", null), "contact@unit" + d + ".com.cn",
					members));
		}
		return declarations;
	}
}
