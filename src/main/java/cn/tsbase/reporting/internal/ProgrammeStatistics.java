package cn.tsbase.reporting.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import cn.tsbase.base.BaseStatistics;
import cn.tsbase.base.BaseStatistics.BaseCount;
import cn.tsbase.base.BaseStatus;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.DeclarationStatistics;
import cn.tsbase.publicnotice.PublicNoticeStatistics;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.reporting.internal.Figures.BaseFigures;
import cn.tsbase.reporting.internal.Figures.Funnel;
import cn.tsbase.reporting.internal.Figures.Row;
import cn.tsbase.selection.SelectionStatistics;
import cn.tsbase.shared.Tally;
import cn.tsbase.shared.security.DataScope;

/**
 * The programme's figures, assembled from the modules' grouped counts: one grouped query per module and figure, so a
 * dashboard costs the same number of statements at any size. A district's officers see their district only; the
 * scope goes into each query.
 */
@Service
public class ProgrammeStatistics {

	private final DeclarationStatistics declarations;
	private final SelectionStatistics selection;
	private final PublicNoticeStatistics notices;
	private final BaseStatistics bases;
	private final ReferenceData referenceData;
	private final DistrictRows districtRows;

	ProgrammeStatistics(DeclarationStatistics declarations, SelectionStatistics selection,
			PublicNoticeStatistics notices, BaseStatistics bases, ReferenceData referenceData,
			DistrictRows districtRows) {
		this.declarations = declarations;
		this.selection = selection;
		this.notices = notices;
		this.bases = bases;
		this.referenceData = referenceData;
		this.districtRows = districtRows;
	}

	/** The year's funnel by district, for bases of one type or of both (type null), inside the scope. */
	public Funnel funnel(int year, BaseType type, DataScope scope, Locale locale) {
		String district = DistrictRows.districtOf(scope);
		List<Tally> tallies = new ArrayList<>();
		tallies.addAll(declarations.stages(year, district));
		tallies.addAll(selection.stages(year, district));
		tallies.addAll(notices.stages(year, district));
		tallies.addAll(bases.stages(year, district));
		Map<String, Map<FunnelStage, Long>> byDistrict = new TreeMap<>();
		for (Tally tally : tallies) {
			if (type != null && !type.name().equals(tally.baseType())) {
				continue;
			}
			byDistrict.computeIfAbsent(tally.districtCode(), d -> new EnumMap<>(FunnelStage.class))
				.merge(FunnelStage.ofKey(tally.key()), tally.count(), Long::sum);
		}
		List<FunnelStage> stages = List.of(FunnelStage.values());
		List<Row> rows = districtRows.rows(district, locale, code -> {
			Map<FunnelStage, Long> counts = byDistrict.getOrDefault(code, Map.of());
			return stages.stream().map(s -> counts.getOrDefault(s, 0L)).toList();
		}, byDistrict.keySet());
		return new Funnel(year, stages, rows, DistrictRows.total(rows, stages.size()));
	}

	/** Bases by district, batch year and industry, inside the scope (the public sees every district's). */
	public BaseFigures bases(DataScope scope, Locale locale) {
		String district = DistrictRows.districtOf(scope);
		List<BaseCount> counts = bases.counts(district);
		Map<String, long[]> byDistrict = new TreeMap<>();
		Map<String, long[]> byYear = new TreeMap<>(Comparator.reverseOrder());
		Map<String, long[]> byIndustry = new LinkedHashMap<>();
		for (BaseCount count : counts) {
			int column = column(count);
			byDistrict.computeIfAbsent(count.districtCode(), k -> new long[3])[column] += count.count();
			byYear.computeIfAbsent(String.valueOf(count.batchYear()), k -> new long[3])[column] += count.count();
			String industry = count.industryCode() == null ? "" : count.industryCode();
			byIndustry.computeIfAbsent(industry, k -> new long[3])[column] += count.count();
		}
		List<Row> perDistrict = districtRows.rows(district, locale, code -> asList(byDistrict.get(code)),
				byDistrict.keySet());
		List<Row> yearRows = byYear.entrySet()
			.stream()
			.map(e -> new Row(e.getKey(), e.getKey(), asList(e.getValue())))
			.toList();
		List<Row> industryRows = byIndustry.entrySet()
			.stream()
			.map(e -> new Row(e.getKey(),
					e.getKey().isEmpty() ? "" : referenceData.industry(e.getKey(), locale), asList(e.getValue())))
			.sorted(Comparator.comparingLong(Row::total).reversed().thenComparing(Row::code))
			.toList();
		return new BaseFigures(perDistrict, DistrictRows.total(perDistrict, 3), yearRows,
				DistrictRows.total(yearRows, 3), industryRows, DistrictRows.total(industryRows, 3));
	}

	/** The years a dashboard offers: from the first batch to next year, newest first. */
	public List<Integer> years(int currentYear) {
		List<Integer> years = new ArrayList<>();
		for (int year = currentYear + 1; year >= currentYear - 5; year--) {
			years.add(year);
		}
		return years;
	}

	private static int column(BaseCount count) {
		if (count.status() != BaseStatus.ACTIVE) {
			return 2;
		}
		return BaseType.ZONE.name().equals(count.baseType()) ? 1 : 0;
	}

	private static List<Long> asList(long[] values) {
		if (values == null) {
			return List.of(0L, 0L, 0L);
		}
		List<Long> list = new ArrayList<>(values.length);
		for (long value : values) {
			list.add(value);
		}
		return list;
	}
}
