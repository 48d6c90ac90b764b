package cn.tsbase.publicnotice.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import cn.tsbase.publicnotice.ObjectionStatus;

interface ProposedListRepository extends JpaRepository<ProposedList, Long> {

	@Query("select l from ProposedList l where not exists (select n from Notice n where n.listId = l.id) "
			+ "order by l.decidedAt desc")
	List<ProposedList> findWithoutNotice();
}

interface NoticeRepository extends JpaRepository<Notice, Long> {

	/** Every notice with its entries, in one query (the officers' list counts them), newest first day first. */
	@Query("select n from Notice n left join fetch n.entries order by n.firstDay desc, n.id desc")
	List<Notice> findAllWithEntriesNewestFirst();

	/** The notice, its row locked until the transaction ends (filings and a replacement take turns). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select n from Notice n where n.id = :id")
	Optional<Notice> findForUpdate(@Param("id") Long id);
}

interface ObjectionRepository extends JpaRepository<Objection, Long> {

	List<Objection> findByNoticeIdOrderByFiledAt(Long noticeId);

	Page<Objection> findByNoticeId(Long noticeId, Pageable pageable);

	/** The notice's objections after the position in the sort, at most the limit (keyset). */
	Window<Objection> findByNoticeId(Long noticeId, ScrollPosition position, Sort sort, Limit limit);

	/** Moves a superseded notice's objections to its replacement (same list, same positions). */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Objection o set o.noticeId = :to, o.version = o.version + 1 where o.noticeId = :from")
	int moveToNotice(@Param("from") Long from, @Param("to") Long to);

	Optional<Objection> findByReceiptNo(String receiptNo);

	boolean existsByReceiptNo(String receiptNo);

	long countByNoticeIdAndStatusNot(Long noticeId, ObjectionStatus status);

	/** The receipt number of the objection, if it is on the notice and carries the attachment as evidence. */
	@Query("select o.receiptNo from Objection o join o.evidence e where o.id = :objection and o.noticeId = :notice "
			+ "and e.attachmentId = :attachment")
	Optional<String> findEvidenceOfNotice(@Param("notice") long noticeId, @Param("objection") long objectionId,
			@Param("attachment") long attachmentId);

	/** The same for a district: only an objection against a unit of the district that it was asked to verify. */
	@Query("select o.receiptNo from Objection o join o.evidence e where o.id = :objection "
			+ "and o.targetDistrict = :district and o.verificationRequest is not null and e.attachmentId = :attachment")
	Optional<String> findEvidenceForDistrict(@Param("objection") long objectionId,
			@Param("attachment") long attachmentId, @Param("district") String district);

	/** The objections a district was asked to verify: those still awaiting its findings, or all of them. */
	@Query(value = "select o from Objection o where o.targetDistrict = :district and o.verificationRequest is not null "
			+ "and (:all = true or (o.status = :verifying and o.districtFindings is null))",
			countQuery = "select count(o) from Objection o where o.targetDistrict = :district "
					+ "and o.verificationRequest is not null "
					+ "and (:all = true or (o.status = :verifying and o.districtFindings is null))")
	Page<Objection> findVerifications(@Param("district") String district, @Param("all") boolean all,
			@Param("verifying") ObjectionStatus verifying, Pageable pageable);

	Page<Objection> findByTargetDistrictAndStatus(String district, ObjectionStatus status, Pageable pageable);
}

interface PublicationRepository extends JpaRepository<Publication, Long> {

	Optional<Publication> findByNoticeId(Long noticeId);

	boolean existsByDocumentNumber(String documentNumber);
}
