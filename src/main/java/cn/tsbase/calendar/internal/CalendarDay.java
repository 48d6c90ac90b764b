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

/** A day that differs from the plain week: a public holiday, or a weekend day that is a working day (调休). */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

	public enum Kind {
		HOLIDAY, WORKING_DAY;

		public String messageKey() {
			return "calendar.kind." + name();
		}
	}

	@Id
	@Column(name = "calendar_date")
	private LocalDate day;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false)
	private Kind kind;

	@Column(nullable = false)
	private String name;

	@Version
	private long version;

	protected CalendarDay() {
	}

	CalendarDay(LocalDate day, Kind kind, String name) {
		this.day = day;
		this.kind = kind;
		this.name = name;
	}

	public LocalDate getDay() {
		return day;
	}

	public Kind getKind() {
		return kind;
	}

	public String getName() {
		return name;
	}
}
