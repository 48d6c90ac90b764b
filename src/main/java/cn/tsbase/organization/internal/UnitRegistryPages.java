package cn.tsbase.organization.internal;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.organization.UnitView;
import cn.tsbase.shared.persistence.BoundedPage;
import cn.tsbase.shared.security.DataScope;

/**
 * The unit registry's page for officials (issue 16): the caller's scope and the filters in the query, and the total
 * counted only as far as the pagination shows ({@link BoundedPage}), so a view of a district's or the city's 50,000
 * units reads the page and a few pages of ids, never the whole table. Exports and the API keep the exact count.
 */
@Service
public class UnitRegistryPages {

	private final UnitRepository units;
	private final EntityManager entityManager;

	UnitRegistryPages(UnitRepository units, EntityManager entityManager) {
		this.units = units;
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	public BoundedPage<UnitView> page(UnitFilter filter, DataScope scope, Pageable pageable) {
		return BoundedPage
			.of(units, entityManager, Unit.class,
					UnitSpecifications.within(scope).and(UnitSpecifications.matching(filter)), pageable)
			.map(Unit::view);
	}
}
