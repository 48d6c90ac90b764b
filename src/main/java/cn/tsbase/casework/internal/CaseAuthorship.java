package cn.tsbase.casework.internal;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import cn.tsbase.casework.CaseStatus;
import cn.tsbase.guidance.GuidanceManagement;
import cn.tsbase.organization.OrganizationManagement;
import cn.tsbase.organization.UnitSummary;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.security.Role;

/**
 * Who writes and who sees typical cases (issue 13, point 5): a unit's people for their unit, a district officer for
 * the district, and an appointed guidance officer for the district that appointed them. The unit sees its own cases,
 * the guidance officer the cases they wrote, the district its district's submitted cases and its own drafts, the
 * bureau those the district approved. Every rule is a query condition, so a case outside it is "not found".
 */
@Component
class CaseAuthorship {

	private final OrganizationManagement organization;
	private final GuidanceManagement guidance;

	CaseAuthorship(OrganizationManagement organization, GuidanceManagement guidance) {
		this.organization = organization;
		this.guidance = guidance;
	}

	/** A new, empty case of the caller; refused (409) for a caller who writes no cases. */
	TypicalCase newCase(CurrentUser user, Long incidentId, java.time.Instant now) {
		DataScope scope = CaseworkScope.of(user);
		return switch (scope.kind()) {
			case UNIT -> {
				UnitSummary unit = organization.find(scope.unitId(), scope)
					.orElseThrow(() -> new NotFoundException("Unit " + scope.unitId()));
				yield new TypicalCase(CaseAuthor.UNIT, unit.id(), unit.districtCode(), incidentId, user.getUsername(),
						user.getId(), now);
			}
			case DISTRICT -> new TypicalCase(CaseAuthor.DISTRICT, null, scope.districtCode(), incidentId,
					user.getUsername(), user.getId(), now);
			default -> {
				String district = isGuide(user) ? guidance.districtOfOfficer(user.getId()).orElse(null) : null;
				if (district == null) {
					throw new StateConflictException("casework.case.authorsOnly", "Not an author");
				}
				yield new TypicalCase(CaseAuthor.GUIDANCE_OFFICER, null, district, incidentId, user.getUsername(),
						user.getId(), now);
			}
		};
	}

	/** The industry of the unit, for a case proposed from its incident ("OTHER" when unknown). */
	String industryOf(long unitId) {
		return organization.find(unitId, new DataScope(DataScope.Kind.ALL, null, null))
			.map(UnitSummary::industryCode)
			.orElse("OTHER");
	}

	boolean isAuthor(TypicalCase c, CurrentUser user) {
		DataScope scope = CaseworkScope.of(user);
		return switch (c.getAuthorKind()) {
			case UNIT -> scope.kind() == DataScope.Kind.UNIT && scope.unitId().equals(c.getAuthorUnitId());
			case DISTRICT -> scope.kind() == DataScope.Kind.DISTRICT && scope.districtCode().equals(c.getDistrictCode());
			case GUIDANCE_OFFICER -> scope.kind() == DataScope.Kind.NONE && isGuide(user)
					&& user.getUsername().equals(c.getCreatedBy());
		};
	}

	/** The cases the caller may see, as a query condition. */
	Specification<TypicalCase> inScope(CurrentUser user) {
		DataScope scope = CaseworkScope.of(user);
		return switch (scope.kind()) {
			case ALL -> (root, q, cb) -> root.get("status").in(CaseStatus.DISTRICT_APPROVED, CaseStatus.PUBLISHED,
					CaseStatus.REJECTED);
			case DISTRICT -> (root, q, cb) -> cb.and(cb.equal(root.get("districtCode"), scope.districtCode()),
					cb.or(cb.notEqual(root.get("status"), CaseStatus.DRAFT),
							cb.equal(root.get("authorKind"), CaseAuthor.DISTRICT)));
			case UNIT -> (root, q, cb) -> cb.equal(root.get("authorUnitId"), scope.unitId());
			case NONE -> isGuide(user)
					? (root, q, cb) -> cb.and(cb.equal(root.get("authorKind"), CaseAuthor.GUIDANCE_OFFICER),
							cb.equal(root.get("createdBy"), user.getUsername()))
					: (root, q, cb) -> cb.disjunction();
		};
	}

	private static boolean isGuide(CurrentUser user) {
		return user != null && user.hasRole(Role.GUIDANCE_OFFICER);
	}
}
