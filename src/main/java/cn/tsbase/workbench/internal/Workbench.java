package cn.tsbase.workbench.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.workbench.WorkbenchItem;
import cn.tsbase.shared.workbench.WorkbenchItems;

/** Composes a user's workbench from every module's lines, in page order. */
@Service
public class Workbench {

	private static final Logger log = LoggerFactory.getLogger(Workbench.class);

	private final List<WorkbenchItems> sources;

	Workbench(List<WorkbenchItems> sources) {
		this.sources = List.copyOf(sources);
	}

	/**
	 * The user's lines, pending or not, in page order; {@code complete} is false when a module could not answer (its
	 * lines are left out and the page says so instead of failing).
	 */
	public View of(CurrentUser user) {
		List<WorkbenchItem> items = new ArrayList<>();
		boolean complete = true;
		for (WorkbenchItems source : sources) {
			try {
				items.addAll(source.itemsFor(user));
			}
			catch (DataAccessException e) {
				log.error("Workbench source {} failed for {}", source.getClass().getSimpleName(), user, e);
				complete = false;
			}
		}
		items.sort(Comparator.comparingInt(WorkbenchItem::order).thenComparing(WorkbenchItem::key));
		return new View(List.copyOf(items), complete);
	}

	public record View(List<WorkbenchItem> items, boolean complete) {

		public long pendingCount() {
			return items.stream().filter(WorkbenchItem::isPending).count();
		}
	}
}
