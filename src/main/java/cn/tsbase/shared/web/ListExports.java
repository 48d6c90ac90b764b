package cn.tsbase.shared.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.document.Spreadsheets;

/**
 * Exports a list page as an Excel workbook (导出 Excel): the very query of the list (its filters, search, sort and
 * data scope) read in batches of {@link #BATCH} rows and written as the response streams, so a long list never sits in
 * memory whole. A list that gives a {@link Export#keyset() keyset query} is read batch after batch from the last row
 * written (keyset), so rows added or removed while the export runs never make it repeat or skip a row; the others are
 * read by offset pages. A list longer than its cap is refused before anything is written, with a message that asks the user to
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
	 * @param keyset the same list read by keyset: the next rows after a position, in the sort, at most as many as
	 *        asked; null to read by offset pages
	 */
	public record Export<T>(String titleKey, List<String> headerKeys,
			Function<Pageable, Page<T>> query, Sort sort, int max, Function<T, List<?>> row,
			BiFunction<ScrollPosition, Integer, Window<T>> keyset) {

		/** An export read by offset pages. */
		public Export(String titleKey, List<String> headerKeys, Function<Pageable, Page<T>> query, Sort sort, int max,
				Function<T, List<?>> row) {
			this(titleKey, headerKeys, query, sort, max, row, null);
		}
	}

	/** An export whose count and first batch are read. */
	public record Prepared<T>(Export<T> export, Page<T> first, Window<T> firstWindow) {

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
		// by keyset, the count is all the offset query is asked for; the rows come from the keyset query
		Page<T> first = export.query()
			.apply(PageRequest.of(0, export.keyset() == null ? BATCH : 1, export.sort()));
		if (first.getTotalElements() > export.max()) {
			throw new StateConflictException("export.tooMany",
					first.getTotalElements() + " rows, at most " + export.max());
		}
		return new Prepared<>(export, first,
				export.keyset() == null ? null : export.keyset().apply(ScrollPosition.keyset(), BATCH));
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
					if (prepared.firstWindow() != null) {
						byKeyset(prepared, rows::add);
						return;
					}
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

	/** Writes the rows batch after batch, each read after the last row of the one before, up to the cap. */
	private static <T> void byKeyset(Prepared<T> prepared, java.util.function.Consumer<List<?>> rows) {
		Export<T> export = prepared.export();
		Window<T> window = prepared.firstWindow();
		long written = 0;
		while (true) {
			for (T item : window.getContent()) {
				if (written++ >= export.max()) {
					return;
				}
				rows.accept(export.row().apply(item));
			}
			if (window.isEmpty() || !window.hasNext()) {
				return;
			}
			window = export.keyset().apply(window.positionAt(window.size() - 1), BATCH);
		}
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
