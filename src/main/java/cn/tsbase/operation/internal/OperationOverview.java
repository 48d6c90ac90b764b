package cn.tsbase.operation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.operation.OperationManagement;
import cn.tsbase.operation.OperationManagement.BaseOperationSummary;
import cn.tsbase.operation.ZoneIndicators;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.DataScope;

/**
 * The district's and the municipal bureau's overview of bases (运行总览): per base the standards, the plan's state,
 * targets against actual, the liaison reports filed, late and missing, and the open problems. One page is a bounded
 * number of queries whatever the number of bases (the page of profiles, then the figures of those bases at once).
 */
@Service
public class OperationOverview {

	/** At most this many bases in one export. */
	public static final int MAX_EXPORT = 20_000;

	private static final int EXPORT_CHUNK = 500;

	private final BaseProfileRepository profiles;
	private final OperationManagement operation;
	private final AuditLog audit;
	private final ZoneIndicatorCounts zones;

	OperationOverview(BaseProfileRepository profiles, OperationManagement operation, AuditLog audit,
			ZoneIndicatorCounts zones) {
		this.zones = zones;
		this.profiles = profiles;
		this.operation = operation;
		this.audit = audit;
	}

	/** A row of the overview; a zone's row carries its four computed indicators, other rows null. */
	public record Row(long baseId, String unitName, String districtCode, BaseType baseType, Set<Standard> missing,
			BaseOperationSummary figures, ZoneIndicators zone) {

		public boolean isComplete() {
			return missing.isEmpty();
		}
	}

	/** What the overview is filtered by; the district is ignored for a district's own people. */
	public record Filter(String district, BaseType baseType, String name) {
	}

	@Transactional(readOnly = true)
	public Page<Row> page(CurrentUser user, Filter filter, int year, Pageable pageable) {
		Page<BaseProfile> found = find(user, filter, pageable);
		return new PageImpl<>(rows(found.getContent(), year), pageable, found.getTotalElements());
	}

	/**
	 * Hands the rows to the consumer chunk by chunk (for a streamed export), at most {@link #MAX_EXPORT}; not
	 * read-only, since the export's audit entry is written in the same transaction.
	 */
	@Transactional
	public int export(CurrentUser user, Filter filter, int year, Consumer<List<Row>> consumer) {
		int written = 0;
		for (int page = 0; written < MAX_EXPORT; page++) {
			Page<BaseProfile> found = find(user, filter,
					PageRequest.of(page, EXPORT_CHUNK, Sort.by("districtCode", "unitName", "id")));
			if (found.isEmpty()) {
				break;
			}
			consumer.accept(rows(found.getContent(), year));
			written += found.getNumberOfElements();
			if (!found.hasNext()) {
				break;
			}
		}
		audit.record(user.getUsername(), "OPERATION_OVERVIEW_EXPORTED", "BaseProfile", null, AuditOutcome.SUCCESS,
				year + ": " + written + " rows");
		return written;
	}

	private Page<BaseProfile> find(CurrentUser user, Filter filter, Pageable pageable) {
		DataScope scope = user.scope();
		String name = filter.name() == null || filter.name().isBlank() ? null
				: "%" + filter.name().trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
					.replace("_", "\\_") + "%";
		return switch (scope.kind()) {
			case ALL -> profiles.overview(blankToNull(filter.district()), filter.baseType(), name, pageable);
			case DISTRICT -> profiles.overview(scope.districtCode(), filter.baseType(), name, pageable);
			case UNIT, NONE -> Page.empty(pageable);
		};
	}

	private List<Row> rows(List<BaseProfile> bases, int year) {
		Map<Long, BaseOperationSummary> figures = operation
			.summaries(bases.stream().map(BaseProfile::getBaseId).toList(), year);
		Map<Long, ZoneIndicators> zoneFigures = zones.of(bases.stream()
			.filter(p -> p.getBaseType() == BaseType.ZONE)
			.map(BaseProfile::getBaseId)
			.toList(), year);
		List<Row> rows = new ArrayList<>();
		for (BaseProfile p : bases) {
			rows.add(new Row(p.getBaseId(), p.getUnitName(), p.getDistrictCode(), p.getBaseType(),
					p.missingStandards(year), figures.get(p.getBaseId()), zoneFigures.get(p.getBaseId())));
		}
		return rows;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
