package cn.tsbase.selection.internal;

import org.springframework.stereotype.Component;

import cn.tsbase.declaration.DeclarationReadGrants;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.Role;

/**
 * Opens a declaration's content and evidence to an expert exactly while it is assigned to them, released, after they
 * declared no conflict of interest, and until the round is decided. One query; nothing else of the declaration module
 * opens to experts.
 */
@Component
class ExpertReadGrant implements DeclarationReadGrants {

	private final AssignmentRepository assignments;

	ExpertReadGrant(AssignmentRepository assignments) {
		this.assignments = assignments;
	}

	@Override
	public boolean mayRead(CurrentUser reader, long declarationId) {
		return reader != null && reader.hasRole(Role.EXPERT) && assignments.readableBy(reader.getId(), declarationId);
	}
}
