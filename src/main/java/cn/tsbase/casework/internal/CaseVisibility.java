package cn.tsbase.casework.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.shared.security.CurrentUser;

/**
 * Whether a user may open a typical case, under the same scope as the case pages, without reading it: an incident's
 * page links to the case proposed from it only for those who may open it (others read that it was proposed). Nothing
 * confidential is read, so nothing is audited.
 */
@Component
public class CaseVisibility {

	private final TypicalCaseRepository cases;
	private final CaseAuthorship authorship;

	CaseVisibility(TypicalCaseRepository cases, CaseAuthorship authorship) {
		this.cases = cases;
		this.authorship = authorship;
	}

	@Transactional(readOnly = true)
	public boolean canOpen(long caseId, CurrentUser user) {
		return cases.exists(authorship.inScope(user).and((root, q, cb) -> cb.equal(root.get("id"), caseId)));
	}
}
