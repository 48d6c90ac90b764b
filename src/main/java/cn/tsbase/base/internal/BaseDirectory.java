package cn.tsbase.base.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.base.BaseManagement;
import cn.tsbase.base.BaseStatus;
import cn.tsbase.base.BaseView;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.web.PublicPageCache;
import cn.tsbase.shared.security.DataScope;

/** The base module's public API: bases as view records, scoped and paged in the database. */
@Service
class BaseDirectory implements BaseManagement {

	private static final BaseService.Filter NO_FILTER = new BaseService.Filter(null, null, null, null, null);

	private final BaseService bases;
	private final DemonstrationBaseRepository repository;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final PublicPageCache publicPages;

	BaseDirectory(BaseService bases, DemonstrationBaseRepository repository, ApplicationEventPublisher events,
			AuditLog audit, PublicPageCache publicPages) {
		this.bases = bases;
		this.repository = repository;
		this.events = events;
		this.audit = audit;
		this.publicPages = publicPages;
	}

	@Override
	@Transactional
	public void revoke(long baseId, String documentNumber, LocalDate decidedOn, String reason, String decidedBy) {
		DemonstrationBase base = repository.findById(baseId).orElseThrow(() -> new NotFoundException("Base " + baseId));
		events.publishEvent(base.revoke(documentNumber, decidedOn, reason));
		audit.record(decidedBy, "BASE_REVOKED", "DemonstrationBase", baseId, AuditOutcome.SUCCESS, documentNumber);
		publicPages.evictAllAfterCommit();
	}

	@Override
	@Transactional
	public void withdraw(long baseId, LocalDate withdrawnOn, String reason, String recordedBy) {
		DemonstrationBase base = repository.findById(baseId).orElseThrow(() -> new NotFoundException("Base " + baseId));
		events.publishEvent(base.withdraw(withdrawnOn, reason));
		audit.record(recordedBy, "BASE_WITHDRAWN", "DemonstrationBase", baseId, AuditOutcome.SUCCESS, null);
		publicPages.evictAllAfterCommit();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<BaseView> find(long baseId, DataScope scope) {
		return bases.findInScope(baseId, scope).map(BaseDirectory::view);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<BaseView> inScope(DataScope scope, Pageable pageable) {
		return bases.matchingBases(NO_FILTER, scope, pageable).map(BaseDirectory::view);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<BaseView> ofDistrict(String districtCode, Pageable pageable) {
		return bases.matchingBases(NO_FILTER, new DataScope(DataScope.Kind.DISTRICT, districtCode, null), pageable)
			.map(BaseDirectory::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<BaseView> ofUnit(long unitId) {
		return repository.findByUnitIdOrderByBatchYearDesc(unitId).stream().map(BaseDirectory::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<BaseStatus> status(long baseId) {
		return repository.findById(baseId).map(b -> BaseStatus.valueOf(b.getStatus().name()));
	}

	static BaseView view(DemonstrationBase b) {
		return new BaseView(b.getId(), b.getUnitId(), b.getUnitName(), b.getUscc(), b.getBaseType(),
				b.getBatchYear(), b.getDistrictCode(), b.getIndustryCode(), b.getDocumentNumber(),
				b.getDocumentDate(), BaseStatus.valueOf(b.getStatus().name()), b.getDeclarationId());
	}
}
