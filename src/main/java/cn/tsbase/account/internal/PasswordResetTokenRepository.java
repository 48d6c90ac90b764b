package cn.tsbase.account.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PasswordResetTokenRepository extends JpaRepository<PasswordResetToken, Long> {

	Optional<PasswordResetToken> findByTokenHash(String tokenHash);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from PasswordResetToken t where t.tokenHash = :hash")
	Optional<PasswordResetToken> findForUpdateByTokenHash(@Param("hash") String hash);

	@Query("select t from PasswordResetToken t where t.userId = :userId and t.usedAt is null")
	List<PasswordResetToken> findUnusedOf(@Param("userId") long userId);
}
