package cn.tsbase.browser;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What went wrong inside the browser during one test: Content Security Policy violations, console errors and
 * uncaught script errors, each with the page it happened on.
 */
public final class PageProblems {

	private final List<String> problems = new CopyOnWriteArrayList<>();

	void add(String kind, String pageUrl, String text) {
		problems.add(kind + " on " + pageUrl + ": " + text);
	}

	public List<String> all() {
		return List.copyOf(problems);
	}

	public boolean isEmpty() {
		return problems.isEmpty();
	}

	/** The problems found so far, forgetting them (for tests that provoke problems on purpose). */
	List<String> takeAll() {
		List<String> taken = List.copyOf(problems);
		problems.removeAll(taken);
		return taken;
	}

	/** Fails with every problem found so far. */
	public void assertNone() {
		if (!problems.isEmpty()) {
			throw new AssertionError("The browser reported " + problems.size() + " problem(s):\n  "
					+ String.join("\n  ", problems));
		}
	}

	@Override
	public String toString() {
		return problems.toString();
	}
}
