package cn.tsbase.declaration.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.DeclarationStatus;
import cn.tsbase.organization.OrganizationManagement;
import cn.tsbase.organization.UnitProfile;
import cn.tsbase.organization.UnitSummary;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.security.CurrentUser;

/** The unit's side of a declaration: start it for an open call, keep the draft, submit it, withdraw it. */
@Component
class UnitDeclarations {

	private final Calls calls;
	private final DeclarationRepository declarations;
	private final DeclarationVersionRepository versions;
	private final DeclarationRecords records;
	private final OrganizationManagement organization;
	private final Clock clock;

	UnitDeclarations(Calls calls, DeclarationRepository declarations, DeclarationVersionRepository versions,
			DeclarationRecords records, OrganizationManagement organization, Clock clock) {
		this.calls = calls;
		this.declarations = declarations;
		this.versions = versions;
		this.records = records;
		this.organization = organization;
		this.clock = clock;
	}

	/** Starts a declaration for an open call, prefilled from the unit's profile. One declaration per unit per call. */
	@Transactional
	Declaration start(long callId, BaseType type, CurrentUser unitUser) {
		Call call = calls.get(callId, unitUser);
		if (!call.isOpen(clock.instant())) {
			throw new StateConflictException("call.closed", "Call " + callId + " is not open");
		}
		if (!call.getBaseTypes().contains(type)) {
			throw new StateConflictException("call.baseTypeNotOffered", "Call " + callId + " has no " + type);
		}
		Long unitId = unitUser.getUnitId();
		UnitProfile unit = organization.profile(unitId, unitUser.scope())
			.orElseThrow(() -> new NotFoundException("Unit " + unitId));
		if (declarations.findByCallIdAndUnitId(callId, unitId).isPresent()) {
			throw new StateConflictException("declaration.exists", "Unit " + unitId + " has declared for " + callId);
		}
		DeclarationContent content = DeclarationContent.empty().withBasic(prefill(unit));
		try {
			Declaration declaration = declarations.saveAndFlush(new Declaration(callId, unitId,
					unit.districtCode(), type, unit.name(), unit.industryCode(), records.write(content),
					clock.instant()));
			records.record(declaration, "CREATED", unitUser.getUsername(), null);
			return declaration;
		}
		catch (DataIntegrityViolationException duplicate) {
			throw new StateConflictException("declaration.exists", "Unit " + unitId + " has declared for " + callId);
		}
	}

	static DeclarationContent.BasicInfo prefill(UnitProfile unit) {
		return new DeclarationContent.BasicInfo(unit.name(), unit.uscc(), unit.unitTypeCode(), unit.industryCode(),
				unit.districtCode(), unit.address(), unit.postcode(), unit.legalRepresentative(), unit.headcount(),
				unit.annualOutput(), unit.contactPerson(), unit.contactTitle(), unit.contactMobile(),
				unit.contactEmail());
	}

	/** The unit's declarations, newest first. */
	@Transactional(readOnly = true)
	List<Declaration> ofUnit(CurrentUser unitUser) {
		return unitUser.getUnitId() == null ? List.of()
				: declarations.findByUnitIdOrderByCreatedAtDesc(unitUser.getUnitId());
	}

	/**
	 * Saves a change of the draft (no validation blocks a draft). The unit's name in the draft is always its
	 * registered name, whatever the change says: what the lists and notices later show is never free text.
	 */
	@Transactional
	Declaration saveDraft(long id, long expectedVersion, UnaryOperator<DeclarationContent> change,
			CurrentUser unitUser) {
		Declaration declaration = records.load(id, expectedVersion, unitUser.scope());
		String registeredName = organization.find(declaration.getUnitId(), unitUser.scope())
			.map(UnitSummary::name)
			.orElse(declaration.getUnitName());
		DeclarationContent changed = change.apply(records.read(declaration));
		DeclarationContent content = changed.withBasic(changed.basic().withUnitName(registeredName));
		declaration.saveDraft(records.write(content), registeredName, content.basic().industryCode(),
				clock.instant());
		declarations.flush();
		return declaration;
	}

	/** Everything still missing before the declaration may be submitted. */
	List<CompletenessCheck.Missing> missing(Declaration declaration) {
		return CompletenessCheck.check(declaration.getBaseType(), records.read(declaration));
	}

	/**
	 * Submits (or resubmits) with the commitment. A repeat of the same submission (same token) changes nothing.
	 *
	 * @throws StateConflictException when incomplete, past the deadline (first submission) or in the wrong state
	 */
	@Transactional
	Declaration submit(long id, long expectedVersion, String token, String signer, LocalDate signedOn,
			CurrentUser unitUser) {
		Declaration declaration = records.inScope(id, unitUser.scope());
		if (declaration.isSubmissionOf(token)) {
			return declaration;
		}
		DeclarationRecords.checkVersion(declaration, expectedVersion);
		if (!missing(declaration).isEmpty()) {
			throw new StateConflictException("declaration.incomplete", "Declaration " + id + " is incomplete");
		}
		boolean resubmission = declaration.getStatus() == DeclarationStatus.RETURNED;
		Call call = calls.byId(declaration.getCallId());
		if (!resubmission && !call.isOpen(clock.instant())) {
			throw new StateConflictException("call.closed", "Call " + call.getId() + " is closed");
		}
		Instant now = clock.instant();
		DeclarationContent.BasicInfo basic = records.read(declaration).basic();
		String listedName = basic.unitName() != null ? basic.unitName() : declaration.getUnitName();
		if (!declaration.submit(token, signer, signedOn, listedName, basic.industryCode(), now)) {
			return declaration;
		}
		// the version first: the submission's event, published when the declaration is saved, records its files
		versions.save(new DeclarationVersion(id, declaration.getSubmittedVersion(), now, unitUser.getUsername(),
				declaration.getContentJson()));
		declarations.saveAndFlush(declaration);
		records.record(declaration, resubmission ? "RESUBMITTED" : "SUBMITTED", unitUser.getUsername(),
				"v" + declaration.getSubmittedVersion() + ", " + signer);
		return declaration;
	}

	@Transactional
	Declaration withdraw(long id, long expectedVersion, CurrentUser unitUser) {
		Declaration declaration = records.load(id, expectedVersion, unitUser.scope());
		declaration.withdraw(clock.instant());
		declarations.saveAndFlush(declaration);
		records.record(declaration, "WITHDRAWN", unitUser.getUsername(), null);
		return declaration;
	}
}
