package cn.tsbase.shared.progress;

import java.util.List;

/**
 * What a module after the district knows of one declaration, for its page: the unit sees there how its declaration
 * fared, not only in notifications. Each module that handles declarations after the district implements this as a
 * bean and answers from its own data with a bounded number of queries; the caller has already checked that the user
 * may see the declaration. The declaration module composes the answers; it depends on none of the modules.
 */
public interface DeclarationMilestones {

	/** The stages the declaration reached in the module, empty when it never reached the module. */
	List<DeclarationMilestone> milestonesOf(long declarationId);
}
