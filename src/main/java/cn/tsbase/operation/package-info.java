/**
 * Operation management (运行管理) of designated bases: the profile of the five construction standards, the annual
 * work plans that the district accepts or returns, and the trainings and publicity events held against them.
 */
@ApplicationModule(allowedDependencies = { "base", "declaration", "organization", "calendar", "referencedata", "attachment" })
package cn.tsbase.operation;

import org.springframework.modulith.ApplicationModule;
