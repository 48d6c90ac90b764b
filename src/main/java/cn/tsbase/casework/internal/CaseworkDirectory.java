package cn.tsbase.casework.internal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.casework.CaseStatus;
import cn.tsbase.casework.CaseworkManagement;
import cn.tsbase.shared.security.DataScope;

/** {@link CaseworkManagement} over the module's services: figures only, never confidential content. */
@Service
class CaseworkDirectory implements CaseworkManagement {

	private final LeakIncidents incidents;
	private final PublicCaseLibrary cases;
	private final TypicalCaseRepository repository;

	CaseworkDirectory(LeakIncidents incidents, PublicCaseLibrary cases, TypicalCaseRepository repository) {
		this.incidents = incidents;
		this.cases = cases;
		this.repository = repository;
	}

	@Override
	@Transactional(readOnly = true)
	public List<IncidentFigures> incidents(int year, DataScope scope) {
		return incidents.figures(year, scope).stream().map(CaseworkDirectory::figures).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<IncidentFigures> incidentsOfBase(long baseId, int year, DataScope scope) {
		return incidents(year, scope).stream()
			.filter(f -> f.baseId() != null && f.baseId() == baseId)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<DistrictResponseTimes> responseTimes(int year, DataScope scope) {
		return incidents.responseTimes(year, scope)
			.stream()
			.map(r -> new DistrictResponseTimes(r.districtCode(), r.incidents(), r.answered(), r.medianMinutes()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<PublishedCaseFigures> publishedCases(int year, String districtCode) {
		return cases.publishedOfYear(year)
			.stream()
			.filter(c -> districtCode == null || districtCode.equals(c.districtCode()))
			.map(c -> new PublishedCaseFigures(c.id(), c.title(), c.districtCode(), c.year(), c.publishedAt()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<UnitCase> casesOfUnit(long unitId) {
		return repository.findTop100ByAuthorKindAndAuthorUnitIdAndStatusNotOrderByIdDesc(CaseAuthor.UNIT, unitId,
				CaseStatus.DRAFT)
			.stream()
			.map(c -> new UnitCase(c.getId(), c.getPublicTitle(), c.getStatus()))
			.toList();
	}

	private static IncidentFigures figures(IncidentFigure f) {
		return new IncidentFigures(f.id(), f.unitId(), f.unitName(), f.baseId(), f.districtCode(), f.reportedAt(),
				f.firstContactAt(), f.responseMinutes(), f.status());
	}
}
