package cn.tsbase.operation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A training or publicity event a base held (培训、宣传): when, what, where, how many took part, who organised it, and
 * for a zone which member units took part with how many people each.
 */
@Entity
@Table(name = "base_activity")
class Activity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "base_id", nullable = false, updatable = false)
	private Long baseId;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private Long unitId;

	@Column(name = "district_code", nullable = false, updatable = false)
	private String districtCode;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private ActivityKind kind;

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@Column(nullable = false)
	private String topic;

	@Column(nullable = false)
	private boolean online;

	private String place;

	@Column(nullable = false)
	private int participants;

	@Column(nullable = false)
	private String organiser;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	@Column(name = "evidence_count", nullable = false)
	private int evidenceCount;

	@ElementCollection
	@CollectionTable(name = "base_activity_member", joinColumns = @JoinColumn(name = "activity_id"))
	private List<MemberPeople> members = new ArrayList<>();

	@Version
	private long version;

	protected Activity() {
	}

	Activity(BaseProfile base, ActivityRecord record, String recordedBy, Instant recordedAt) {
		this.baseId = base.getBaseId();
		this.unitId = base.getUnitId();
		this.districtCode = base.getDistrictCode();
		this.kind = record.kind();
		this.heldOn = record.heldOn();
		this.topic = record.topic();
		this.online = record.online();
		this.place = record.place();
		this.participants = record.participants();
		this.organiser = record.organiser();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
		record.members().forEach(m -> members.add(new MemberPeople(m.memberId(), m.people())));
	}

	ActivityRecord toRecord() {
		return new ActivityRecord(id, kind, heldOn, topic, online, place, participants, organiser, evidenceCount);
	}

	Long getId() {
		return id;
	}

	Long getBaseId() {
		return baseId;
	}

	String getDistrictCode() {
		return districtCode;
	}

	long getVersion() {
		return version;
	}

	/** The unit corrects what it recorded: everything but the base, who recorded it and when, and the evidence. */
	void correct(ActivityRecord record) {
		this.kind = record.kind();
		this.heldOn = record.heldOn();
		this.topic = record.topic();
		this.online = record.online();
		this.place = record.place();
		this.participants = record.participants();
		this.organiser = record.organiser();
		members.clear();
		record.members().forEach(m -> members.add(new MemberPeople(m.memberId(), m.people())));
	}

	/** The member units that took part and their people (member id, people), without their names. */
	List<ActivityRecord.Participant> participation() {
		return members.stream().map(m -> new ActivityRecord.Participant(m.memberId, null, m.people)).toList();
	}

	void evidenceAdded() {
		evidenceCount++;
	}

	/** A member unit of the zone that took part and how many of its people. */
	@Embeddable
	static class MemberPeople {

		@Column(name = "member_id", nullable = false)
		private long memberId;

		@Column(nullable = false)
		private int people;

		protected MemberPeople() {
		}

		MemberPeople(long memberId, int people) {
			this.memberId = memberId;
			this.people = people;
		}
	}
}
