package cn.tsbase.notification.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Every query is scoped to one recipient: nobody reaches another account's notifications. */
interface NotificationRepository extends JpaRepository<Notification, Long> {

	Page<Notification> findByRecipientId(long recipientId, Pageable pageable);

	Page<Notification> findByRecipientIdAndReadAtIsNull(long recipientId, Pageable pageable);

	long countByRecipientIdAndReadAtIsNull(long recipientId);

	Optional<Notification> findByIdAndRecipientId(long id, long recipientId);

	@Modifying
	@Query("update Notification n set n.readAt = :now where n.recipientId = :recipientId and n.readAt is null")
	int markAllRead(@Param("recipientId") long recipientId, @Param("now") Instant now);
}
