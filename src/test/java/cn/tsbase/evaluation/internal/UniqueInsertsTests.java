package cn.tsbase.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.IntegrationTest;
import cn.tsbase.evaluation.PilotFixtures;
import cn.tsbase.shared.StateConflictException;

/**
 * Two requests that create the same dossier at the same moment both pass the use case's check; the second insert
 * breaks the unique constraint of the database (H2 and PostgreSQL alike), and that is refused as the checked
 * duplicate (409, "pilot.exists"), never a 500. The race is played by inserting the row the check did not see.
 */
@IntegrationTest
class UniqueInsertsTests {

	/** No other test counts Changping's figures (PilotDossierTests counts Yanqing's by hand). */
	static final String CHANGPING = "110114";

	@Autowired
	PilotFixtures fixtures;

	@Autowired
	PilotDossierRepository dossiers;

	@Autowired
	PilotFiguresCounter counter;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSecondInsertOfADistrictsDossierOfAYearIsRefusedAsADuplicate() {
		int year = fixtures.publishedYear("昌平并发创建公司", CHANGPING);
		long first = fixtures.dossiers().build(CHANGPING, year, PilotFixtures.bureau());
		PilotFigures figures = counter.count(CHANGPING, year);

		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> UniqueInserts.once(
				() -> dossiers.saveAndFlush(new PilotDossier(CHANGPING, year, figures, "test-municipal", Instant.now())),
				"pilot.exists", CHANGPING + " " + year)))
			.isInstanceOf(StateConflictException.class)
			.extracting("messageKey")
			.isEqualTo("pilot.exists");
		assertThat(jdbc.queryForList("select id from pilot_dossier where district_code = ? and dossier_year = ?",
				Long.class, CHANGPING, year)).containsExactly(first);
	}

	@Test
	void anInsertThatBreaksNoConstraintReturnsItsResult() {
		assertThat(UniqueInserts.once(() -> 7L, "pilot.exists", "none")).isEqualTo(7L);
		assertThatThrownBy(() -> UniqueInserts.once(() -> {
			throw new DataIntegrityViolationException("pilot_progress_period_uk");
		}, "pilot.progress.exists", "Pilot 1 2027-1")).isInstanceOf(StateConflictException.class)
			.hasMessage("Pilot 1 2027-1")
			.extracting("messageKey")
			.isEqualTo("pilot.progress.exists");
	}
}
