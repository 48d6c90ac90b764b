package cn.tsbase.account.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends an account's live sessions, on every instance (sessions live in the shared session store). */
@Component
class SessionTerminator {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** @return how many sessions were ended */
	int endAll(String username) {
		return endAllExcept(username, null);
	}

	int endAllExcept(String username, String keepSessionId) {
		int ended = 0;
		for (String id : sessions.findByPrincipalName(username).keySet()) {
			if (!id.equals(keepSessionId)) {
				sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}
}
