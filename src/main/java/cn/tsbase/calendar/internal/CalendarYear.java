package cn.tsbase.calendar.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.tsbase.calendar.CalendarYearView;

/** A year whose calendar an administrator has entered and marked complete. */
@Entity
@Table(name = "calendar_year")
class CalendarYear {

	@Id
	@Column(name = "calendar_year")
	private Integer year;

	@Column(name = "entered_by", nullable = false)
	private String enteredBy;

	@Column(name = "entered_at", nullable = false)
	private Instant enteredAt;

	protected CalendarYear() {
	}

	CalendarYear(int year, String enteredBy, Instant enteredAt) {
		this.year = year;
		this.enteredBy = enteredBy;
		this.enteredAt = enteredAt;
	}

	CalendarYearView view() {
		return new CalendarYearView(year, enteredBy, enteredAt);
	}
}
