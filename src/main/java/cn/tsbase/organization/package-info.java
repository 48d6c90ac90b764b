/**
 * Units (申报单位): self-service registration, profiles with versioned changes, the district-scoped unit registry.
 */
@ApplicationModule(allowedDependencies = { "account", "referencedata" })
package cn.tsbase.organization;

import org.springframework.modulith.ApplicationModule;
