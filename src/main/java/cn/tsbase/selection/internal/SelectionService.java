package cn.tsbase.selection.internal;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.CallSummary;
import cn.tsbase.declaration.DeclarationManagement;
import cn.tsbase.declaration.DeclarationSummary;
import cn.tsbase.districtreview.DistrictRecommendationFinalized;
import cn.tsbase.districtreview.DistrictReviewManagement;
import cn.tsbase.districtreview.DistrictReviewSummary;
import cn.tsbase.organization.OrganizationManagement;
import cn.tsbase.organization.UnitSummary;
import cn.tsbase.selection.CandidateStatus;
import cn.tsbase.selection.CandidateView;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.security.DataScope;
import cn.tsbase.shared.LikePatterns;

/**
 * The municipal bureau's side of the selection: collecting every district's recommendations as candidates, their
 * overview and search. The written pre-review is {@link PreReviews}.
 */
@Service
public class SelectionService {

	private static final Logger log = LoggerFactory.getLogger(SelectionService.class);
	private static final DataScope MUNICIPAL = new DataScope(DataScope.Kind.ALL, null, null);

	private final CandidateRepository candidates;
	private final DeclarationManagement declarations;
	private final DistrictReviewManagement districtReviews;
	private final OrganizationManagement organization;
	private final Clock clock;

	SelectionService(CandidateRepository candidates, DeclarationManagement declarations,
			DistrictReviewManagement districtReviews, OrganizationManagement organization, Clock clock) {
		this.candidates = candidates;
		this.declarations = declarations;
		this.districtReviews = districtReviews;
		this.organization = organization;
		this.clock = clock;
	}

	/**
	 * A district's finalised list arrives: each recommended declaration becomes a candidate (once), under its unit's
	 * registered name and credit code from the unit registry, never a name typed into the declaration.
	 */
	@ApplicationModuleListener
	void on(DistrictRecommendationFinalized finalized) {
		collect(finalized);
	}

	@Transactional
	public void collect(DistrictRecommendationFinalized finalized) {
		CallSummary call = declarations.findCall(finalized.callId()).orElseThrow();
		for (DeclarationSummary declaration : declarations.findAll(finalized.declarationIds(), MUNICIPAL)) {
			if (candidates.existsByDeclarationId(declaration.id())) {
				continue;
			}
			UnitSummary unit = organization.find(declaration.unitId(), MUNICIPAL).orElseThrow();
			DistrictReviewSummary review = districtReviews.reviewOf(declaration.id()).orElse(null);
			candidates.save(new Candidate(declaration.id(), finalized.recommendationId(), call.id(), call.year(),
					declaration.districtCode(), declaration.unitId(), unit.name(), unit.uscc(),
					declaration.baseType(), declaration.industryCode(), review == null ? null : review.totalScore(),
					clock.instant()));
		}
		log.info("Collected the recommendations of district {} for call {}", finalized.districtCode(),
				finalized.callId());
	}

	public record Overview(int year, List<Integer> years, Map<String, Map<String, Long>> byDistrict,
			Map<CandidateStatus, Long> byStatus, Set<String> duplicateCodes, long total) {
	}

	/** Counts by district and type, by status, and the credit codes recommended twice: in two queries. */
	@Transactional(readOnly = true)
	public Overview overview(Integer year) {
		List<Integer> years = candidates.years();
		int shown = year != null ? year : years.isEmpty() ? java.time.Year.now(clock).getValue() : years.get(0);
		Map<String, Map<String, Long>> byDistrict = new java.util.TreeMap<>();
		Map<CandidateStatus, Long> byStatus = new java.util.EnumMap<>(CandidateStatus.class);
		long total = 0;
		for (CandidateCount count : candidates.countByDistrict(shown)) {
			byDistrict.computeIfAbsent(count.getDistrict(), d -> new java.util.HashMap<>())
				.merge(count.getBaseType().name(), count.getCount(), Long::sum);
			byStatus.merge(count.getStatus(), count.getCount(), Long::sum);
			total += count.getCount();
		}
		return new Overview(shown, years, byDistrict, byStatus, new HashSet<>(candidates.duplicateCodes(shown)),
				total);
	}

	public record CandidateFilter(int year, String district, BaseType baseType, CandidateStatus status,
			String query) {
	}

	@Transactional(readOnly = true)
	public Page<CandidateView> search(CandidateFilter filter, Pageable pageable) {
		Specification<Candidate> spec = (root, q, cb) -> cb.equal(root.get("callYear"), filter.year());
		if (filter.district() != null && !filter.district().isBlank()) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("districtCode"), filter.district()));
		}
		if (filter.baseType() != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("baseType"), filter.baseType()));
		}
		if (filter.status() != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("status"), filter.status()));
		}
		if (filter.query() != null && !filter.query().isBlank()) {
			String text = LikePatterns.containing(filter.query());
			spec = spec.and((root, q, cb) -> cb.or(cb.like(cb.lower(root.get("unitName")), text, LikePatterns.ESCAPE),
					cb.like(root.get("uscc"), text.toUpperCase(Locale.ROOT), LikePatterns.ESCAPE)));
		}
		return candidates.findAll(spec, pageable).map(Candidate::view);
	}

	@Transactional(readOnly = true)
	public CandidateView candidate(long id) {
		return candidates.findById(id).orElseThrow(() -> new NotFoundException("Candidate " + id)).view();
	}

	@Transactional(readOnly = true)
	public java.util.Optional<DistrictReviewSummary> districtReview(CandidateView candidate) {
		return districtReviews.reviewOf(candidate.declarationId());
	}
}
