package cn.tsbase.account.internal;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface PasswordHistoryRepository extends JpaRepository<PasswordHistoryEntry, Long> {

	List<PasswordHistoryEntry> findByUserIdOrderByChangedAtDesc(Long userId, Limit limit);
}
