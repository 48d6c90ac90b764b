package cn.tsbase.attachment.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

	List<Attachment> findByOwnerTypeAndOwnerIdOrderByUploadedAtAscIdAsc(String ownerType, long ownerId);
}
