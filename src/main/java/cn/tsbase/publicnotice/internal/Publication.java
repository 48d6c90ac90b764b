package cn.tsbase.publicnotice.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import cn.tsbase.publicnotice.PublicationView;

/** The official document (发文) publishing a notice's final list, under a unique document number. */
@Entity
@Immutable
@Table(name = "publication")
class Publication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "notice_id", nullable = false)
	private Long noticeId;

	@Column(name = "document_number", nullable = false)
	private String documentNumber;

	@Column(name = "document_date", nullable = false)
	private LocalDate documentDate;

	@Column(name = "published_by", nullable = false)
	private String publishedBy;

	@Column(name = "published_at", nullable = false)
	private Instant publishedAt;

	protected Publication() {
	}

	Publication(long noticeId, String documentNumber, LocalDate documentDate, String publishedBy, Instant now) {
		this.noticeId = noticeId;
		this.documentNumber = documentNumber;
		this.documentDate = documentDate;
		this.publishedBy = publishedBy;
		this.publishedAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getNoticeId() {
		return noticeId;
	}

	public String getDocumentNumber() {
		return documentNumber;
	}

	public LocalDate getDocumentDate() {
		return documentDate;
	}

	public String getPublishedBy() {
		return publishedBy;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	/** The publication as pages, documents and the JSON API show it: the one mapping that leaves the module. */
	PublicationView view() {
		return new PublicationView(id, noticeId, documentNumber, documentDate, publishedBy, publishedAt);
	}
}
