package cn.tsbase.operation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.tsbase.shared.StateConflictException;

/**
 * A member unit of a zone (园区成员单位), identified by its credit code: whether it has protection rules (since when, by
 * which document), how many of its people were trained each year, whether it is being cultivated as a demonstration
 * enterprise. A removed member keeps its record with the date it left.
 */
@Entity
@Table(name = "zone_member")
class ZoneMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "base_id", nullable = false, updatable = false)
	private Long baseId;

	@Column(nullable = false, updatable = false)
	private String uscc;

	@Column(nullable = false)
	private String name;

	@Column(name = "registered_unit_id")
	private Long registeredUnitId;

	@Column(name = "removed_on")
	private LocalDate removedOn;

	@Column(name = "has_rules", nullable = false)
	private boolean hasRules;

	@Column(name = "rules_on")
	private LocalDate rulesOn;

	@Column(name = "rules_document")
	private String rulesDocument;

	@Column(nullable = false)
	private boolean cultivated;

	@ElementCollection
	@org.hibernate.annotations.BatchSize(size = 100)
	@CollectionTable(name = "zone_member_training", joinColumns = @JoinColumn(name = "member_id"))
	private List<Training> trainings = new ArrayList<>();

	@Column(name = "updated_by", nullable = false)
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected ZoneMember() {
	}

	ZoneMember(long baseId, String uscc, String name, Long registeredUnitId, String by, Instant at) {
		this.baseId = baseId;
		this.uscc = uscc;
		this.name = name;
		this.registeredUnitId = registeredUnitId;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	/** The member's details as the unit states them; the rules' date and document only count with rules. */
	void update(MemberDetails details, String by, Instant at) {
		if (removedOn != null) {
			throw new StateConflictException("operation.member.alreadyRemoved", "Member removed");
		}
		this.hasRules = details.hasRules();
		this.rulesOn = details.hasRules() ? details.rulesOn() : null;
		this.rulesDocument = details.hasRules() ? details.rulesDocument() : null;
		this.cultivated = details.cultivated();
		if (details.trainingYear() != null) {
			trained(details.trainingYear(), details.trainedPeople() == null ? 0 : details.trainedPeople());
		}
		touch(by, at);
	}

	/** How many of the member's people were trained in the year (0 removes the year). */
	void trained(int year, int people) {
		trainings.removeIf(t -> t.year == year);
		if (people > 0) {
			trainings.add(new Training(year, people));
		}
	}

	/** The member leaves the zone on the date; a removed member cannot leave again. */
	void remove(LocalDate on, String by, Instant at) {
		if (removedOn != null) {
			throw new StateConflictException("operation.member.alreadyRemoved", "Member already removed");
		}
		this.removedOn = on;
		touch(by, at);
	}

	/** A former member joins again: its record is current once more. */
	void rejoin(String name, Long registeredUnitId, String by, Instant at) {
		this.removedOn = null;
		this.name = name;
		this.registeredUnitId = registeredUnitId;
		touch(by, at);
	}

	private void touch(String by, Instant at) {
		this.updatedBy = by;
		this.updatedAt = at;
	}

	int trainedIn(int year) {
		return trainings.stream().filter(t -> t.year == year).mapToInt(t -> t.people).sum();
	}

	MemberView toView(int year, int trainedInActivities) {
		List<MemberView.Trained> byYear = trainings.stream()
			.sorted(Comparator.comparingInt((Training t) -> t.year).reversed())
			.map(t -> new MemberView.Trained(t.year, t.people))
			.toList();
		return new MemberView(id, uscc, name, registeredUnitId != null, removedOn, hasRules, rulesOn, rulesDocument,
				trainedIn(year), trainedInActivities, byYear, cultivated, updatedBy, updatedAt, version);
	}

	Long getId() {
		return id;
	}

	Long getBaseId() {
		return baseId;
	}

	String getName() {
		return name;
	}

	String getUscc() {
		return uscc;
	}

	LocalDate getRemovedOn() {
		return removedOn;
	}

	long getVersion() {
		return version;
	}

	/** People of the member trained in a year. */
	@Embeddable
	static class Training {

		@Column(name = "training_year", nullable = false)
		private int year;

		@Column(nullable = false)
		private int people;

		protected Training() {
		}

		Training(int year, int people) {
			this.year = year;
			this.people = people;
		}
	}
}
