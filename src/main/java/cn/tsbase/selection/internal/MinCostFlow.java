package cn.tsbase.selection.internal;

import java.util.Arrays;

/**
 * Minimum-cost maximum flow with integer capacities and non-negative integer costs, by the primal-dual method:
 * Dijkstra on reduced costs gives node potentials, then a Dinic blocking flow saturates every shortest augmenting path
 * at once (the arcs of reduced cost zero). Each phase raises the shortest path length by at least one, so with the small
 * costs of an assignment (a few units per arc) there are few phases, and each costs one Dijkstra and one Dinic run over
 * the arcs.
 * <p>
 * It ends when the sink is unreachable in the residual network, so the flow is maximum; no negative cycle can remain
 * because the reduced costs stay non-negative, so the cost is minimum among maximum flows. Everything is integer and
 * arcs are scanned in insertion order, so the same network always gives the same flow.
 */
final class MinCostFlow {

	private static final long UNREACHED = Long.MAX_VALUE / 4;

	private final int nodes;
	private int arcCount;
	private int[] arcFrom = new int[16];
	private int[] arcTo = new int[16];
	private int[] arcCapacity = new int[16];
	private int[] arcCost = new int[16];

	// the residual network in compressed rows, built by run(): node u's arcs are at positions start[u] .. start[u+1]-1,
	// so that scanning a node reads consecutive memory
	private int[] start;
	private int[] to;
	private int[] capacity;
	private int[] cost;
	private int[] reverse;
	private int[] forwardPosition;

	private long[] potential;
	private int[] level;
	private int[] current;

	MinCostFlow(int nodes) {
		this.nodes = nodes;
	}

	/** Adds an arc and returns its index, for {@link #flow(int)}. Arcs must all be added before {@link #run}. */
	int addArc(int from, int target, int capacity, int cost) {
		if (capacity < 0 || cost < 0) {
			throw new IllegalArgumentException("capacity and cost must not be negative");
		}
		if (start != null) {
			throw new IllegalStateException("The network has been solved");
		}
		if (arcCount == arcFrom.length) {
			int size = arcCount * 2;
			arcFrom = Arrays.copyOf(arcFrom, size);
			arcTo = Arrays.copyOf(arcTo, size);
			arcCapacity = Arrays.copyOf(arcCapacity, size);
			arcCost = Arrays.copyOf(arcCost, size);
		}
		arcFrom[arcCount] = from;
		arcTo[arcCount] = target;
		arcCapacity[arcCount] = capacity;
		arcCost[arcCount] = cost;
		return arcCount++;
	}

	/** The flow on an arc returned by {@link #addArc}, after {@link #run}. */
	int flow(int arc) {
		return capacity[reverse[forwardPosition[arc]]];
	}

	/** Sends as much flow as possible from source to sink at minimum cost; returns the amount. */
	long run(int source, int sink) {
		compress();
		potential = new long[nodes]; // all arc costs are non-negative, so zero potentials are feasible
		level = new int[nodes];
		current = new int[nodes];
		long total = 0;
		while (true) {
			long[] distance = shortestDistances(source, sink);
			if (distance[sink] >= UNREACHED) {
				return total;
			}
			for (int v = 0; v < nodes; v++) {
				potential[v] += Math.min(distance[v], distance[sink]);
			}
			total += blockingFlows(source, sink);
		}
	}

	/** Each arc and its reverse, in the rows of their tail nodes, in the order the arcs were added. */
	private void compress() {
		start = new int[nodes + 1];
		for (int a = 0; a < arcCount; a++) {
			start[arcFrom[a] + 1]++;
			start[arcTo[a] + 1]++;
		}
		for (int v = 0; v < nodes; v++) {
			start[v + 1] += start[v];
		}
		int[] fill = Arrays.copyOf(start, nodes);
		int positions = 2 * arcCount;
		to = new int[positions];
		capacity = new int[positions];
		cost = new int[positions];
		reverse = new int[positions];
		forwardPosition = new int[arcCount];
		for (int a = 0; a < arcCount; a++) {
			int forward = fill[arcFrom[a]]++;
			int backward = fill[arcTo[a]]++;
			to[forward] = arcTo[a];
			capacity[forward] = arcCapacity[a];
			cost[forward] = arcCost[a];
			reverse[forward] = backward;
			to[backward] = arcFrom[a];
			capacity[backward] = 0;
			cost[backward] = -arcCost[a];
			reverse[backward] = forward;
			forwardPosition[a] = forward;
		}
	}

	/** The nodes reachable from the source in the residual network: after {@link #run}, the source side of a minimum cut. */
	boolean[] residualReachable(int source) {
		boolean[] seen = new boolean[nodes];
		int[] queue = new int[nodes];
		int tail = 0;
		queue[tail++] = source;
		seen[source] = true;
		for (int i = 0; i < tail; i++) {
			int u = queue[i];
			for (int p = start[u]; p < start[u + 1]; p++) {
				if (capacity[p] > 0 && !seen[to[p]]) {
					seen[to[p]] = true;
					queue[tail++] = to[p];
				}
			}
		}
		return seen;
	}

	/** Dijkstra on reduced costs; array-based, as the networks here are dense. Stops once the sink is settled. */
	private long[] shortestDistances(int source, int sink) {
		long[] distance = new long[nodes];
		boolean[] settled = new boolean[nodes];
		Arrays.fill(distance, UNREACHED);
		distance[source] = 0;
		while (true) {
			int u = -1;
			long best = UNREACHED;
			for (int v = 0; v < nodes; v++) {
				if (!settled[v] && distance[v] < best) {
					best = distance[v];
					u = v;
				}
			}
			if (u < 0 || u == sink) {
				return distance;
			}
			settled[u] = true;
			long base = best + potential[u];
			for (int p = start[u]; p < start[u + 1]; p++) {
				if (capacity[p] > 0) {
					int v = to[p];
					long candidate = base + cost[p] - potential[v];
					if (candidate < distance[v]) {
						distance[v] = candidate;
					}
				}
			}
		}
	}

	/** Dinic's algorithm restricted to the admissible arcs (residual capacity and reduced cost zero). */
	private long blockingFlows(int source, int sink) {
		long total = 0;
		while (levels(source, sink)) {
			System.arraycopy(start, 0, current, 0, nodes);
			int pushed;
			while ((pushed = augment(source, sink, Integer.MAX_VALUE)) > 0) {
				total += pushed;
			}
		}
		return total;
	}

	private boolean levels(int source, int sink) {
		Arrays.fill(level, -1);
		int[] queue = new int[nodes];
		int tail = 0;
		queue[tail++] = source;
		level[source] = 0;
		for (int i = 0; i < tail; i++) {
			int u = queue[i];
			long base = potential[u];
			for (int p = start[u]; p < start[u + 1]; p++) {
				int v = to[p];
				if (level[v] < 0 && capacity[p] > 0 && cost[p] + base == potential[v]) {
					level[v] = level[u] + 1;
					queue[tail++] = v;
				}
			}
		}
		return level[sink] >= 0;
	}

	private int augment(int u, int sink, int limit) {
		if (u == sink) {
			return limit;
		}
		int end = start[u + 1];
		long base = potential[u];
		int next = level[u] + 1;
		for (; current[u] < end; current[u]++) {
			int p = current[u];
			int v = to[p];
			if (capacity[p] > 0 && level[v] == next && cost[p] + base == potential[v]) {
				int pushed = augment(v, sink, Math.min(limit, capacity[p]));
				if (pushed > 0) {
					capacity[p] -= pushed;
					capacity[reverse[p]] += pushed;
					return pushed;
				}
			}
		}
		return 0;
	}
}
