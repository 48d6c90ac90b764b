package cn.tsbase.declaration.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.CallSummary;
import cn.tsbase.declaration.DeclarationDecided;
import cn.tsbase.declaration.DeclarationManagement;
import cn.tsbase.declaration.DeclarationParties;
import cn.tsbase.declaration.DeclarationReadGrants;
import cn.tsbase.declaration.DeclarationReturned;
import cn.tsbase.declaration.DeclarationStatus;
import cn.tsbase.declaration.QueueFilter;
import cn.tsbase.declaration.DeclarationSubmitted;
import cn.tsbase.declaration.DeclarationSummary;
import cn.tsbase.declaration.DeclarationWithdrawn;
import cn.tsbase.declaration.PendingDeclaration;
import cn.tsbase.declaration.Section;
import cn.tsbase.organization.OrganizationManagement;
import cn.tsbase.organization.UnitProfile;
import cn.tsbase.organization.UnitSummary;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;

/**
 * Calls and declarations. Every read and write of a declaration goes through the caller's scope in the query: a
 * unit sees its own, a district its district's, the municipal bureau all; anything else is "not found".
 */
@Service
public class DeclarationService implements DeclarationManagement {

	private final CallRepository calls;
	private final DeclarationRepository declarations;
	private final DeclarationVersionRepository versions;
	private final DeclarationHistoryRepository history;
	private final OrganizationManagement organization;
	private final JsonMapper json;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final Clock clock;
	private final ObjectProvider<DeclarationReadGrants> grants;

	DeclarationService(CallRepository calls, DeclarationRepository declarations, DeclarationVersionRepository versions,
			DeclarationHistoryRepository history, OrganizationManagement organization, JsonMapper json,
			ApplicationEventPublisher events, AuditLog audit, Clock clock, ObjectProvider<DeclarationReadGrants> grants) {
		this.calls = calls;
		this.declarations = declarations;
		this.versions = versions;
		this.history = history;
		this.organization = organization;
		this.json = json;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.grants = grants;
	}

	// ---------------------------------------------------------------- calls

	/** A district officer publishes for their district; a municipal officer for every district. */
	@Transactional
	public Call createCall(NewCall call, CurrentUser officer) {
		String district = officer.scope().isAll() ? null : officer.getDistrictCode();
		if (district == null && !officer.scope().isAll()) {
			throw new NotFoundException("No district for " + officer.getUsername());
		}
		Call saved = calls.save(new Call(district, call.title(), call.year(), call.baseTypes(),
				call.requirementsHtml(), call.opensAt(), call.closesAt(), call.quotaPoints(), call.quotaZones(),
				officer.getUsername(), clock.instant()));
		audit.record("CALL_PUBLISHED", "Call", saved.getId(), AuditOutcome.SUCCESS,
				district == null ? "all districts" : "district " + district);
		return saved;
	}

	/** The calls the user may see: the municipal bureau all, everyone else their district's and the municipal ones. */
	@Transactional(readOnly = true)
	public List<Call> calls(CurrentUser user) {
		if (user.scope().isAll()) {
			return calls.findAllNewestFirst();
		}
		String district = districtOf(user);
		return district == null ? List.of() : calls.findForDistrict(district);
	}

	@Transactional(readOnly = true)
	public Call call(long callId, CurrentUser user) {
		Call call = calls.findById(callId).orElseThrow(() -> new NotFoundException("Call " + callId));
		if (!user.scope().isAll() && !call.covers(districtOf(user))) {
			throw new NotFoundException("Call " + callId);
		}
		return call;
	}

	private String districtOf(CurrentUser user) {
		if (user.getDistrictCode() != null) {
			return user.getDistrictCode();
		}
		return null;
	}

	// ---------------------------------------------------------------- declarations: the unit's side

	/**
	 * Starts a declaration for an open call, prefilled from the unit's profile. One declaration per unit per call.
	 */
	@Transactional
	public Declaration start(long callId, BaseType type, CurrentUser unitUser) {
		Call call = call(callId, unitUser);
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
					unit.districtCode(), type, unit.name(), unit.industryCode(), write(content), clock.instant()));
			record(declaration, "CREATED", unitUser.getUsername(), null);
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
	public List<Declaration> ofUnit(CurrentUser unitUser) {
		return unitUser.getUnitId() == null ? List.of()
				: declarations.findByUnitIdOrderByCreatedAtDesc(unitUser.getUnitId());
	}

	/**
	 * Saves a change of the draft (no validation blocks a draft). The unit's name in the draft is always its
	 * registered name, whatever the change says: what the lists and notices later show is never free text.
	 */
	@Transactional
	public Declaration saveDraft(long id, long expectedVersion, UnaryOperator<DeclarationContent> change,
			CurrentUser unitUser) {
		Declaration declaration = load(id, expectedVersion, unitUser.scope());
		String registeredName = organization.find(declaration.getUnitId(), unitUser.scope())
			.map(UnitSummary::name)
			.orElse(declaration.getUnitName());
		DeclarationContent changed = change.apply(read(declaration));
		DeclarationContent content = changed.withBasic(changed.basic().withUnitName(registeredName));
		declaration.saveDraft(write(content), registeredName, content.basic().industryCode(), clock.instant());
		declarations.flush();
		return declaration;
	}

	/** Everything still missing before the declaration may be submitted. */
	public List<CompletenessCheck.Missing> missing(Declaration declaration) {
		return CompletenessCheck.check(declaration.getBaseType(), read(declaration));
	}

	/**
	 * Submits (or resubmits) with the commitment. A repeat of the same submission (same token) changes nothing.
	 *
	 * @throws StateConflictException when incomplete, past the deadline (first submission) or in the wrong state
	 */
	@Transactional
	public Declaration submit(long id, long expectedVersion, String token, String signer, LocalDate signedOn,
			CurrentUser unitUser) {
		Declaration declaration = declarations.findOne(within(unitUser.scope()).and(hasId(id)))
			.orElseThrow(() -> new NotFoundException("Declaration " + id));
		if (declaration.isSubmissionOf(token)) {
			return declaration;
		}
		checkVersion(declaration, expectedVersion);
		if (!missing(declaration).isEmpty()) {
			throw new StateConflictException("declaration.incomplete", "Declaration " + id + " is incomplete");
		}
		boolean resubmission = declaration.getStatus() == DeclarationStatus.RETURNED;
		Call call = calls.findById(declaration.getCallId()).orElseThrow();
		if (!resubmission && !call.isOpen(clock.instant())) {
			throw new StateConflictException("call.closed", "Call " + call.getId() + " is closed");
		}
		Instant now = clock.instant();
		if (!declaration.submit(token, signer, signedOn, now)) {
			return declaration;
		}
		declarations.flush();
		versions.save(new DeclarationVersion(id, declaration.getSubmittedVersion(), now, unitUser.getUsername(),
				declaration.getContentJson()));
		record(declaration, resubmission ? "RESUBMITTED" : "SUBMITTED", unitUser.getUsername(),
				"v" + declaration.getSubmittedVersion() + ", " + signer);
		audit.record(resubmission ? "DECLARATION_RESUBMITTED" : "DECLARATION_SUBMITTED", "Declaration", id,
				AuditOutcome.SUCCESS, "version " + declaration.getSubmittedVersion());
		events.publishEvent(new DeclarationSubmitted(id, declaration.getCallId(), declaration.getUnitId(),
				declaration.getDistrictCode(), declaration.getUnitName(), declaration.getBaseType(), resubmission));
		return declaration;
	}

	@Transactional
	public Declaration withdraw(long id, long expectedVersion, CurrentUser unitUser) {
		Declaration declaration = load(id, expectedVersion, unitUser.scope());
		declaration.withdraw(clock.instant());
		declarations.flush();
		record(declaration, "WITHDRAWN", unitUser.getUsername(), null);
		audit.record("DECLARATION_WITHDRAWN", "Declaration", id, AuditOutcome.SUCCESS, null);
		events.publishEvent(new DeclarationWithdrawn(id, declaration.getUnitId(), declaration.getDistrictCode(),
				declaration.getUnitName()));
		return declaration;
	}

	// ---------------------------------------------------------------- declarations: the district's side

	@Override
	@Transactional
	public void returnForCorrection(long id, long expectedVersion, Map<Section, String> reasons,
			CurrentUser officer) {
		Map<Section, String> given = new EnumMap<>(Section.class);
		reasons.forEach((section, reason) -> {
			if (reason != null && !reason.isBlank()) {
				given.put(section, reason.strip());
			}
		});
		if (given.isEmpty()) {
			throw new StateConflictException("declaration.returnNeedsReason", "A return needs a reason");
		}
		Declaration declaration = load(id, expectedVersion, officer.scope());
		declaration.returnForCorrection(write(given), clock.instant());
		declarations.flush();
		record(declaration, "RETURNED", officer.getUsername(), String.join("\n", given.values()));
		audit.record("DECLARATION_RETURNED", "Declaration", id, AuditOutcome.SUCCESS, given.keySet().toString());
		events.publishEvent(new DeclarationReturned(id, declaration.getUnitId(), declaration.getDistrictCode(),
				declaration.getUnitName(), given));
	}

	@Override
	@Transactional
	public void decide(long declarationId, long expectedVersion, boolean recommended, String reason,
			CurrentUser officer) {
		Declaration declaration = load(declarationId, expectedVersion, officer.scope());
		declaration.decide(recommended, clock.instant());
		declarations.flush();
		record(declaration, recommended ? "RECOMMENDED" : "NOT_RECOMMENDED", officer.getUsername(), reason);
		audit.record(recommended ? "DECLARATION_RECOMMENDED" : "DECLARATION_NOT_RECOMMENDED", "Declaration",
				declarationId, AuditOutcome.SUCCESS, null);
		events.publishEvent(new DeclarationDecided(declarationId, declaration.getUnitId(),
				declaration.getDistrictCode(), declaration.getUnitName(), recommended, reason));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<DeclarationSummary> queue(QueueFilter filter, DataScope scope, Pageable pageable) {
		return declarations.findAll(within(scope).and(DeclarationSpecifications.matching(filter)), pageable)
			.map(DeclarationService::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CallSummary> findCall(long callId) {
		return calls.findById(callId).map(DeclarationService::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public List<CallSummary> callsFor(CurrentUser user) {
		return calls(user).stream().map(DeclarationService::summary).toList();
	}

	static CallSummary summary(Call c) {
		return new CallSummary(c.getId(), c.getDistrictCode(), c.getTitle(), c.getYear(), c.getBaseTypes(),
				c.getOpensAt(), c.getClosesAt(), c.getQuotaPoints(), c.getQuotaZones());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DeclarationSummary> find(long declarationId, DataScope scope) {
		return declarations.findOne(within(scope).and(hasId(declarationId))).map(DeclarationService::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public List<DeclarationSummary> findAll(List<Long> declarationIds, DataScope scope) {
		if (declarationIds.isEmpty()) {
			return List.of();
		}
		return declarations
			.findAll(within(scope).and((root, query, cb) -> root.get("id").in(declarationIds)))
			.stream()
			.map(DeclarationService::summary)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<PendingDeclaration> pendingClosingBetween(Instant from, Instant to) {
		return declarations.findPending(List.of(DeclarationStatus.DRAFT, DeclarationStatus.RETURNED), from, to);
	}

	public static DeclarationSummary summary(Declaration d) {
		return new DeclarationSummary(d.getId(), d.getCallId(), d.getUnitId(), d.getDistrictCode(), d.getUnitName(),
				d.getIndustryCode(), d.getBaseType(), d.getStatus(), d.getSubmittedVersion(), d.getSubmittedAt(),
				d.getVersion());
	}

	// ---------------------------------------------------------------- reading

	@Transactional(readOnly = true)
	public Declaration get(long id, DataScope scope) {
		return declarations.findOne(within(scope).and(hasId(id)))
			.orElseThrow(() -> new NotFoundException("Declaration " + id));
	}

	/** A declaration a reader may read: inside their scope, or opened to them by a {@link DeclarationReadGrants}. */
	public record Readable(Declaration declaration, boolean granted) {
	}

	/**
	 * The declaration for read-only use (content, evidence): inside the reader's scope, or else when a
	 * {@link DeclarationReadGrants} opens it to them.
	 *
	 * @throws NotFoundException when neither
	 */
	@Transactional(readOnly = true)
	public Readable readable(long id, CurrentUser reader) {
		Optional<Declaration> inScope = declarations.findOne(within(reader.scope()).and(hasId(id)));
		if (inScope.isPresent()) {
			return new Readable(inScope.get(), false);
		}
		boolean granted = grants.orderedStream().anyMatch(grant -> grant.mayRead(reader, id));
		if (!granted) {
			throw new NotFoundException("Declaration " + id);
		}
		return declarations.findOne(DeclarationSpecifications.submittedOnce().and(hasId(id)))
			.map(declaration -> new Readable(declaration, true))
			.orElseThrow(() -> new NotFoundException("Declaration " + id));
	}

	@Override
	@Transactional(readOnly = true)
	public List<DeclarationParties> parties(List<Long> declarationIds, DataScope scope) {
		if (declarationIds.isEmpty()) {
			return List.of();
		}
		return declarations
			.findAll(within(scope).and((root, query, cb) -> root.get("id").in(declarationIds)))
			.stream()
			.map(declaration -> {
				DeclarationContent content = read(declaration);
				String name = content.basic().unitName() == null || content.basic().unitName().isBlank()
						? declaration.getUnitName() : content.basic().unitName();
				return new DeclarationParties(declaration.getId(), name, content.basic().uscc(),
						content.basic().contactEmail(), content.members()
							.stream()
							.map(m -> new DeclarationParties.Member(m.name(), m.uscc()))
							.toList());
			})
			.toList();
	}

	public DeclarationContent read(Declaration declaration) {
		return json.readValue(declaration.getContentJson(), DeclarationContent.class);
	}

	public Map<Section, String> returnReasons(Declaration declaration) {
		if (declaration.getReturnReasonsJson() == null) {
			return Map.of();
		}
		Map<Section, String> reasons = json.readValue(declaration.getReturnReasonsJson(),
				new TypeReference<EnumMap<Section, String>>() {
				});
		return reasons;
	}

	@Transactional(readOnly = true)
	public List<DeclarationVersion> versions(long id, DataScope scope) {
		get(id, scope);
		return versions.findByDeclarationIdOrderByVersionNoDesc(id);
	}

	@Transactional(readOnly = true)
	public List<DeclarationHistoryEntry> history(long id, DataScope scope) {
		get(id, scope);
		return history.findByDeclarationIdOrderByOccurredAtAscIdAsc(id);
	}

	/** The fields that differ between two submitted versions, in form order. */
	@Transactional(readOnly = true)
	public List<FieldDifference> compare(long id, int from, int to, DataScope scope) {
		get(id, scope);
		JsonNode before = json.readTree(versionContent(id, from));
		JsonNode after = json.readTree(versionContent(id, to));
		Map<String, String> left = new LinkedHashMap<>();
		Map<String, String> right = new LinkedHashMap<>();
		flatten("", before, left);
		flatten("", after, right);
		List<FieldDifference> differences = new ArrayList<>();
		for (String path : orderedPaths(left, right)) {
			if (!Objects.equals(left.get(path), right.get(path))) {
				differences.add(new FieldDifference(path, left.get(path), right.get(path)));
			}
		}
		return differences;
	}

	private static List<String> orderedPaths(Map<String, String> left, Map<String, String> right) {
		List<String> paths = new ArrayList<>(left.keySet());
		right.keySet().stream().filter(p -> !left.containsKey(p)).forEach(paths::add);
		return paths;
	}

	private String versionContent(long id, int versionNo) {
		return versions.findByDeclarationIdAndVersionNo(id, versionNo)
			.map(DeclarationVersion::getContentJson)
			.orElseThrow(() -> new NotFoundException("Version " + versionNo + " of declaration " + id));
	}

	private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
		if (node == null || node.isNull()) {
			return;
		}
		if (node.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext();) {
				Map.Entry<String, JsonNode> entry = it.next();
				flatten(prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey(), entry.getValue(), out);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				flatten(prefix + "[" + (i + 1) + "]", node.get(i), out);
			}
		}
		else {
			String text = node.asString();
			if (!text.isEmpty()) {
				out.put(prefix, text);
			}
		}
	}

	// ---------------------------------------------------------------- helpers

	private Declaration load(long id, long expectedVersion, DataScope scope) {
		Declaration declaration = declarations.findOne(within(scope).and(hasId(id)))
			.orElseThrow(() -> new NotFoundException("Declaration " + id));
		checkVersion(declaration, expectedVersion);
		return declaration;
	}

	private static void checkVersion(Declaration declaration, long expectedVersion) {
		if (declaration.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Declaration.class, declaration.getId());
		}
	}

	private void record(Declaration declaration, String action, String actor, String note) {
		history.save(new DeclarationHistoryEntry(declaration.getId(), action, actor, clock.instant(), note));
	}

	private String write(Object value) {
		return json.writeValueAsString(value);
	}

	static Specification<Declaration> within(DataScope scope) {
		return DeclarationSpecifications.within(scope);
	}

	static Specification<Declaration> hasId(long id) {
		return DeclarationSpecifications.hasId(id);
	}
}
