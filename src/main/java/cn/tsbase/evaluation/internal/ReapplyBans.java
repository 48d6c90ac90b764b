package cn.tsbase.evaluation.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.tsbase.evaluation.RevocationDecided;
import cn.tsbase.organization.ApplicationBans;

/**
 * A revoked base's unit may not reapply for the configured period ({@code tsbase.evaluation.reapply-ban-years}):
 * recorded in the organization module, in the deciding transaction, where the declaration module consults it.
 */
@Component
class ReapplyBans {

	private final ApplicationBans bans;

	ReapplyBans(ApplicationBans bans) {
		this.bans = bans;
	}

	@EventListener
	void on(RevocationDecided event) {
		if (event.revoked() && event.reapplyFrom() != null) {
			bans.ban(event.unitId(), event.reapplyFrom(), "摘牌 " + event.documentNumber(), "system");
		}
	}
}
