package cn.tsbase.account.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import cn.tsbase.account.AccountKind;
import cn.tsbase.account.Recipient;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.security.Role;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	@Query("select a from UserAccount a left join fetch a.roles where a.username = :username")
	Optional<UserAccount> findWithRolesByUsername(@Param("username") String username);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from UserAccount a where a.username = :username")
	Optional<UserAccount> findForUpdateByUsername(@Param("username") String username);

	boolean existsByUsernameIgnoreCase(String username);

	/** The account to change, refused when somebody else changed it since the version the user saw. */
	default UserAccount loadForChange(long id, long expectedVersion) {
		UserAccount account = findById(id).orElseThrow(() -> new NotFoundException("Account " + id));
		if (account.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
		}
		return account;
	}

	@Query("""
			select new cn.tsbase.account.Recipient(a.id, a.username, a.displayName, a.email)
			from UserAccount a join a.roles r
			where r = :role and a.enabled = true
			  and ((:district is null and a.districtCode is null) or a.districtCode = :district)
			order by a.id
			""")
	List<Recipient> findHolders(@Param("role") Role role, @Param("district") String district);

	@Query("""
			select new cn.tsbase.account.Recipient(a.id, a.username, a.displayName, a.email)
			from UserAccount a where a.unitId = :unitId and a.enabled = true order by a.id
			""")
	List<Recipient> findOfUnit(@Param("unitId") long unitId);

	@Query("""
			select a from UserAccount a
			where (:query is null or lower(a.username) like :query escape '\\'
			       or lower(a.displayName) like :query escape '\\')
			  and (:kind is null or a.kind = :kind)
			  and (:enabled is null or a.enabled = :enabled)
			""")
	Page<UserAccount> search(@Param("query") String query, @Param("kind") AccountKind kind,
			@Param("enabled") Boolean enabled, Pageable pageable);
}
