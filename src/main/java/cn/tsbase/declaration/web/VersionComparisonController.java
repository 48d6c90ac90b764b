package cn.tsbase.declaration.web;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.tsbase.declaration.DeclarationView;
import cn.tsbase.declaration.internal.DeclarationService;
import cn.tsbase.declaration.internal.VersionComparison;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.security.CurrentUser;

/** Two submitted versions of a declaration side by side: the fields under their labels, and the files. */
@Controller
@RequestMapping("/declarations")
class VersionComparisonController {

	private final DeclarationService declarations;
	private final VersionComparison comparison;
	private final ComparisonRows rows;
	private final AuditLog audit;

	VersionComparisonController(DeclarationService declarations, VersionComparison comparison, ComparisonRows rows,
			AuditLog audit) {
		this.audit = audit;
		this.declarations = declarations;
		this.comparison = comparison;
		this.rows = rows;
	}

	@GetMapping("/{id}/compare")
	String compare(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam int from,
			@RequestParam int to, Locale locale, Model model) {
		DeclarationView declaration = declarations.get(id, user.scope());
		VersionComparison.Differences differences = comparison.compare(id, from, to, user.scope());
		DeclarationController.auditRead(audit, user, declaration);
		model.addAttribute("declaration", declaration);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("versions", declarations.versions(id, user.scope()));
		model.addAttribute("differences", rows.rows(differences.fields(), locale));
		model.addAttribute("fileDifferences", differences.files());
		return "declaration/compare";
	}
}
