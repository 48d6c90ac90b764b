/**
 * Calls for applications (申报通知) and declarations (申报): the structured form, drafts, submission, return for
 * correction, withdrawal and every submitted version.
 */
@ApplicationModule(allowedDependencies = { "organization", "referencedata", "attachment" })
package cn.tsbase.declaration;

import org.springframework.modulith.ApplicationModule;
