/**
 * Reporting (统计报表): the programme's figures for the municipal bureau, the districts and the public, read from the
 * other modules' statistics ports (grouped in their databases), never from their tables; the districts' annual
 * summary reports (年度工作总结) and the problems they raise with the municipal bureau (问题反映).
 */
@ApplicationModule(allowedDependencies = { "declaration", "selection", "publicnotice", "base", "referencedata",
		"evaluation", "operation", "guidance", "casework", "attachment" })
package cn.tsbase.reporting;

import org.springframework.modulith.ApplicationModule;
