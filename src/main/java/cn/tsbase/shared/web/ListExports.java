package cn.tsbase.shared.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.document.Spreadsheets;

/**
 * Exports a list page as an Excel workbook (导出 Excel): the very query of the list (its filters, search, sort and
 * data scope) read in batches of {@link #BATCH} rows and written as the response streams, so a long list never sits in
 * memory whole. A list longer than its cap is refused before anything is written, with a message that asks the user to
 * narrow the filter. Module {@code XxxExports} classes say what to read and which columns to write, and audit the
 * export between {@link #prepare} and {@link #xlsx} ({@code LIST_EXPORTED}, the list's object type, the row count).
 */
@Component
public class ListExports {

	/** Rows read from the database at a time. */
	public static final int BATCH = 500;

	/** At most this many rows in the export of an ordinary list. */
	public static final int MAX_ROWS = 50_000;

	private final MessageSource messages;

	ListExports(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * What to export.
	 *
	 * @param titleKey the message key of the list's title: the sheet and the file name
	 * @param headerKeys the message keys of the column headers
	 * @param query one page of the list, scoped and filtered exactly as the list page reads it
	 * @param sort the list's current sort; it must end on a unique property so that pages do not overlap
	 * @param max the most rows the export may hold; a longer list is refused ({@code export.tooMany})
	 * @param row the cells of one row
	 */
	public record Export<T>(String titleKey, List<String> headerKeys,
			Function<Pageable, Page<T>> query, Sort sort, int max, Function<T, List<?>> row) {
	}

	/** An export whose first batch and count are read. */
	public record Prepared<T>(Export<T> export, Page<T> first) {

		/** How many rows the export holds. */
		public long total() {
			return first.getTotalElements();
		}
	}

	/**
	 * Reads the first batch and the count before the response starts, so a refusal is an ordinary refused request
	 * (back to the list with the message), never a truncated file.
	 *
	 * @throws StateConflictException ({@code export.tooMany}) when the filtered list holds more than the cap
	 */
	public <T> Prepared<T> prepare(Export<T> export) {
		Page<T> first = export.query().apply(PageRequest.of(0, BATCH, export.sort()));
		if (first.getTotalElements() > export.max()) {
			throw new StateConflictException("export.tooMany",
					first.getTotalElements() + " rows, at most " + export.max());
		}
		return new Prepared<>(export, first);
	}

	/** The workbook, written as the response streams, reading the rest of the list batch by batch. */
	public <T> ResponseEntity<StreamingResponseBody> xlsx(Prepared<T> prepared, Locale locale) {
		Export<T> export = prepared.export();
		Page<T> first = prepared.first();
		String title = messages.getMessage(export.titleKey(), null, export.titleKey(), locale);
		List<String> headers = export.headerKeys()
			.stream()
			.map(key -> messages.getMessage(key, null, key, locale))
			.toList();
		StreamingResponseBody body = out -> {
			// the body is written on another thread: labels that read the locale from the context must find it
			Locale before = LocaleContextHolder.getLocale();
			LocaleContextHolder.setLocale(locale);
			try {
				Spreadsheets.stream(out, sheetName(title), headers, rows -> {
					Page<T> page = first;
					long written = 0;
					while (true) {
						for (T item : page.getContent()) {
							if (written++ >= export.max()) {
								return;
							}
							rows.add(export.row().apply(item));
						}
						if (!page.hasNext() || page.getNumberOfElements() < BATCH) {
							return;
						}
						page = export.query().apply(PageRequest.of(page.getNumber() + 1, BATCH, export.sort()));
					}
				});
			}
			finally {
				LocaleContextHolder.setLocale(before);
			}
		};
		return Downloads.streamed(body, title + ".xlsx", Downloads.XLSX);
	}

	/** The cells of a row; a null leaves its cell empty. */
	public static List<?> cells(Object... values) {
		return Arrays.asList(values);
	}

	/** Excel refuses sheet names over 31 characters and some punctuation. */
	private static String sheetName(String title) {
		String name = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
		return name.length() > 31 ? name.substring(0, 31) : name;
	}
}
