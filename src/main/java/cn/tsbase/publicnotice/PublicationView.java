package cn.tsbase.publicnotice;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The official document (发文) publishing a notice's final list, as pages, documents and the JSON API show it: the one
 * mapping of the {@code Publication} entity that leaves the module.
 */
public record PublicationView(long id, long noticeId, String documentNumber, LocalDate documentDate,
		String publishedBy, Instant publishedAt) {
}
