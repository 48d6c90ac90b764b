package cn.tsbase.declaration;

import java.util.EnumSet;
import java.util.Set;

/** Where a declaration stands in the district's procedure. */
public enum DeclarationStatus {
	DRAFT, SUBMITTED, RETURNED, RESUBMITTED, RECOMMENDED, NOT_RECOMMENDED, WITHDRAWN;

	/** Waiting for the district's review. */
	public static final Set<DeclarationStatus> AWAITING_REVIEW = EnumSet.of(SUBMITTED, RESUBMITTED);

	public String messageKey() {
		return "declaration.status." + name();
	}

	public boolean isEditableByUnit() {
		return this == DRAFT || this == RETURNED;
	}

	public boolean isDecided() {
		return this == RECOMMENDED || this == NOT_RECOMMENDED;
	}
}
