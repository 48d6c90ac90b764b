package cn.tsbase.casework.internal;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.casework.CaseStatus;
import cn.tsbase.shared.LikePatterns;
import cn.tsbase.shared.NotFoundException;

/**
 * The public side of the typical case library (典型案例库): the published cases' public versions, searched (the text
 * typed taken literally) and filtered by tag, district and year, one by one, and by year. Nothing unpublished and no
 * full version ever leaves here.
 */
@Service
public class PublicCaseLibrary {

	private final TypicalCaseRepository cases;

	PublicCaseLibrary(TypicalCaseRepository cases) {
		this.cases = cases;
	}

	/** Filters of the public library; null means any. */
	public record PublicFilter(String q, SecretCategory secretKind, InfringementForm form, String industry,
			String district, Integer year) {
	}

	/** The published cases, filtered, newest first, paged in the database. */
	@Transactional(readOnly = true)
	public Page<PublicCase.Row> published(PublicFilter filter, Pageable pageable) {
		Specification<TypicalCase> spec = (root, q, cb) -> cb.equal(root.get("status"), CaseStatus.PUBLISHED);
		if (filter.q() != null && !filter.q().isBlank()) {
			String like = "%" + LikePatterns.escape(filter.q().strip()) + "%";
			char escape = LikePatterns.ESCAPE;
			spec = spec.and((root, q, cb) -> cb.or(cb.like(root.get("publicTitle"), like, escape),
					cb.like(root.get("publicFacts"), like, escape), cb.like(root.get("publicHandling"), like, escape),
					cb.like(root.get("publicSignificance"), like, escape)));
		}
		if (filter.secretKind() != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("secretKind"), filter.secretKind()));
		}
		if (filter.form() != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("infringementForm"), filter.form()));
		}
		if (filter.industry() != null && !filter.industry().isBlank()) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("industryCode"), filter.industry()));
		}
		if (filter.district() != null && !filter.district().isBlank()) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("districtCode"), filter.district()));
		}
		if (filter.year() != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("year"), filter.year()));
		}
		return cases.findAll(spec, pageable).map(PublicCase.Row::of);
	}

	/** A published case (its public version only), else 404. */
	@Transactional(readOnly = true)
	public PublicCase publishedCase(long id) {
		return cases.findByIdAndStatus(id, CaseStatus.PUBLISHED)
			.map(PublicCase::of)
			.orElseThrow(() -> new NotFoundException("Case " + id));
	}

	@Transactional(readOnly = true)
	public List<Integer> publishedYears() {
		return cases.publishedYears();
	}

	@Transactional(readOnly = true)
	public List<PublicCase.Row> publishedOfYear(int year) {
		return cases.publishedOfYear(year);
	}
}
