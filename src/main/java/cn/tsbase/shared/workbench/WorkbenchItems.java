package cn.tsbase.shared.workbench;

import java.util.List;

import cn.tsbase.shared.security.CurrentUser;

/**
 * What a module has waiting for a user, for the workbench (工作台) they land on after login. Each module that owns
 * work implements this as a bean and answers for its own data: it decides by the user's roles whether anything
 * applies, and counts inside the user's scope (district, unit, assignment) in the query, with a bounded number of
 * count queries and no rows loaded. The workbench composes the answers; no module depends on it.
 */
public interface WorkbenchItems {

	/** The lines for this user, empty when none of the user's roles has work in the module. */
	List<WorkbenchItem> itemsFor(CurrentUser user);
}
