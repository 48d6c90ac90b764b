package cn.tsbase.base.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.base.BaseManagement;
import cn.tsbase.base.BaseStatus;
import cn.tsbase.base.BaseView;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.security.DataScope;

/** The base module's public API: bases as view records, scoped and paged in the database. */
@Service
class BaseDirectory implements BaseManagement {

	private static final BaseService.Filter NO_FILTER = new BaseService.Filter(null, null, null, null, null);

	private final BaseService bases;
	private final DemonstrationBaseRepository repository;

	BaseDirectory(BaseService bases, DemonstrationBaseRepository repository) {
		this.bases = bases;
		this.repository = repository;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<BaseView> find(long baseId, DataScope scope) {
		try {
			return Optional.of(view(bases.inScope(baseId, scope)));
		}
		catch (NotFoundException notFound) {
			return Optional.empty();
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Page<BaseView> inScope(DataScope scope, Pageable pageable) {
		return bases.search(NO_FILTER, scope, pageable).map(BaseDirectory::view);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<BaseView> ofDistrict(String districtCode, Pageable pageable) {
		return bases.search(NO_FILTER, new DataScope(DataScope.Kind.DISTRICT, districtCode, null), pageable)
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
