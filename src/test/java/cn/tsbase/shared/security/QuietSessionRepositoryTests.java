package cn.tsbase.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

import cn.tsbase.shared.security.QuietSessionRepository.QuietSession;

class QuietSessionRepositoryTests {

	static final Instant T0 = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

	/** An in-memory store that, like every store, counts what it is asked to save. */
	static final class Store extends MapSessionRepository {

		int saves;

		Store() {
			super(new java.util.concurrent.ConcurrentHashMap<>());
		}

		@Override
		public void save(MapSession session) {
			saves++;
			super.save(session);
		}
	}

	private static QuietSession stored(Store store, QuietSessionRepository sessions) {
		MapSession session = store.createSession();
		session.setLastAccessedTime(T0);
		store.save(session);
		return sessions.findById(session.getId());
	}

	@Test
	void theLastAccessMovesOnlyByTheGranularity() {
		Store store = new Store();
		QuietSessionRepository sessions = new QuietSessionRepository(new IndexedStore(store), Duration.ofMinutes(1));
		QuietSession session = stored(store, sessions);

		session.setLastAccessedTime(T0.plusSeconds(59));
		assertThat(session.getLastAccessedTime()).isEqualTo(T0);

		session.setLastAccessedTime(T0.plusSeconds(60));
		assertThat(session.getLastAccessedTime()).isEqualTo(T0.plusSeconds(60));

		session.setLastAccessedTime(T0.plusSeconds(61));
		assertThat(session.getLastAccessedTime()).isEqualTo(T0.plusSeconds(60));
	}

	@Test
	void attributesAndTheIdPassThrough() {
		Store store = new Store();
		QuietSessionRepository sessions = new QuietSessionRepository(new IndexedStore(store), Duration.ofMinutes(1));
		QuietSession session = stored(store, sessions);
		session.setAttribute("factor", "verified");
		String before = session.getId();
		String after = session.changeSessionId();
		sessions.save(session);

		assertThat(after).isNotEqualTo(before);
		assertThat(sessions.findById(after).<String>getAttribute("factor")).isEqualTo("verified");
		assertThat(sessions.findById(before)).isNull();
		sessions.deleteById(after);
		assertThat(sessions.findById(after)).isNull();
		assertThat(store.saves).isEqualTo(2);
	}

	/** The map store with the index lookup the interface asks for (no index: nothing found). */
	record IndexedStore(Store store) implements org.springframework.session.FindByIndexNameSessionRepository<MapSession> {

		public MapSession createSession() {
			return store.createSession();
		}

		public void save(MapSession session) {
			store.save(session);
		}

		public MapSession findById(String id) {
			return store.findById(id);
		}

		public void deleteById(String id) {
			store.deleteById(id);
		}

		public java.util.Map<String, MapSession> findByIndexNameAndIndexValue(String name, String value) {
			return java.util.Map.of();
		}
	}
}
