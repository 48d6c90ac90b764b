package cn.tsbase.selection;

import static cn.tsbase.selection.SelectionFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.tsbase.IntegrationTest;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.selection.internal.ScoringReminders;

/** Three days before a round's deadline and on its last day, experts with scores to submit are reminded, once each. */
@IntegrationTest
class ScoringReminderTests {

	@Autowired
	SelectionFixtures selection;

	@Autowired
	ScoringReminders reminders;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void expertsWithUnsubmittedScoresAreRemindedThreeDaysBeforeAndOnTheLastDayOnceEach() {
		List<CandidateView> candidates = selection.passedCandidates("110102", 2026, BaseType.POINT, unique("提醒单位"));
		ExpertView late = selection.expert(unique("未评专家"));
		ExpertView done = selection.expert(unique("已评专家"));
		ReviewRoundView round = selection.round(2026, candidates, List.of(late, done), 2, 1);
		selection.assignAndRelease(round);
		selection.score(round, done, candidates.get(0).declarationId(), new BigDecimal("6"));
		Instant deadline = jdbc.queryForObject("select deadline from review_round where id = ?",
				java.sql.Timestamp.class, round.id()).toInstant();

		assertThat(reminders.remind(deadline.minus(Duration.ofDays(5)))).as("too early").isZero();
		reminders.remind(deadline.minus(Duration.ofDays(2)));
		reminders.remind(deadline.minus(Duration.ofDays(2)).plus(Duration.ofHours(1)));
		await().atMost(Duration.ofSeconds(15)).until(() -> reminded(late, "EXPERT_SCORING_DUE") == 1);

		reminders.remind(deadline.minus(Duration.ofHours(5)));
		reminders.remind(deadline.minus(Duration.ofHours(4)));
		await().atMost(Duration.ofSeconds(15)).until(() -> reminded(late, "EXPERT_SCORING_LAST_DAY") == 1);

		assertThat(reminded(late, "EXPERT_SCORING_DUE")).isEqualTo(1);
		assertThat(reminded(done, "EXPERT_SCORING_DUE") + reminded(done, "EXPERT_SCORING_LAST_DAY")).isZero();
		assertThat(jdbc.queryForObject("select message_args from notification where recipient_id = ? and "
				+ "message_key = 'notification.kind.EXPERT_SCORING_LAST_DAY'", String.class, late.accountId()))
			.contains(round.name());
		assertThat(jdbc.queryForObject("select count(*) from scoring_reminder where round_id = ?", Long.class,
				round.id())).isEqualTo(2);
		assertThat(reminders.remind(deadline.plus(Duration.ofHours(1)))).as("after the deadline").isZero();
	}

	private long reminded(ExpertView expert, String kind) {
		return jdbc.queryForObject("select count(*) from notification where recipient_id = ? and message_key = ?",
				Long.class, expert.accountId(), "notification.kind." + kind);
	}
}
