package cn.tsbase.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.shared.InvalidRequestException;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The municipal bureau chooses districts from the year's ranking and issues the recommendation letter (推荐函): each
 * chosen dossier that is still submitted is recommended (it needs the bureau's reason and its scores), one already
 * recommended is listed as it is; the letter keeps the districts in the ranking's order with their totals, and each
 * chosen district's pilot opens as recommended ({@link DistrictPilots}). One letter a year (409 for a second); audited.
 */
@Service
public class PilotLetters {

	private final PilotLetterRepository letters;
	private final PilotDossiers dossiers;
	private final PilotDossierScoring scoring;
	private final DistrictPilots pilots;
	private final AuditLog audit;
	private final Clock clock;

	PilotLetters(PilotLetterRepository letters, PilotDossiers dossiers, PilotDossierScoring scoring,
			DistrictPilots pilots, AuditLog audit, Clock clock) {
		this.letters = letters;
		this.dossiers = dossiers;
		this.scoring = scoring;
		this.pilots = pilots;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<PilotLetterView> ofYear(int year) {
		return letters.findByYear(year).map(PilotRecommendationLetter::view);
	}

	@Transactional
	public long issue(int year, String documentNumber, LocalDate issuedOn, Collection<Long> dossierIds,
			CurrentUser user) {
		if (letters.existsByYear(year)) {
			throw new StateConflictException("pilot.letter.exists", "Letter of " + year + " exists");
		}
		if (dossierIds.isEmpty()) {
			throw new InvalidRequestException("pilot.letter.noneChosen");
		}
		List<PilotDossierView> ranking = scoring.ranking(year);
		for (Long id : dossierIds) {
			if (ranking.stream().noneMatch(d -> d.id() == id)) {
				throw new InvalidRequestException("pilot.letter.unknownDossier", id);
			}
		}
		List<PilotLetterView.Recommended> chosen = new ArrayList<>();
		for (int i = 0; i < ranking.size(); i++) {
			PilotDossierView d = ranking.get(i);
			if (!dossierIds.contains(d.id())) {
				continue;
			}
			if (d.isSubmitted()) {
				dossiers.recommend(d.id(), d.version(), user);
			}
			chosen.add(new PilotLetterView.Recommended(d.id(), d.districtCode(), d.totalScore(), i + 1));
			pilots.open(d.id(), d.districtCode(), year, issuedOn, documentNumber, user);
		}
		PilotRecommendationLetter letter = letters.save(new PilotRecommendationLetter(year, documentNumber, issuedOn,
				chosen, user.getUsername(), clock.instant()));
		audit.record("PILOT_LETTER_ISSUED", "PilotRecommendationLetter", letter.getId(), AuditOutcome.SUCCESS,
				documentNumber + ": " + chosen.size() + " districts");
		return letter.getId();
	}

	/** The letter for its document; the download is audited. */
	@Transactional
	public PilotLetterView forDocument(long id) {
		PilotLetterView view = letters.findById(id)
			.map(PilotRecommendationLetter::view)
			.orElseThrow(() -> new NotFoundException("Pilot letter " + id));
		audit.record("PILOT_LETTER_DOWNLOADED", "PilotRecommendationLetter", id, AuditOutcome.SUCCESS, null);
		return view;
	}
}

interface PilotLetterRepository extends JpaRepository<PilotRecommendationLetter, Long> {

	Optional<PilotRecommendationLetter> findByYear(int year);

	boolean existsByYear(int year);
}
