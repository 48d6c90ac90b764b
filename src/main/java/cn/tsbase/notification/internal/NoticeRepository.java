package cn.tsbase.notification.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Every query is scoped to one recipient: nobody reaches another account's notices. */
interface NoticeRepository extends JpaRepository<Notice, Long> {

	Page<Notice> findByRecipientId(long recipientId, Pageable pageable);

	Page<Notice> findByRecipientIdAndReadAtIsNull(long recipientId, Pageable pageable);

	long countByRecipientIdAndReadAtIsNull(long recipientId);

	Optional<Notice> findByIdAndRecipientId(long id, long recipientId);

	@Modifying
	@Query("update Notice n set n.readAt = :now where n.recipientId = :recipientId and n.readAt is null")
	int markAllRead(@Param("recipientId") long recipientId, @Param("now") Instant now);
}
