/**
 * The official working-day calendar (holidays and adjusted working days by year) that administrators maintain and
 * that periods counted in working days (the public notice) rely on.
 */
@ApplicationModule(allowedDependencies = {})
package cn.tsbase.calendar;

import org.springframework.modulith.ApplicationModule;
