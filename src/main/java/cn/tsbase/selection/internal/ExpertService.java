package cn.tsbase.selection.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tsbase.account.AccountManagement;
import cn.tsbase.account.NewExpertAccount;
import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.selection.ExpertView;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.Uscc;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.LikePatterns;

/** The expert pool (专家库): experts by hand or from Excel, each with an {@code EXPERT} account. */
@Service
public class ExpertService {

	public static final List<String> IMPORT_HEADERS = List.of("姓名", "职称", "工作单位", "工作单位统一社会信用代码", "电子邮箱",
			"手机", "专业领域（行业代码或 LEGAL/TECHNICAL/MANAGEMENT，逗号分隔）", "是否可参评（是/否）");
	public static final int MAX_IMPORT_ROWS = 1000;

	private final ExpertRepository experts;
	private final AccountManagement accounts;
	private final ReferenceData referenceData;
	private final AuditLog audit;
	private final Clock clock;

	ExpertService(ExpertRepository experts, AccountManagement accounts, ReferenceData referenceData, AuditLog audit,
			Clock clock) {
		this.experts = experts;
		this.accounts = accounts;
		this.referenceData = referenceData;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * An expert added, with where the account's activation link went (masked) or why none could be sent (a message
	 * key); never a password (ADR 0016).
	 */
	public record AddedExpert(ExpertView expert, String activationSentTo, String activationProblem) {
	}

	/** A problem with an expert's details: the field (or the Excel row) and a message key with its arguments. */
	public record Problem(int row, String field, String messageKey, Object[] arguments) {
	}

	/** Checks an expert's details; the field names are those of the form. */
	public List<Problem> check(ExpertDetails details, int row) {
		List<Problem> problems = new ArrayList<>();
		if (blank(details.name()) || details.name().length() > 50) {
			problems.add(new Problem(row, "name", "expert.name.required", new Object[0]));
		}
		if (blank(details.affiliationName()) || details.affiliationName().length() > 100) {
			problems.add(new Problem(row, "affiliationName", "expert.affiliation.required", new Object[0]));
		}
		if (!blank(details.affiliationUscc())) {
			Uscc.Result code = Uscc.parse(details.affiliationUscc());
			if (!code.valid()) {
				problems.add(new Problem(row, "affiliationUscc", code.problem().messageKey(), code.arguments()));
			}
		}
		if (blank(details.email())) {
			// the account's activation link goes to this address (ADR 0016)
			problems.add(new Problem(row, "email", "account.activation.emailRequired", new Object[0]));
		}
		else if (!details.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			problems.add(new Problem(row, "email", "Email", new Object[0]));
		}
		if (details.fields().isEmpty()) {
			problems.add(new Problem(row, "fields", "expert.fields.required", new Object[0]));
		}
		for (String field : details.fields()) {
			if (!Expert.DISCIPLINES.contains(field) && !referenceData.isActive(ReferenceCategory.INDUSTRY, field)) {
				problems.add(new Problem(row, "fields", "expert.fields.unknown", new Object[] { field }));
			}
		}
		return problems;
	}

	/** Normalises what was typed: the credit code, trimmed text. */
	public static ExpertDetails normalise(ExpertDetails d) {
		return new ExpertDetails(strip(d.name()), strip(d.title()), strip(d.affiliationName()),
				blank(d.affiliationUscc()) ? null : Uscc.normalise(d.affiliationUscc()), strip(d.email()),
				strip(d.phone()), d.fields(), d.available());
	}

	@Transactional
	public AddedExpert add(ExpertDetails details, String officer) {
		ExpertDetails normalised = normalise(details);
		List<Problem> problems = check(normalised, 0);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Invalid expert: " + problems);
		}
		NewExpertAccount account = accounts.createExpertAccount(normalised.name(), normalised.email(),
				normalised.phone());
		Expert expert = experts.save(new Expert(normalised, account.accountId(), account.username(), clock.instant()));
		audit.record(officer, "EXPERT_ADDED", "Expert", expert.getId(), AuditOutcome.SUCCESS,
				"account " + account.username());
		return new AddedExpert(expert.view(), account.activationSentTo(), account.activationProblem());
	}

	@Transactional
	public ExpertView update(long id, long expectedVersion, ExpertDetails details, String officer) {
		Expert expert = find(id);
		if (expert.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Expert.class, id);
		}
		ExpertDetails normalised = normalise(details);
		if (!check(normalised, 0).isEmpty()) {
			throw new IllegalArgumentException("Invalid expert");
		}
		expert.apply(normalised);
		experts.flush();
		audit.record(officer, "EXPERT_CHANGED", "Expert", id, AuditOutcome.SUCCESS, null);
		return expert.view();
	}

	@Transactional(readOnly = true)
	public ExpertView get(long id) {
		return find(id).view();
	}

	private Expert find(long id) {
		return experts.findById(id).orElseThrow(() -> new NotFoundException("Expert " + id));
	}

	@Transactional(readOnly = true)
	public Page<ExpertView> search(String query, String field, Boolean available, Pageable pageable) {
		Specification<Expert> spec = (root, q, cb) -> cb.conjunction();
		if (!blank(query)) {
			String text = LikePatterns.containing(query);
			spec = spec.and((root, q, cb) -> cb.or(cb.like(cb.lower(root.get("name")), text, LikePatterns.ESCAPE),
					cb.like(cb.lower(root.get("affiliationName")), text, LikePatterns.ESCAPE)));
		}
		if (!blank(field)) {
			String token = "%" + LikePatterns.escape(field) + "%";
			spec = spec.and((root, q, cb) -> cb.like(root.get("fields"), token, LikePatterns.ESCAPE));
		}
		if (available != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("available"), available));
		}
		return experts.findAll(spec, pageable).map(Expert::view);
	}

	/** The result of an import: the experts added with their passwords, or the problems by row (nothing added). */
	public record ImportResult(List<AddedExpert> added, List<Problem> problems) {
	}

	/** Imports experts from the Excel template: every row is checked first; with any problem, nobody is added. */
	@Transactional
	public ImportResult importExperts(InputStream in, String officer) {
		List<ExpertDetails> rows = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		try (Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			if (sheet.getLastRowNum() > MAX_IMPORT_ROWS) {
				return new ImportResult(List.of(), List.of(new Problem(0, null, "expert.import.tooMany",
						new Object[] { MAX_IMPORT_ROWS })));
			}
			DataFormatter formatter = new DataFormatter();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < IMPORT_HEADERS.size(); c++) {
					Cell cell = row == null ? null : row.getCell(c);
					cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
				}
				if (cells.stream().allMatch(String::isEmpty)) {
					continue;
				}
				Set<String> fields = new LinkedHashSet<>();
				for (String token : cells.get(6).split("[,，、;；\\s]+")) {
					if (!token.isBlank()) {
						fields.add(token.strip().toUpperCase(Locale.ROOT));
					}
				}
				ExpertDetails details = normalise(new ExpertDetails(cells.get(0), cells.get(1), cells.get(2),
						cells.get(3), cells.get(4), cells.get(5), fields, !"否".equals(cells.get(7))
								&& !"no".equalsIgnoreCase(cells.get(7))));
				problems.addAll(check(details, r + 1));
				rows.add(details);
			}
		}
		catch (IOException | RuntimeException unreadable) {
			return new ImportResult(List.of(), List.of(new Problem(0, null, "expert.import.unreadable",
					new Object[0])));
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			problems.add(new Problem(0, null, "expert.import.empty", new Object[0]));
		}
		if (!problems.isEmpty()) {
			return new ImportResult(List.of(), problems);
		}
		List<AddedExpert> added = new ArrayList<>();
		for (ExpertDetails details : rows) {
			added.add(add(details, officer));
		}
		return new ImportResult(added, List.of());
	}

	private static String strip(String value) {
		return value == null ? null : value.strip();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
