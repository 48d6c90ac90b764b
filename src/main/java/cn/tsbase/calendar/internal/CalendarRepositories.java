package cn.tsbase.calendar.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarDayRepository extends JpaRepository<CalendarDay, LocalDate> {

	List<CalendarDay> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);
}

interface CalendarYearRepository extends JpaRepository<CalendarYear, Integer> {
}
