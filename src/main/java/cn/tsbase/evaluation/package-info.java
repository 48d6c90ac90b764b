/**
 * Annual evaluation (年度评估考察) of demonstration bases: versioned indicator systems, the year's round with
 * self-evaluation, district scoring and the municipal review, the computed grades under the 优秀 cap.
 */
@ApplicationModule(allowedDependencies = { "base", "declaration", "calendar", "referencedata", "attachment", "organization", "operation",
		"guidance", "casework" })
package cn.tsbase.evaluation;

import org.springframework.modulith.ApplicationModule;
