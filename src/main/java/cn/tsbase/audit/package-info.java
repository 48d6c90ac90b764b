/**
 * The tamper-evident audit trail: records every {@code AuditEvent} in an HMAC-SM3 chain and verifies it.
 */
@ApplicationModule(allowedDependencies = { "declaration", "organization", "guidance", "casework", "operation",
		"publicnotice", "selection", "evaluation" })
package cn.tsbase.audit;

import org.springframework.modulith.ApplicationModule;
