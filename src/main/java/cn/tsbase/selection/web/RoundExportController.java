package cn.tsbase.selection.web;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import cn.tsbase.selection.internal.RoundExports;
import cn.tsbase.shared.web.Downloads;
import cn.tsbase.shared.web.TimeFormat;

/**
 * The round's documents: the score sheet (Excel) and the ranking (PDF, Chinese), made and audited by
 * {@link RoundExports}.
 */
@Controller
@RequestMapping("/selection/rounds/{id}")
class RoundExportController {

	private final RoundExports exports;

	RoundExportController(RoundExports exports) {
		this.exports = exports;
	}

	/** The score sheet: one row per expert and declaration; only submitted scores show their numbers. */
	@GetMapping("/scores.xlsx")
	ResponseEntity<byte[]> scoreSheet(@PathVariable long id, Locale locale) {
		RoundExports.Document sheet = exports.scoreSheet(id, locale);
		return Downloads.of(sheet.content(), sheet.fileName(), Downloads.XLSX);
	}

	/** The ranking in Chinese: per base type the raw ranking with the normalised one beside it. */
	@GetMapping("/ranking.pdf")
	ResponseEntity<byte[]> ranking(@PathVariable long id) {
		RoundExports.Document ranking = exports.ranking(id);
		return Downloads.of(ranking.content(), ranking.fileName(), Downloads.PDF);
	}
}
