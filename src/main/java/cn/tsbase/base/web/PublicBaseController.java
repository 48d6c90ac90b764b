package cn.tsbase.base.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.tsbase.base.BaseDetailView;
import cn.tsbase.base.internal.BaseService;
import cn.tsbase.shared.TooManyRequestsException;
import cn.tsbase.shared.audit.AuditLog;
import cn.tsbase.shared.audit.AuditOutcome;
import cn.tsbase.shared.web.PublicPage;

/**
 * What anyone may see of a base without logging in: its public detail page (what the publication made public), and
 * the certificate check by the verification code printed (and encoded in the QR code) on the certificate.
 */
@Controller
class PublicBaseController {

	/** The longest input worth looking at: a code with separators and some spaces around it. */
	private static final int MAX_CODE_INPUT = 40;

	private final BaseService bases;
	private final CertificateCheckLimits limits;
	private final AuditLog audit;

	PublicBaseController(BaseService bases, CertificateCheckLimits limits, AuditLog audit) {
		this.bases = bases;
		this.limits = limits;
		this.audit = audit;
	}

	@GetMapping("/public/bases/{id}")
	@PublicPage
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("base", bases.publicDetail(id));
		return "base/detail";
	}

	/**
	 * The check: without a code the form (cacheable like the other public pages), with one the result, never
	 * cached (the base's status may change) and rate-limited per address; a code that matches nothing says so.
	 */
	@GetMapping("/public/certificates/verify")
	@PublicPage
	String verify(@RequestParam(required = false) String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (code == null || code.isBlank()) {
			return "base/verify";
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		if (!limits.tryCheck(request.getRemoteAddr())) {
			throw new TooManyRequestsException("Certificate check rate limit");
		}
		String typed = code.length() > MAX_CODE_INPUT ? code.substring(0, MAX_CODE_INPUT) : code.trim();
		Optional<BaseDetailView> found = bases.byVerificationCode(typed);
		audit.record("CERTIFICATE_CHECKED", "DemonstrationBase", found.map(BaseDetailView::id).orElse(null),
				found.isPresent() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
				found.isPresent() ? (found.get().active() ? "valid" : found.get().status().name()) : "not found");
		model.addAttribute("code", typed);
		model.addAttribute("checked", true);
		model.addAttribute("base", found.orElse(null));
		return "base/verify";
	}
}
