/**
 * Guidance (培育指导): the guidance officers (商业秘密保护指导员) a district appoints and assigns to bases and units,
 * the units' guidance requests (指导申请), the officers' visit records (指导记录) and their recommendations followed up
 * to closure.
 */
@ApplicationModule(allowedDependencies = { "base", "declaration", "organization", "account", "referencedata", "attachment", "selection" })
package cn.tsbase.guidance;

import org.springframework.modulith.ApplicationModule;
