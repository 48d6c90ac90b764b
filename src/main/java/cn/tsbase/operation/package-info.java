/**
 * Operation management (运行管理) of designated bases: the profile of the five construction standards, the annual
 * work plans that the district accepts or returns, the trainings and publicity events held against them, liaison
 * reports, and a zone's member units with the zone's four indicators computed from them.
 */
@ApplicationModule(allowedDependencies = { "base", "declaration", "organization", "calendar", "referencedata", "attachment",
		"casework" })
package cn.tsbase.operation;

import org.springframework.modulith.ApplicationModule;
