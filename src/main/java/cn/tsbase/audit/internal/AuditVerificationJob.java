package cn.tsbase.audit.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Verifies the chain against the table and the anchor every night (by default at 02:00 Beijing time,
 * {@code tsbase.audit.verify-cron}), on one instance, and records the outcome in the trail; a broken chain is also
 * logged as an error for the operator's monitoring.
 */
@Component
public class AuditVerificationJob {

	private static final Logger log = LoggerFactory.getLogger(AuditVerificationJob.class);

	private final AuditTrail trail;

	AuditVerificationJob(AuditTrail trail) {
		this.trail = trail;
	}

	@Scheduled(cron = "${tsbase.audit.verify-cron:0 0 2 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "audit-chain-verification", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void verifyNightly() {
		verifyNow();
	}

	/** Verifies, records and logs the outcome. */
	public AuditTrail.Verification verifyNow() {
		AuditTrail.Verification result = trail.verifyAndRecord();
		if (result.intact()) {
			log.info("Audit chain intact: {} entries checked", result.checked());
		}
		else {
			log.error("Audit chain broken at entry {} ({}); {} entries before it check", result.brokenAt(),
					result.problem(), result.checked());
		}
		return result;
	}
}
