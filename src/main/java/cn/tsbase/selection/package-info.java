/**
 * Municipal selection (组织评选): pre-review, expert panel, conflicts of interest, assignment, scoring, ranking.
 */
@ApplicationModule(allowedDependencies = { "account", "declaration", "districtreview", "organization", "referencedata" })
package cn.tsbase.selection;

import org.springframework.modulith.ApplicationModule;
