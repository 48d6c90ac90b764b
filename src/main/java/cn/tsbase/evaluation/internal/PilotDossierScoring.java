package cn.tsbase.evaluation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.shared.InvalidFieldException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.indicators.IndicatorModel;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The municipal bureau scores the submitted pilot dossiers per criterion of {@link PilotCriteria} (a score between 0
 * and the criterion's points, in steps of 0.5, and a comment) and sees a year's submitted and recommended dossiers
 * ranked: total descending; ties by the higher score in the earlier criterion, then the district code (documented so
 * the order never depends on the database). Versioned like the dossier, audited.
 */
@Service
public class PilotDossierScoring {

	private static final int MAX_COMMENT = 500;

	private final PilotDossiers dossiers;
	private final PilotDossierRepository repository;
	private final AuditLog audit;
	private final Clock clock;

	PilotDossierScoring(PilotDossiers dossiers, PilotDossierRepository repository, AuditLog audit, Clock clock) {
		this.dossiers = dossiers;
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
	}

	public IndicatorModel criteria() {
		return PilotCriteria.DEFAULT;
	}

	/** Scores a submitted dossier; every criterion needs a score within its points (else 400 with the reason). */
	@Transactional
	public void score(long id, long version, Map<String, PilotScores.Entry> given, CurrentUser user) {
		PilotDossier dossier = dossiers.current(id, version, user);
		Map<String, PilotScores.Entry> checked = new LinkedHashMap<>();
		for (IndicatorModel.Indicator criterion : criteria().indicators()) {
			PilotScores.Entry entry = given.get(criterion.code());
			if (entry == null || entry.score() == null) {
				throw new InvalidFieldException(field(criterion, "score"), "pilot.score.missing", criterion.name());
			}
			BigDecimal score = entry.score();
			if (score.signum() < 0 || score.compareTo(criterion.points()) > 0
					|| score.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
				throw new InvalidFieldException(field(criterion, "score"), "pilot.score.outOfRange", criterion.name(),
						criterion.points());
			}
			String comment = entry.comment() == null || entry.comment().isBlank() ? null : entry.comment().strip();
			if (comment != null && comment.length() > MAX_COMMENT) {
				throw new InvalidFieldException(field(criterion, "comment"), "pilot.score.commentTooLong", criterion.name(),
						MAX_COMMENT);
			}
			checked.put(criterion.code(), new PilotScores.Entry(score, comment));
		}
		dossier.score(new PilotScores(checked), user.getUsername(), clock.instant());
		audit.record("PILOT_DOSSIER_SCORED", "PilotDossier", id, AuditOutcome.SUCCESS,
				"total " + dossier.getTotalScore().toPlainString());
	}

	/** The input a refusal names: the API request's {@code scores.P1.score}. */
	private static String field(IndicatorModel.Indicator criterion, String part) {
		return "scores." + criterion.code() + "." + part;
	}

	/** The year's submitted and recommended dossiers, best first (unscored last). Only the bureau calls this. */
	@Transactional(readOnly = true)
	public List<PilotDossierView> ranking(int year) {
		return repository.findByYearAndStatusIn(year, List.of(PilotStatus.SUBMITTED, PilotStatus.RECOMMENDED))
			.stream()
			.map(PilotDossier::view)
			.sorted(ORDER)
			.toList();
	}

	/** Total descending (unscored last), then each criterion in order descending, then the district code. */
	static final Comparator<PilotDossierView> ORDER = Comparator
		.comparing(PilotDossierView::totalScore, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
		.thenComparing(PilotDossierScoring::criterionScores, PilotDossierScoring::compareDescending)
		.thenComparing(PilotDossierView::districtCode);

	private static List<BigDecimal> criterionScores(PilotDossierView view) {
		return PilotCriteria.DEFAULT.indicators()
			.stream()
			.map(c -> view.scores().entry(c.code()) == null ? BigDecimal.ZERO : view.scores().entry(c.code()).score())
			.toList();
	}

	private static int compareDescending(List<BigDecimal> a, List<BigDecimal> b) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int c = b.get(i).compareTo(a.get(i));
			if (c != 0) {
				return c;
			}
		}
		return 0;
	}
}
