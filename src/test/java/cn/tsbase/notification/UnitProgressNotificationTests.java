package cn.tsbase.notification;

import static cn.tsbase.selection.SelectionFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tsbase.selection.SelectionScenarios;
import cn.tsbase.IntegrationTest;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.NoticeFixtures;
import cn.tsbase.selection.ProposedListDecided;
import cn.tsbase.selection.SelectionFixtures;

/**
 * After the district, the unit hears of each stage of its declaration, each notification linking to the page it is
 * about: the pre-review passed, the expert review started, the proposed list, the public notice, an objection.
 */
@IntegrationTest
class UnitProgressNotificationTests {

	@Autowired
	SelectionScenarios selection;

	@Autowired
	NoticeFixtures notices;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	/** The unit's notifications of the kind, as "link|arguments". */
	private List<String> unitNotifications(long unitId, String kind) {
		return jdbc.queryForList("select n.link from notification n join user_account a on a.id = n.recipient_id "
				+ "where a.unit_id = ? and n.message_key = ?", String.class, unitId, "notification.kind." + kind);
	}

	private void awaitNotification(long unitId, String kind, String link) {
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(unitNotifications(unitId, kind)).containsExactly(link));
	}

	@Test
	void theUnitIsToldThatItsDeclarationPassedThePreReviewAndThatTheExpertReviewStarted() {
		var candidate = selection.passedCandidates("110102", 2026, BaseType.POINT, unique("进度通知单位")).get(0);
		String link = "/declarations/" + candidate.getDeclarationId();

		awaitNotification(candidate.getUnitId(), "PRE_REVIEW_PASSED", link);

		var round = selection.round(2026, List.of(candidate), List.of(selection.expert(unique("进度专家"))), 1, 1);
		selection.assignAndRelease(round);
		awaitNotification(candidate.getUnitId(), "EXPERT_REVIEW_STARTED", link);
	}

	@Test
	void theUnitIsToldItIsOnTheProposedListThatTheNoticeIsLiveAndOfAnObjectionAgainstIt() {
		var candidate = selection.passedCandidates("110105", 2026, BaseType.POINT, unique("公示通知单位")).get(0);
		ProposedListDecided.Entry entry = new ProposedListDecided.Entry(candidate.getDeclarationId(),
				candidate.getUnitId(), candidate.getUnitName(), candidate.getUscc(), BaseType.POINT, "110105",
				"SOFTWARE_IT");
		transactions.executeWithoutResult(tx -> events.publishEvent(new ProposedListDecided(
				ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2), 2026, "city", List.of(entry))));
		awaitNotification(candidate.getUnitId(), "DECLARATION_PROPOSED",
				"/declarations/" + candidate.getDeclarationId());

		var notice = notices.liveNoticeId(unique("公示"), List.of(entry));
		awaitNotification(candidate.getUnitId(), "NOTICE_LIVE", "/public/notices/" + notice);

		notices.objection(notice, 0);
		awaitNotification(candidate.getUnitId(), "OBJECTION_AGAINST_UNIT",
				"/declarations/" + candidate.getDeclarationId());
	}
}
