package cn.tsbase.evaluation.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.document.PdfRenderer;
import cn.tsbase.shared.security.CurrentUser;

/**
 * The notice of a round's results (评估结果通报), in Chinese, as PDF and as Word, once the results are published; each
 * download audited once. A round outside the caller's scope is "not found"; an open round has no notice yet. Not
 * one read-only transaction: the audit entry is written (through the event publication registry) after the reads.
 */
@Service
public class EvaluationNotices {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final EvaluationRounds rounds;
	private final TemplateEngine templates;
	private final PdfRenderer pdf;
	private final EvaluationNoticeWord word;
	private final ReferenceData referenceData;
	private final AuditLog audit;

	EvaluationNotices(EvaluationRounds rounds, TemplateEngine templates, PdfRenderer pdf, EvaluationNoticeWord word,
			ReferenceData referenceData, AuditLog audit) {
		this.rounds = rounds;
		this.templates = templates;
		this.pdf = pdf;
		this.word = word;
		this.referenceData = referenceData;
		this.audit = audit;
	}

	/** A notice's content and the file name it is downloaded under. */
	public record NoticeFile(byte[] content, String fileName) {
	}

	public NoticeFile pdf(long roundId, CurrentUser user) {
		RoundView round = published(roundId, user);
		Context context = new Context(CHINESE);
		context.setVariable("round", round);
		context.setVariable("results", rounds.results(roundId));
		context.setVariable("referenceData", referenceData);
		byte[] document = pdf.render(templates.process("evaluation/notice-pdf", context));
		audit.record("EVALUATION_NOTICE_DOWNLOADED", "EvaluationRound", roundId, AuditOutcome.SUCCESS, "pdf");
		return new NoticeFile(document, fileName(round, "pdf"));
	}

	public NoticeFile word(long roundId, CurrentUser user) {
		RoundView round = published(roundId, user);
		List<EvaluationView> results = rounds.results(roundId);
		byte[] document = word.render(round, results, CHINESE);
		audit.record("EVALUATION_NOTICE_DOWNLOADED", "EvaluationRound", roundId, AuditOutcome.SUCCESS, "docx");
		return new NoticeFile(document, fileName(round, "docx"));
	}

	private RoundView published(long roundId, CurrentUser user) {
		RoundView round = rounds.find(roundId, user);
		if (round.status() != RoundStatus.PUBLISHED) {
			throw new StateConflictException("evaluation.round.notPublished", "Round " + roundId + " not published");
		}
		return round;
	}

	private static String fileName(RoundView round, String extension) {
		return round.year() + "年度示范基地评估结果通报." + extension;
	}
}
