/**
 * Casework (案件工作): leak incidents (泄露事件) that units report confidentially and their district answers, and the
 * typical case library (典型案例库) whose desensitised cases pass the confidentiality review (保密审查) before they are
 * published on a public page.
 */
@ApplicationModule(allowedDependencies = { "base", "organization", "attachment", "referencedata", "guidance" })
package cn.tsbase.casework;

import org.springframework.modulith.ApplicationModule;
