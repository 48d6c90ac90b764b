package cn.tsbase.operation.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, computes which standards lack content for the profiles opened before that was kept with every change
 * (their column is null): a batch at a time, once (a computed profile is never null again). The values are encrypted
 * at rest, so SQL alone cannot compute them.
 */
@Component
@Order(5)
class CompletenessBackfill implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CompletenessBackfill.class);

	private final BaseProfileRepository profiles;
	private final TransactionTemplate transactions;

	CompletenessBackfill(BaseProfileRepository profiles, TransactionTemplate transactions) {
		this.profiles = profiles;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		int computed = 0;
		for (int attempt = 0; attempt < 10_000; attempt++) {
			Integer batch;
			try {
				batch = transactions.execute(status -> {
					List<BaseProfile> found = profiles.findTop200ByIncompleteStandardsIsNullOrderByIdAsc();
					found.forEach(BaseProfile::refreshCompleteness);
					return found.size();
				});
			}
			catch (OptimisticLockingFailureException changedMeanwhile) {
				// another instance (or a user) changed a profile of the batch: read the batch again
				log.debug("Completeness batch changed meanwhile: {}", changedMeanwhile.toString());
				continue;
			}
			if (batch == null || batch == 0) {
				break;
			}
			computed += batch;
		}
		if (computed > 0) {
			log.info("Standards completeness computed for {} base profiles", computed);
		}
	}
}
