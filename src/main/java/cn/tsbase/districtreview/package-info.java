/**
 * District review and recommendation (审核推荐): scoring against the district criteria, opinions, the district IP
 * office's co-review comments, decisions, and the locked recommendation list with its letter (推荐函).
 */
@ApplicationModule(allowedDependencies = { "declaration", "referencedata" })
package cn.tsbase.districtreview;

import org.springframework.modulith.ApplicationModule;
