package cn.tsbase.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import cn.tsbase.IntegrationTest;

/**
 * A streamed response saves its session from two threads at once (the one that commits the response, and the request
 * thread leaving the filter chain). Whatever is new in the session, the two saves must not both insert it.
 */
@IntegrationTest
class ConcurrentSessionSaveTests {

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@Test
	void twoThreadsSavingTheSameSessionAtOnceStoreItOnceWithItsNewAttributes() throws Exception {
		race(sessions);
	}

	/**
	 * Two requests of one session (two connections of a client, a page's parallel htmx requests) each read it and add
	 * the same attribute: each copy takes it for new and inserts it. The second must not fail with a duplicate key; the
	 * later write wins, as for an attribute that already existed (SessionAttributeUpserts).
	 */
	@Test
	void twoRequestsOfOneSessionAddingTheSameAttributeBothSucceed() {
		twoCopies(sessions);
	}

	private <S extends Session> void twoCopies(SessionRepository<S> repository) {
		S session = repository.createSession();
		session.setAttribute("first", 1);
		repository.save(session);
		S one = repository.findById(session.getId());
		S other = repository.findById(session.getId());
		assertThat(one).isNotSameAs(other);

		one.setAttribute("added", "by the first request");
		repository.save(one);
		other.setAttribute("added", "by the second request");
		repository.save(other);

		S stored = repository.findById(session.getId());
		assertThat((String) stored.getAttribute("added")).isEqualTo("by the second request");
		assertThat((Integer) stored.getAttribute("first")).isEqualTo(1);
		repository.deleteById(session.getId());
	}

	private <S extends Session> void race(SessionRepository<S> repository) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 30; round++) {
				S session = repository.createSession();
				session.setAttribute("first", round);
				saveTwiceAtOnce(repository, session, threads); // a new session: both would insert it
				session.setAttribute("second", round);
				saveTwiceAtOnce(repository, session, threads); // a new attribute: both would insert it

				S stored = repository.findById(session.getId());
				assertThat(stored).isNotNull();
				assertThat((Integer) stored.getAttribute("first")).isEqualTo(round);
				assertThat((Integer) stored.getAttribute("second")).isEqualTo(round);
				repository.deleteById(session.getId());
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static <S extends Session> void saveTwiceAtOnce(SessionRepository<S> repository, S session,
			ExecutorService threads) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		List<Future<?>> saves = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			saves.add(threads.submit(() -> {
				start.await(5, TimeUnit.SECONDS);
				repository.save(session);
				return null;
			}));
		}
		for (Future<?> save : saves) {
			save.get(10, TimeUnit.SECONDS); // rethrows a DuplicateKeyException as an ExecutionException
		}
	}
}
