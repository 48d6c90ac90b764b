package cn.tsbase.calendar.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import cn.tsbase.calendar.CalendarDayView;
import cn.tsbase.calendar.DayKind;

/** A day that differs from the plain week: a public holiday, or a weekend day that is a working day (调休). */
@Entity
@Table(name = "calendar_day")
class CalendarDay {

	@Id
	@Column(name = "calendar_date")
	private LocalDate day;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private DayKind kind;

	@Column(nullable = false)
	private String name;

	@Version
	private long version;

	protected CalendarDay() {
	}

	CalendarDay(LocalDate day, DayKind kind, String name) {
		this.day = day;
		this.kind = kind;
		this.name = name;
	}

	LocalDate getDay() {
		return day;
	}

	DayKind getKind() {
		return kind;
	}

	String getName() {
		return name;
	}

	CalendarDayView view() {
		return new CalendarDayView(day, kind, name);
	}
}
