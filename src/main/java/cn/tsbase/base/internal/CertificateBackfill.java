package cn.tsbase.base.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the bases designated before certificates carried numbers and verification codes theirs, once, at start-up
 * (before the demo data, which designates through the same path). Idempotent: a base keeps the code it has.
 */
@Component
@Order(1)
class CertificateBackfill implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CertificateBackfill.class);

	private final BaseService bases;

	CertificateBackfill(BaseService bases) {
		this.bases = bases;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			int certified = bases.certifyMissing();
			if (certified > 0) {
				log.info("Issued certificate numbers and verification codes to {} bases", certified);
			}
		}
		catch (org.springframework.dao.ConcurrencyFailureException
				| org.springframework.dao.DataIntegrityViolationException raced) {
			// another instance starting at the same time certified them first
			log.info("Certificate codes issued by another instance: {}", raced.getMessage());
		}
	}
}
