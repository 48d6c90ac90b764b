package cn.tsbase.publicnotice.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;

import cn.tsbase.publicnotice.ListPublished;
import cn.tsbase.publicnotice.NoticeOpened;
import cn.tsbase.publicnotice.NoticeTextCorrected;
import cn.tsbase.publicnotice.NoticeView;
import cn.tsbase.publicnotice.NoticeView.Status;
import cn.tsbase.shared.StateConflictException;

/**
 * A public notice (公示) of a proposed list: live from creation, objections taken from its first to its last day
 * (counted in working days). Its list and dates are fixed once live; only the text may be corrected. Anything more
 * needs a new notice of the same list that replaces it: the old one stays, superseded, pointing to its replacement.
 * It registers {@link NoticeOpened} when announced and {@link ListPublished} when published; saving publishes them.
 */
@Entity
@Table(name = "public_notice")
class Notice extends AbstractAggregateRoot<Notice> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "list_id", nullable = false, updatable = false)
	private Long listId;

	/** The list while this notice is its notice (live or published); none once superseded: one per list. */
	@Column(name = "current_list_id")
	private Long currentListId;

	@Column(name = "replaces_id", updatable = false)
	private Long replacesId;

	@Column(name = "superseded_by_id")
	private Long supersededById;

	@Column(name = "notice_year", nullable = false, updatable = false)
	private int year;

	@Column(nullable = false)
	private String title;

	@Column(name = "body_html", nullable = false)
	private String bodyHtml;

	@Column(name = "objection_instructions", nullable = false)
	private String objectionInstructions;

	@Column(name = "first_day", nullable = false, updatable = false)
	private LocalDate firstDay;

	@Column(name = "working_days", nullable = false, updatable = false)
	private int workingDays;

	@Column(name = "last_day", nullable = false, updatable = false)
	private LocalDate lastDay;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private Status status;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "public_notice_entry", joinColumns = @JoinColumn(name = "notice_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<NoticeEntry> entries = new ArrayList<>();

	@Version
	private long version;

	protected Notice() {
	}

	Notice(ProposedList list, String title, String bodyHtml, String objectionInstructions, LocalDate firstDay,
			int workingDays, LocalDate lastDay, String createdBy, Instant now) {
		this(list.getId(), list.getYear(), null, title, bodyHtml, objectionInstructions, firstDay, workingDays, lastDay,
				createdBy, now);
		list.getUnits().forEach(unit -> entries.add(new NoticeEntry(unit.copy())));
	}

	/**
	 * A notice replacing a superseded one: the same list in the same order, with the units an upheld objection
	 * removed still removed, new text and new dates.
	 */
	Notice(Notice replaced, String title, String bodyHtml, String objectionInstructions, LocalDate firstDay,
			int workingDays, LocalDate lastDay, String createdBy, Instant now) {
		this(replaced.listId, replaced.year, superseded(replaced).id, title, bodyHtml, objectionInstructions, firstDay,
				workingDays, lastDay, createdBy, now);
		replaced.entries.forEach(entry -> entries.add(entry.copy()));
	}

	private Notice(Long listId, int year, Long replacesId, String title, String bodyHtml, String objectionInstructions,
			LocalDate firstDay, int workingDays, LocalDate lastDay, String createdBy, Instant now) {
		this.listId = listId;
		this.currentListId = listId;
		this.replacesId = replacesId;
		this.year = year;
		this.title = title;
		this.bodyHtml = bodyHtml;
		this.objectionInstructions = objectionInstructions;
		this.firstDay = firstDay;
		this.workingDays = workingDays;
		this.lastDay = lastDay;
		this.status = Status.LIVE;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	private static Notice superseded(Notice replaced) {
		if (replaced.status != Status.SUPERSEDED) {
			throw new IllegalStateException("Notice " + replaced.id + " is not superseded");
		}
		return replaced;
	}

	/** Takes a live notice off: it no longer takes objections nor can be published (a replacement follows). */
	void supersede(Instant now) {
		requireLive();
		this.status = Status.SUPERSEDED;
		this.currentListId = null;
		this.updatedAt = now;
	}

	void supersededBy(long replacementId) {
		this.supersededById = replacementId;
	}

	/** Corrects the text; the list and the dates stay as published. */
	Notice correctText(String title, String bodyHtml, String objectionInstructions, Instant now) {
		requireLive();
		this.title = title;
		this.bodyHtml = bodyHtml;
		this.objectionInstructions = objectionInstructions;
		this.updatedAt = now;
		registerEvent(new NoticeTextCorrected(id));
		return this;
	}

	/** Whether objections are taken on the day (Beijing date). */
	boolean isOpenForObjections(LocalDate today) {
		return status == Status.LIVE && !today.isBefore(firstDay) && !today.isAfter(lastDay);
	}

	boolean isOver(LocalDate today) {
		return today.isAfter(lastDay);
	}

	/** Removes the unit at the position from a live notice's list (an upheld objection); else 409. */
	void remove(int position) {
		requireLive();
		entries.get(position).remove();
	}

	/** Announces a new notice once saved (its event names it by its id): registers {@link NoticeOpened}. */
	Notice announce() {
		requireLive();
		if (id == null) {
			throw new IllegalStateException("A notice is announced once saved");
		}
		registerEvent(NoticeEvents.opened(this));
		return this;
	}

	/** Records the publication (发文) of a live notice's list and registers {@link ListPublished}; else 409. */
	Publication markPublished(Supplier<Publication> recording) {
		requireLive();
		Publication publication = recording.get();
		this.status = Status.PUBLISHED;
		registerEvent(NoticeEvents.published(this, publication));
		return publication;
	}

	/** The events registered by transitions and not yet published (for tests). */
	List<Object> pendingEvents() {
		return List.copyOf(domainEvents());
	}

	/** Refuses (409) unless the notice is live: a superseded one and a published one each with their reason. */
	void requireLive() {
		if (status == Status.SUPERSEDED) {
			throw new StateConflictException("notice.supersededRefused", "Notice " + id + " is superseded");
		}
		if (status != Status.LIVE) {
			throw new StateConflictException("notice.notLive", "Notice " + id + " is " + status);
		}
	}

	Long getId() {
		return id;
	}

	Long getListId() {
		return listId;
	}

	Long getReplacesId() {
		return replacesId;
	}

	Long getSupersededById() {
		return supersededById;
	}

	int getYear() {
		return year;
	}

	String getTitle() {
		return title;
	}

	String getBodyHtml() {
		return bodyHtml;
	}

	String getObjectionInstructions() {
		return objectionInstructions;
	}

	LocalDate getFirstDay() {
		return firstDay;
	}

	int getWorkingDays() {
		return workingDays;
	}

	LocalDate getLastDay() {
		return lastDay;
	}

	Status getStatus() {
		return status;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	List<NoticeEntry> getEntries() {
		return entries;
	}

	long getVersion() {
		return version;
	}

	/** The notice as pages and the API show it (entries loaded): the one mapping that leaves the module. */
	NoticeView view() {
		return new NoticeView(id, listId, replacesId, supersededById, year, title, bodyHtml, objectionInstructions,
				firstDay, workingDays, lastDay, status, createdAt, updatedAt,
				entries.stream().map(NoticeEntry::view).toList(), version);
	}
}
