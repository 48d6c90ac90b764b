package cn.tsbase.publicnotice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.tsbase.declaration.BaseType;
import cn.tsbase.shared.StateConflictException;

/** The notice's state machine, without Spring: live → published or superseded, and its phase on a given day. */
class NoticeTests {

	private static final Instant NOW = Instant.parse("2026-05-11T02:00:00Z");
	private static final LocalDate FIRST = LocalDate.of(2026, 5, 11);
	private static final LocalDate LAST = LocalDate.of(2026, 5, 15);

	private static Notice live() {
		ProposedList list = new ProposedList(1L, 2026, "officer", NOW, List.of(
				new ListedUnit(11L, 21L, "北京甲科技有限公司", "91110102MA00000001", BaseType.POINT, "110102", "SOFTWARE_IT"),
				new ListedUnit(12L, 22L, "北京乙制造有限公司", "91110105MA00000002", BaseType.POINT, "110105",
						"SOFTWARE_IT")));
		return new Notice(list, "公示", "<p>正文</p>", "异议须知", FIRST, 5, LAST, "officer", NOW);
	}

	@Test
	void aNewNoticeIsLiveWithTheListsUnitsInOrder() {
		Notice notice = live();
		assertThat(notice.getStatus()).isEqualTo(Notice.Status.LIVE);
		assertThat(notice.getEntries()).hasSize(2);
		assertThat(notice.firstDayOfPublication()).isEqualTo(LAST.plusDays(1));
	}

	@Test
	void aLiveNoticeIsScheduledThenOpenThenEnded() {
		Notice notice = live();
		assertThat(notice.phaseOn(FIRST.minusDays(1))).isEqualTo(Notice.Phase.SCHEDULED);
		assertThat(notice.phaseOn(FIRST)).isEqualTo(Notice.Phase.OPEN);
		assertThat(notice.phaseOn(LAST)).isEqualTo(Notice.Phase.OPEN);
		assertThat(notice.phaseOn(LAST.plusDays(1))).isEqualTo(Notice.Phase.ENDED);
	}

	@Test
	void objectionsAreTakenFromTheFirstToTheLastDayOnly() {
		Notice notice = live();
		assertThat(notice.isOpenForObjections(FIRST.minusDays(1))).isFalse();
		assertThat(notice.isOpenForObjections(FIRST)).isTrue();
		assertThat(notice.isOpenForObjections(LAST)).isTrue();
		assertThat(notice.isOpenForObjections(LAST.plusDays(1))).isFalse();
	}

	@Test
	void aPublishedNoticeTakesNoObjectionsNoCorrectionAndNoSecondPublication() {
		Notice notice = live();
		notice.markPublished();
		assertThat(notice.getStatus()).isEqualTo(Notice.Status.PUBLISHED);
		assertThat(notice.phaseOn(FIRST)).isEqualTo(Notice.Phase.PUBLISHED);
		assertThat(notice.isOpenForObjections(FIRST)).isFalse();
		assertThatThrownBy(notice::markPublished).isInstanceOfSatisfying(StateConflictException.class,
				e -> assertThat(e.messageKey()).isEqualTo("notice.notLive"));
		assertThatThrownBy(() -> notice.correctText("新", "<p>新</p>", "新", NOW))
			.isInstanceOf(StateConflictException.class);
		assertThat(notice.getTitle()).isEqualTo("公示");
	}

	@Test
	void aSupersededNoticeIsRefusedWithItsOwnReason() {
		Notice notice = live();
		notice.supersede(NOW);
		assertThat(notice.getStatus()).isEqualTo(Notice.Status.SUPERSEDED);
		assertThat(notice.phaseOn(FIRST)).isEqualTo(Notice.Phase.SUPERSEDED);
		assertThat(notice.isOpenForObjections(FIRST)).isFalse();
		assertThatThrownBy(notice::markPublished).isInstanceOfSatisfying(StateConflictException.class,
				e -> assertThat(e.messageKey()).isEqualTo("notice.supersededRefused"));
		assertThatThrownBy(() -> notice.supersede(NOW)).isInstanceOf(StateConflictException.class);
	}

	@Test
	void aReplacementKeepsTheListAndTheUnitsAnUpheldObjectionRemoved() {
		Notice first = live();
		first.remove(1);
		first.supersede(NOW);
		Notice replacement = new Notice(first, "新公示", "<p>新</p>", "须知", FIRST.plusDays(7), 5,
				LAST.plusDays(7), "officer", NOW);
		assertThat(replacement.getStatus()).isEqualTo(Notice.Status.LIVE);
		assertThat(replacement.getEntries()).hasSize(2);
		assertThat(replacement.getEntries().get(1).isRemoved()).isTrue();
		assertThat(replacement.getEntries().get(0).isRemoved()).isFalse();
	}

	@Test
	void onlyASupersededNoticeCanBeReplaced() {
		Notice notice = live();
		assertThatThrownBy(() -> new Notice(notice, "新公示", "<p>新</p>", "须知", FIRST, 5, LAST, "officer", NOW))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aLiveNoticeTextCanBeCorrected() {
		Notice notice = live();
		notice.correctText("更正", "<p>更正</p>", "更正须知", NOW.plusSeconds(5));
		assertThat(notice.getTitle()).isEqualTo("更正");
		assertThat(notice.getLastDay()).isEqualTo(LAST);
		assertThat(notice.getUpdatedAt()).isEqualTo(NOW.plusSeconds(5));
	}
}
