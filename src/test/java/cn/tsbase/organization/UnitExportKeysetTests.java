package cn.tsbase.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;

import cn.tsbase.IntegrationTest;
import cn.tsbase.organization.internal.OrganizationService;
import cn.tsbase.organization.internal.UnitFilter;
import cn.tsbase.shared.security.DataScope;

/**
 * The unit registry export reads by keyset: a unit registered while the export runs, sorting before the rows already
 * written, neither repeats a row nor makes one be skipped, where reading the next offset page would repeat one.
 */
@IntegrationTest
class UnitExportKeysetTests {

	@Autowired
	UnitFixtures units;

	@Autowired
	OrganizationService organization;

	@Test
	void aUnitRegisteredBetweenTwoBatchesShiftsNoRow() {
		String tag = "键集" + UUID.randomUUID().toString().substring(0, 6);
		units.register(tag + "B公司", "110102");
		units.register(tag + "C公司", "110102");
		units.register(tag + "D公司", "110102");
		UnitFilter filter = new UnitFilter(tag, null, null, null);
		DataScope scope = new DataScope(DataScope.Kind.DISTRICT, "110102", null);
		Sort byName = Sort.by("name").and(Sort.by("id"));

		Window<UnitView> first = organization.scroll(filter, scope, byName, ScrollPosition.keyset(), 2);
		assertThat(first.getContent()).extracting(UnitView::name).containsExactly(tag + "B公司", tag + "C公司");
		assertThat(first.hasNext()).isTrue();

		// meanwhile a unit is registered that sorts before the rows already written
		units.register(tag + "A公司", "110102");

		Window<UnitView> next = organization.scroll(filter, scope, byName, first.positionAt(first.size() - 1), 2);
		assertThat(next.getContent()).extracting(UnitView::name).containsExactly(tag + "D公司");
		assertThat(next.hasNext()).isFalse();
		// the next offset page would have written C again
		assertThat(organization.search(filter, scope, PageRequest.of(1, 2, byName)).getContent())
			.extracting(UnitView::name)
			.first()
			.isEqualTo(tag + "C公司");
	}
}
