package cn.tsbase.declaration.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.declaration.CallView;
import cn.tsbase.declaration.DeclarationView;
import cn.tsbase.declaration.BaseType;
import cn.tsbase.declaration.Section;
import cn.tsbase.declaration.internal.CompletenessCheck;
import cn.tsbase.declaration.internal.DeclarationContent;
import cn.tsbase.declaration.internal.DeclarationFiles;
import cn.tsbase.declaration.internal.DeclarationAsSeen;
import cn.tsbase.declaration.internal.DeclarationService;
import cn.tsbase.declaration.internal.DeclarationService.Opened;
import cn.tsbase.declaration.internal.LaterStages;
import cn.tsbase.declaration.internal.MemberImport;
import cn.tsbase.declaration.web.SectionForms.BasicForm;
import cn.tsbase.declaration.web.SectionForms.ElementsForm;
import cn.tsbase.declaration.web.SectionForms.MembersForm;
import cn.tsbase.declaration.web.SectionForms.SecretsForm;
import cn.tsbase.declaration.web.SectionForms.StandardsForm;
import cn.tsbase.referencedata.ReferenceCategory;
import cn.tsbase.referencedata.ReferenceData;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.document.Spreadsheets;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.web.Downloads;

/**
 * A unit's declarations (申报): start one for an open call, fill the form section by section as drafts, see what is
 * missing, submit with the commitment (承诺书), see returns for correction beside the fields, withdraw.
 */
@Controller
@RequestMapping("/declarations")
class DeclarationController {

	static final long MAX_IMPORT_BYTES = 2 * 1024 * 1024;

	private final DeclarationService declarations;
	private final DeclarationFiles files;
	private final ReferenceData referenceData;
	private final Clock clock;
	private final AuditLog audit;
	private final LaterStages laterStages;

	DeclarationController(DeclarationService declarations, DeclarationFiles files, ReferenceData referenceData,
			Clock clock, AuditLog audit, LaterStages laterStages) {
		this.laterStages = laterStages;
		this.declarations = declarations;
		this.files = files;
		this.referenceData = referenceData;
		this.clock = clock;
		this.audit = audit;
	}

	/** A read of a declaration's content by anyone outside the unit it belongs to goes into the audit trail. */
	static void auditRead(AuditLog audit, CurrentUser user, DeclarationView declaration) {
		if (user.getUnitId() == null || !user.getUnitId().equals(declaration.unitId())) {
			audit.record("DECLARATION_VIEWED", "Declaration", declaration.id(), AuditOutcome.SUCCESS, null);
		}
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<DeclarationView> mine = declarations.ofUnit(user);
		Set<Long> declaredCalls = mine.stream().map(DeclarationView::callId).collect(java.util.stream.Collectors.toSet());
		List<CallView> open = declarations.calls(user)
			.stream()
			.filter(call -> call.isOpen(clock.instant()) && !declaredCalls.contains(call.id()))
			.toList();
		model.addAttribute("declarations", mine);
		model.addAttribute("openCalls", open);
		model.addAttribute("callTitles", declarations.calls(user)
			.stream()
			.collect(java.util.stream.Collectors.toMap(CallView::id, CallView::title)));
		return "declaration/list";
	}

	@PostMapping
	String start(@AuthenticationPrincipal CurrentUser user, @RequestParam long callId, @RequestParam BaseType baseType,
			RedirectAttributes redirect) {
		DeclarationView declaration = declarations.start(callId, baseType, user);
		redirect.addFlashAttribute("flashSuccess", "declaration.started");
		return "redirect:/declarations/" + declaration.id() + "/sections/basic";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		addOverview(declarations.open(id, user), user, model);
		model.addAttribute("submissionToken", UUID.randomUUID().toString());
		model.addAttribute("today", LocalDate.now(clock.withZone(CallController.BEIJING)));
		return "declaration/overview";
	}

	private void addOverview(Opened opened, CurrentUser user, Model model) {
		DeclarationView declaration = opened.declaration();
		model.addAttribute("declaration", declaration);
		model.addAttribute("call", declarations.call(declaration.callId(), user));
		model.addAttribute("sections", sectionsOf(declaration));
		model.addAttribute("complete", CompletenessCheck.completeSections(declaration.baseType(), opened.content()));
		model.addAttribute("missing", CompletenessCheck.check(declaration.baseType(), opened.content()));
		model.addAttribute("reasons", opened.returnReasons());
		model.addAttribute("history", declarations.history(declaration.id(), user.scope()));
		model.addAttribute("versions", declarations.versions(declaration.id(), user.scope()));
		model.addAttribute("laterStages", laterStages.of(declaration.id()));
	}

	static List<Section> sectionsOf(DeclarationView declaration) {
		return java.util.Arrays.stream(Section.values())
			.filter(section -> section.appliesTo(declaration.baseType()))
			.toList();
	}

	@GetMapping("/{id}/sections/{section}")
	String showSection(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String section,
			Model model) {
		Opened opened = declarations.open(id, user);
		Section current = section(section, opened.declaration());
		DeclarationContent content = opened.content();
		auditRead(audit, user, opened.declaration());
		model.addAttribute("form", switch (current) {
			case BASIC -> BasicForm.of(content.basic());
			case STANDARDS -> StandardsForm.of(content.standards());
			case ELEMENTS -> ElementsForm.of(content.elements());
			case SECRETS -> SecretsForm.of(content.secrets());
			case MEMBERS -> MembersForm.of(content.members());
		});
		return sectionView(opened, current, user, model);
	}

	private String sectionView(Opened opened, Section current, CurrentUser user, Model model) {
		DeclarationView declaration = opened.declaration();
		DeclarationContent content = opened.content();
		model.addAttribute("declaration", declaration);
		model.addAttribute("section", current);
		model.addAttribute("sections", sectionsOf(declaration));
		model.addAttribute("complete", CompletenessCheck.completeSections(declaration.baseType(), content));
		model.addAttribute("missing", CompletenessCheck.check(declaration.baseType(), content)
			.stream()
			.filter(m -> m.section() == current)
			.toList());
		model.addAttribute("reason", opened.returnReasons().get(current));
		model.addAttribute("editable", declaration.status().isEditableByUnit()
				&& user.hasRole(cn.tsbase.shared.security.Role.APPLICANT));
		model.addAttribute("declared", content);
		model.addAttribute("unitTypes", referenceData.active(ReferenceCategory.UNIT_TYPE));
		model.addAttribute("industries", referenceData.active(ReferenceCategory.INDUSTRY));
		model.addAttribute("elementMax", DeclarationContent.ELEMENT_MAX_LENGTH);
		model.addAttribute("evidence",
				DeclarationAsSeen.visible(declaration, files.evidence(declaration.id()), user).get(current));
		return "declaration/section-" + current.path();
	}

	private static Section section(String path, DeclarationView declaration) {
		Section section;
		try {
			section = Section.valueOf(path.toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new NotFoundException("Section " + path);
		}
		if (!section.appliesTo(declaration.baseType())) {
			throw new NotFoundException("Section " + path);
		}
		return section;
	}

	@PostMapping("/{id}/sections/basic")
	String saveBasic(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@Valid @ModelAttribute("form") BasicForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return save(user, id, version, Section.BASIC, result, model, redirect,
				content -> content.withBasic(form.apply(content.basic())));
	}

	@PostMapping("/{id}/sections/standards")
	String saveStandards(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@Valid @ModelAttribute("form") StandardsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return save(user, id, version, Section.STANDARDS, result, model, redirect,
				content -> content.withStandards(form.toStandards()));
	}

	@PostMapping("/{id}/sections/elements")
	String saveElements(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@Valid @ModelAttribute("form") ElementsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return save(user, id, version, Section.ELEMENTS, result, model, redirect,
				content -> content.withElements(form.toElements()));
	}

	@PostMapping("/{id}/sections/secrets")
	String saveSecrets(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@Valid @ModelAttribute("form") SecretsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return save(user, id, version, Section.SECRETS, result, model, redirect,
				content -> content.withSecrets(form.toSecrets()));
	}

	@PostMapping("/{id}/sections/members")
	String saveMembers(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@Valid @ModelAttribute("form") MembersForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return save(user, id, version, Section.MEMBERS, result, model, redirect,
				content -> content.withMembers(form.toMembers()));
	}

	private String save(CurrentUser user, long id, long version, Section section, BindingResult result, Model model,
			RedirectAttributes redirect, UnaryOperator<DeclarationContent> change) {
		boolean autosave = DraftAutosave.requested();
		if (result.hasErrors()) {
			Opened opened = declarations.open(id, user);
			section(section.path(), opened.declaration());
			if (autosave) {
				return DraftAutosave.notSaved(result, model);
			}
			return sectionView(opened, section, user, model);
		}
		DeclarationView saved = declarations.saveDraft(id, version, change, user);
		if (autosave) {
			return DraftAutosave.saved(saved.version(), clock, model);
		}
		redirect.addFlashAttribute("flashSuccess", "declaration.draftSaved");
		return "redirect:/declarations/" + saved.id() + "/sections/" + section.path();
	}

	/** The Excel template for importing member units. */
	@GetMapping("/{id}/members/template.xlsx")
	ResponseEntity<byte[]> memberTemplate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		declarations.get(id, user.scope());
		byte[] workbook = Spreadsheets.write("成员单位", MemberImport.HEADERS, List.of());
		return Downloads.of(workbook, "成员单位导入模板.xlsx", Downloads.XLSX);
	}

	/**
	 * Imports member units from the Excel template, replacing the list; with any bad row nothing is imported and the
	 * report lists every problem by row.
	 */
	@PostMapping("/{id}/members/import")
	String importMembers(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect) throws IOException {
		Opened opened = declarations.open(id, user);
		Section section = section(Section.MEMBERS.path(), opened.declaration());
		MemberImport.Result result;
		if (file.isEmpty() || file.getSize() > MAX_IMPORT_BYTES
				|| !file.getOriginalFilename().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
			result = new MemberImport.Result(List.of(),
					List.of(new MemberImport.RowProblem(0, "members.import.unreadable", new Object[0])));
		}
		else {
			try (var in = file.getInputStream()) {
				result = MemberImport.read(in);
			}
		}
		if (!result.ok()) {
			model.addAttribute("form", MembersForm.of(opened.content().members()));
			model.addAttribute("importProblems", result.problems());
			return sectionView(opened, section, user, model);
		}
		List<DeclarationContent.MemberUnit> imported = result.members();
		declarations.saveDraft(id, version, content -> content.withMembers(imported), user);
		redirect.addFlashAttribute("flashSuccess", "members.import.done");
		return "redirect:/declarations/" + id + "/sections/members";
	}

	@PostMapping("/{id}/submit")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam String token, @RequestParam(defaultValue = "") String signer,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate signedOn,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
		Opened opened = declarations.open(id, user);
		String error = null;
		if (!confirmed) {
			error = "declaration.commitment.confirmRequired";
		}
		else if (signer.isBlank() || signer.length() > 50) {
			error = "declaration.commitment.signerRequired";
		}
		else if (signedOn == null) {
			error = "declaration.commitment.dateRequired";
		}
		else if (!CompletenessCheck.check(opened.declaration().baseType(), opened.content()).isEmpty()) {
			error = "declaration.incomplete";
		}
		if (error != null) {
			addOverview(opened, user, model);
			model.addAttribute("submissionToken", token);
			model.addAttribute("today", signedOn == null ? LocalDate.now(clock.withZone(CallController.BEIJING))
					: signedOn);
			model.addAttribute("signer", signer);
			model.addAttribute("submitError", error);
			return "declaration/overview";
		}
		declarations.submit(id, version, token, signer.strip(), signedOn, user);
		redirect.addFlashAttribute("flashSuccess", "declaration.submitted");
		return "redirect:/declarations/" + id;
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		declarations.withdraw(id, version, user);
		redirect.addFlashAttribute("flashSuccess", "declaration.withdrawn");
		return "redirect:/declarations/" + id;
	}

	/**
	 * The whole declaration read-only: for the unit and, composed into the review page, for officers; for a reader a
	 * {@link cn.tsbase.declaration.DeclarationReadGrants grant} opens it to (an expert) too.
	 */
	@GetMapping("/{id}/content")
	String content(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Opened opened = declarations.openReadable(id, user);
		DeclarationView declaration = opened.declaration();
		model.addAttribute("declaration", declaration);
		model.addAttribute("content", opened.content());
		auditRead(audit, user, declaration);
		model.addAttribute("sections", sectionsOf(declaration));
		model.addAttribute("reasons", opened.returnReasons());
		var evidence = DeclarationAsSeen.visible(declaration, files.evidence(declaration.id()), user);
		model.addAttribute("evidence", evidence);
		model.addAttribute("evidenceEmpty", evidence.values().stream().allMatch(List::isEmpty));
		return "declaration/content :: content";
	}
}
