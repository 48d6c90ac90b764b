package cn.tsbase.publicnotice.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tsbase.shared.progress.DeclarationMilestone;
import cn.tsbase.shared.progress.DeclarationMilestones;

/**
 * How a proposed declaration fared in the public notice: the notice period (linking to the public notice), its
 * removal from the list, the objections filed against it and the publication. One query; the objections are counted,
 * never shown (the objector's data stay with the officers).
 */
@Component
class PublicNoticeMilestones implements DeclarationMilestones {

	private final JdbcClient jdbc;

	PublicNoticeMilestones(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Row(long noticeId, LocalDate firstDay, LocalDate lastDay, Instant createdAt, boolean removed,
			long objections, String documentNumber, Instant publishedAt) {
	}

	@Override
	public List<DeclarationMilestone> milestonesOf(long declarationId) {
		Optional<Row> found = jdbc.sql("SELECT n.id, n.first_day, n.last_day, n.created_at, e.removed, "
				+ "(SELECT COUNT(*) FROM objection o JOIN public_notice_entry oe ON oe.notice_id = o.notice_id "
				+ "AND oe.position = o.target_position WHERE oe.declaration_id = e.declaration_id), "
				+ "p.document_number, p.published_at FROM public_notice_entry e "
				+ "JOIN public_notice n ON n.id = e.notice_id AND n.superseded_by_id IS NULL "
				+ "LEFT JOIN publication p ON p.notice_id = n.id "
				+ "WHERE e.declaration_id = :declaration ORDER BY n.id DESC FETCH FIRST 1 ROWS ONLY")
			.param("declaration", declarationId)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
					instant(rs.getObject(4, OffsetDateTime.class)), rs.getBoolean(5), rs.getLong(6), rs.getString(7),
					instant(rs.getObject(8, OffsetDateTime.class))))
			.optional();
		if (found.isEmpty()) {
			return List.of();
		}
		Row row = found.get();
		List<DeclarationMilestone> stages = new ArrayList<>();
		stages.add(DeclarationMilestone.of(210, "notice", row.createdAt(), "/public/notices/" + row.noticeId(),
				row.firstDay().toString(), row.lastDay().toString()));
		if (row.objections() > 0) {
			stages.add(DeclarationMilestone.of(220, "objections", null, null, String.valueOf(row.objections())));
		}
		if (row.removed()) {
			stages.add(DeclarationMilestone.negative(230, "removed", null));
		}
		else if (row.publishedAt() != null) {
			stages.add(DeclarationMilestone.of(240, "published", row.publishedAt(), null, row.documentNumber()));
		}
		return stages;
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}
}
