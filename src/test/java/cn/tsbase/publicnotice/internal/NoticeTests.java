package cn.tsbase.publicnotice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import cn.tsbase.publicnotice.NoticeView;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.publicnotice.ListPublished;
import cn.tsbase.publicnotice.NoticeOpened;
import cn.tsbase.publicnotice.NoticeTextCorrected;
import cn.tsbase.shared.StateConflictException;

/**
 * The notice's state machine, without Spring: live → published or superseded, and its phase on a given day; the events
 * each transition registers, and none for a refused one.
 */
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

	/** As the repository hands it back: with its identity. */
	private static Notice saved(Notice notice) {
		ReflectionTestUtils.setField(notice, "id", 7L);
		return notice;
	}

	/** A publication as recorded: with its identity. */
	private static Publication publication() {
		Publication publication = new Publication(7L, "京市监发〔2026〕1号", LocalDate.of(2026, 5, 20), "officer", NOW);
		ReflectionTestUtils.setField(publication, "id", 3L);
		return publication;
	}

	@Test
	void aNewNoticeIsLiveWithTheListsUnitsInOrder() {
		Notice notice = live();
		assertThat(notice.getStatus()).isEqualTo(NoticeView.Status.LIVE);
		assertThat(notice.getEntries()).hasSize(2);
		assertThat(saved(notice).view().firstDayOfPublication()).isEqualTo(LAST.plusDays(1));
	}

	@Test
	void aLiveNoticeIsScheduledThenOpenThenEnded() {
		NoticeView notice = saved(live()).view();
		assertThat(notice.phaseOn(FIRST.minusDays(1))).isEqualTo(NoticeView.Phase.SCHEDULED);
		assertThat(notice.phaseOn(FIRST)).isEqualTo(NoticeView.Phase.OPEN);
		assertThat(notice.phaseOn(LAST)).isEqualTo(NoticeView.Phase.OPEN);
		assertThat(notice.phaseOn(LAST.plusDays(1))).isEqualTo(NoticeView.Phase.ENDED);
	}

	@Test
	void objectionsAreTakenFromTheFirstToTheLastDayOnly() {
		Notice notice = live();
		assertThat(notice.isOpenForObjections(FIRST.minusDays(1))).isFalse();
		assertThat(notice.isOpenForObjections(FIRST)).isTrue();
		assertThat(notice.isOpenForObjections(LAST)).isTrue();
		assertThat(notice.isOpenForObjections(LAST.plusDays(1))).isFalse();
		NoticeView view = saved(notice).view();
		assertThat(view.isOpenForObjections(FIRST.minusDays(1))).isFalse();
		assertThat(view.isOpenForObjections(FIRST)).isTrue();
		assertThat(view.isOpenForObjections(LAST)).isTrue();
		assertThat(view.isOpenForObjections(LAST.plusDays(1))).isFalse();
	}

	@Test
	void aPublishedNoticeTakesNoObjectionsNoCorrectionAndNoSecondPublication() {
		Notice notice = saved(live());
		notice.markPublished(NoticeTests::publication);
		assertThat(notice.getStatus()).isEqualTo(NoticeView.Status.PUBLISHED);
		assertThat(notice.view().phaseOn(FIRST)).isEqualTo(NoticeView.Phase.PUBLISHED);
		assertThat(notice.view().phaseOn(LAST.plusDays(1))).isEqualTo(NoticeView.Phase.PUBLISHED);
		assertThat(notice.isOpenForObjections(FIRST)).isFalse();
		assertThatThrownBy(() -> notice.markPublished(NoticeTests::publication))
			.isInstanceOfSatisfying(StateConflictException.class,
					e -> assertThat(e.messageKey()).isEqualTo("notice.notLive"));
		assertThatThrownBy(() -> notice.correctText("新", "<p>新</p>", "新", NOW))
			.isInstanceOf(StateConflictException.class);
		assertThat(notice.getTitle()).isEqualTo("公示");
	}

	@Test
	void aSupersededNoticeIsRefusedWithItsOwnReason() {
		Notice notice = saved(live());
		notice.supersede(NOW);
		assertThat(notice.getStatus()).isEqualTo(NoticeView.Status.SUPERSEDED);
		assertThat(notice.view().phaseOn(FIRST)).isEqualTo(NoticeView.Phase.SUPERSEDED);
		assertThat(notice.isOpenForObjections(FIRST)).isFalse();
		assertThatThrownBy(() -> notice.markPublished(NoticeTests::publication))
			.isInstanceOfSatisfying(StateConflictException.class,
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
		assertThat(replacement.getStatus()).isEqualTo(NoticeView.Status.LIVE);
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
		Notice notice = saved(live());
		notice.correctText("更正", "<p>更正</p>", "更正须知", NOW.plusSeconds(5));
		assertThat(notice.getTitle()).isEqualTo("更正");
		assertThat(notice.getLastDay()).isEqualTo(LAST);
		assertThat(notice.getUpdatedAt()).isEqualTo(NOW.plusSeconds(5));
		assertThat(notice.pendingEvents()).containsExactly(new NoticeTextCorrected(7L));
	}

	@Test
	void anAnnouncedNoticeRegistersNoticeOpenedWithEveryUnitOnIt() {
		Notice notice = live();
		assertThat(notice.pendingEvents()).as("a new notice registers nothing before it is announced").isEmpty();
		assertThatThrownBy(notice::announce).as("not saved yet").isInstanceOf(IllegalStateException.class);
		assertThat(notice.pendingEvents()).isEmpty();

		saved(notice).announce();

		assertThat(notice.pendingEvents()).singleElement().isEqualTo(new NoticeOpened(7L, 2026, FIRST, LAST,
				List.of(new NoticeOpened.Entry(11L, 21L, "北京甲科技有限公司"),
						new NoticeOpened.Entry(12L, 22L, "北京乙制造有限公司"))));
	}

	@Test
	void publishingRegistersListPublishedWithTheUnitsNotRemoved() {
		Notice notice = saved(live());
		notice.remove(1);

		Publication publication = notice.markPublished(NoticeTests::publication);

		assertThat(publication.getId()).isEqualTo(3L);
		assertThat(notice.pendingEvents()).singleElement().isEqualTo(new ListPublished(3L, 7L, 2026,
				"京市监发〔2026〕1号", LocalDate.of(2026, 5, 20), List.of(new ListPublished.Entry(11L, 21L,
						"北京甲科技有限公司", "91110102MA00000001", BaseType.POINT, "110102", "SOFTWARE_IT"))));
	}

	@Test
	void supersedingAndRemovingRegisterNoEvent() {
		Notice notice = saved(live());
		notice.remove(0);
		notice.supersede(NOW);
		notice.supersededBy(8L);
		assertThat(notice.pendingEvents()).isEmpty();
	}

	@Test
	void aRefusedPublicationOrAnnouncementRegistersNothingAndRecordsNothing() {
		Notice published = saved(live());
		published.markPublished(NoticeTests::publication);
		List<Object> before = published.pendingEvents();
		boolean[] recorded = { false };
		assertThatThrownBy(() -> published.markPublished(() -> {
			recorded[0] = true;
			return publication();
		})).isInstanceOf(StateConflictException.class);
		assertThatThrownBy(published::announce).isInstanceOf(StateConflictException.class);
		assertThat(published.pendingEvents()).isEqualTo(before).hasSize(1);
		assertThat(recorded[0]).as("no publication recorded for a refused one").isFalse();

		Notice superseded = saved(live());
		superseded.supersede(NOW);
		assertThatThrownBy(() -> superseded.markPublished(NoticeTests::publication))
			.isInstanceOf(StateConflictException.class);
		assertThatThrownBy(superseded::announce).isInstanceOf(StateConflictException.class);
		assertThat(superseded.pendingEvents()).isEmpty();
		assertThat(superseded.getStatus()).isEqualTo(NoticeView.Status.SUPERSEDED);
	}

	@Test
	void aPublishedNoticeCanNeitherBeSupersededNorLoseAUnitNorBeReplaced() {
		Notice notice = saved(live());
		notice.markPublished(NoticeTests::publication);
		assertThatThrownBy(() -> notice.supersede(NOW)).isInstanceOfSatisfying(StateConflictException.class,
				e -> assertThat(e.messageKey()).isEqualTo("notice.notLive"));
		assertThatThrownBy(() -> notice.remove(0)).isInstanceOfSatisfying(StateConflictException.class,
				e -> assertThat(e.messageKey()).isEqualTo("notice.notLive"));
		assertThatThrownBy(() -> new Notice(notice, "新公示", "<p>新</p>", "须知", FIRST, 5, LAST, "officer", NOW))
			.isInstanceOf(IllegalStateException.class);
		assertThat(notice.getStatus()).isEqualTo(NoticeView.Status.PUBLISHED);
		assertThat(notice.getEntries()).noneMatch(NoticeEntry::isRemoved);
	}

	@Test
	void aSupersededNoticeTakesNoCorrectionAndLosesNoUnit() {
		Notice notice = saved(live());
		notice.supersede(NOW);
		assertThatThrownBy(() -> notice.correctText("新", "<p>新</p>", "新", NOW))
			.isInstanceOfSatisfying(StateConflictException.class,
					e -> assertThat(e.messageKey()).isEqualTo("notice.supersededRefused"));
		assertThatThrownBy(() -> notice.remove(0)).isInstanceOfSatisfying(StateConflictException.class,
				e -> assertThat(e.messageKey()).isEqualTo("notice.supersededRefused"));
		assertThat(notice.getTitle()).isEqualTo("公示");
		assertThat(notice.getEntries()).noneMatch(NoticeEntry::isRemoved);
	}

	@Test
	void aLiveNoticeLosesAUnitThatStaysOnTheListMarkedRemoved() {
		Notice notice = saved(live());
		notice.remove(1);
		assertThat(notice.getStatus()).isEqualTo(NoticeView.Status.LIVE);
		assertThat(notice.view().entries()).extracting(e -> e.unit().unitName(), NoticeView.Entry::removed)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("北京甲科技有限公司", false),
					org.assertj.core.groups.Tuple.tuple("北京乙制造有限公司", true));
	}

	@Test
	void theViewShowsTheNoticeAsItStands() {
		Notice notice = saved(live());
		notice.supersede(NOW);
		notice.supersededBy(8L);
		NoticeView view = notice.view();
		assertThat(view.id()).isEqualTo(7L);
		assertThat(view.listId()).isEqualTo(1L);
		assertThat(view.status()).isEqualTo(NoticeView.Status.SUPERSEDED);
		assertThat(view.supersededById()).isEqualTo(8L);
		assertThat(view.firstDay()).isEqualTo(FIRST);
		assertThat(view.lastDay()).isEqualTo(LAST);
		assertThat(view.workingDays()).isEqualTo(5);
		assertThat(view.entries()).hasSize(2);
	}
}
