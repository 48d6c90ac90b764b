package cn.tsbase.account.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SecondFactorRemovalRepository extends JpaRepository<SecondFactorRemoval, Long> {

	@Query("select r from SecondFactorRemoval r where r.userId = :userId and r.status = 'PENDING'")
	Optional<SecondFactorRemoval> findPendingOf(@Param("userId") long userId);

	@Query("""
			select new cn.tsbase.account.internal.SecondFactorRemovals$PendingRemoval(r.id, r.version, a.id,
			  a.username, a.displayName, r.reason, r.requestedBy, r.requestedAt)
			from SecondFactorRemoval r, UserAccount a
			where a.id = r.userId and r.status = 'PENDING' order by r.requestedAt
			""")
	List<SecondFactorRemovals.PendingRemoval> findPending();

	@Query("""
			select new cn.tsbase.account.internal.SecondFactorRemovals$PendingRemoval(r.id, r.version, a.id,
			  a.username, a.displayName, r.reason, r.requestedBy, r.requestedAt)
			from SecondFactorRemoval r, UserAccount a
			where a.id = r.userId and r.userId = :userId and r.status = 'PENDING'
			""")
	Optional<SecondFactorRemovals.PendingRemoval> findPendingRemovalOf(@Param("userId") long userId);
}
