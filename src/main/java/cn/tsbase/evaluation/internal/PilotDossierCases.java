package cn.tsbase.evaluation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.casework.CaseworkManagement;
import cn.tsbase.casework.CaseworkManagement.PublishedCaseFigures;
import cn.tsbase.shared.InvalidFieldException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The typical cases of a pilot dossier, chosen by the district from the case library through the casework module's
 * API: the cases published with the dossier's year or the year before, of the dossier's district. The choice is kept
 * with each case's public title (a later change in the library does not change a recommended dossier).
 */
@Service
public class PilotDossierCases {

	private final PilotDossiers dossiers;
	private final CaseworkManagement casework;
	private final AuditLog audit;

	PilotDossierCases(PilotDossiers dossiers, CaseworkManagement casework, AuditLog audit) {
		this.dossiers = dossiers;
		this.casework = casework;
		this.audit = audit;
	}

	/** The cases the district may choose from: published in its district in the dossier's year or the year before. */
	@Transactional(readOnly = true)
	public List<PilotCases.Item> candidates(long id, CurrentUser user) {
		PilotDossier dossier = dossiers.get(id, user.scope());
		return candidates(dossier).values().stream().toList();
	}

	/** Replaces the dossier's cases with the chosen ones (at most {@link PilotCases#MAX}, all among the candidates). */
	@Transactional
	public void choose(long id, long version, Collection<Long> caseIds, CurrentUser user) {
		PilotDossier dossier = dossiers.get(id, user.scope());
		if (dossier.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(PilotDossier.class, id);
		}
		if (caseIds.size() > PilotCases.MAX) {
			throw new InvalidFieldException("caseIds", "pilot.cases.tooMany", PilotCases.MAX);
		}
		Map<Long, PilotCases.Item> candidates = candidates(dossier);
		List<PilotCases.Item> chosen = new ArrayList<>();
		for (Long caseId : caseIds.stream().distinct().toList()) {
			PilotCases.Item item = candidates.get(caseId);
			if (item == null) {
				throw new InvalidFieldException("caseIds", "pilot.cases.unknown", caseId);
			}
			chosen.add(item);
		}
		dossier.chooseCases(new PilotCases(chosen));
		audit.record("PILOT_DOSSIER_CASES_CHOSEN", "PilotDossier", id, AuditOutcome.SUCCESS,
				chosen.size() + " cases");
	}

	private Map<Long, PilotCases.Item> candidates(PilotDossier dossier) {
		List<PublishedCaseFigures> published = new ArrayList<>(
				casework.publishedCases(dossier.getYear(), dossier.getDistrictCode()));
		published.addAll(casework.publishedCases(dossier.getYear() - 1, dossier.getDistrictCode()));
		Map<Long, PilotCases.Item> result = new LinkedHashMap<>();
		published.stream()
			.sorted(Comparator.comparingInt(PublishedCaseFigures::year).reversed()
				.thenComparingLong(PublishedCaseFigures::caseId))
			.forEach(c -> result.putIfAbsent(c.caseId(), new PilotCases.Item(c.caseId(), c.title(), c.year())));
		return result;
	}
}
