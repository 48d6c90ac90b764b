package cn.tsbase.account.web;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.account.internal.SecondFactorChallenges;
import cn.tsbase.account.internal.SecondFactorChallenges.Verification;
import cn.tsbase.account.internal.SecondFactorEnrollments;
import cn.tsbase.shared.security.CurrentUser;
import cn.tsbase.shared.security.SecondFactorStatus;

/**
 * The second factor in the browser: the code asked after the password, and enrollment with an authenticator app
 * (forced for officials, experts and administrators who have none, offered to everyone else).
 */
@Controller
class SecondFactorController {

	/** The secret being enrolled lives only in the user's session until a code from it is confirmed. */
	static final String PENDING_SECRET = "tsbase.secondFactor.pendingSecret";
	private static final int MAX_CODE_LENGTH = 16;

	private final SecondFactorChallenges challenges;
	private final SecondFactorEnrollments enrollments;

	SecondFactorController(SecondFactorChallenges challenges, SecondFactorEnrollments enrollments) {
		this.challenges = challenges;
		this.enrollments = enrollments;
	}

	@GetMapping("/login/second-factor")
	String showChallenge(@AuthenticationPrincipal CurrentUser user) {
		if (user.getSecondFactor() != SecondFactorStatus.CHALLENGE) {
			return "redirect:/";
		}
		return "account/second-factor-challenge";
	}

	@PostMapping("/login/second-factor")
	String answerChallenge(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, Model model) {
		if (user.getSecondFactor() != SecondFactorStatus.CHALLENGE) {
			return "redirect:/";
		}
		Verification outcome = challenges.verify(user.getUsername(), truncate(code));
		switch (outcome) {
			case ACCEPTED -> {
				request.changeSessionId();
				SessionPrincipals.replace(user.withSecondFactorSatisfied(), request);
				return "redirect:/";
			}
			case LOCKED -> {
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				SecurityContextHolder.clearContext();
				return "redirect:/login?locked";
			}
			default -> {
				model.addAttribute("codeRefused", true);
				return "account/second-factor-challenge";
			}
		}
	}

	@GetMapping("/account/second-factor")
	String showEnrollment(@AuthenticationPrincipal CurrentUser user, HttpSession session, Model model) {
		var enrolledAt = enrollments.enrolledAt(user.getId());
		if (enrolledAt.isPresent()) {
			session.removeAttribute(PENDING_SECRET);
			model.addAttribute("enrolledAt", enrolledAt.get());
			return "account/second-factor";
		}
		byte[] secret = pendingSecret(session);
		if (secret == null) {
			secret = enrollments.newSecret();
			session.setAttribute(PENDING_SECRET, secret);
		}
		return enrollmentPage(user, secret, model);
	}

	@PostMapping("/account/second-factor")
	String confirmEnrollment(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		HttpSession session = request.getSession();
		byte[] secret = pendingSecret(session);
		if (secret == null) {
			return "redirect:/account/second-factor";
		}
		if (!enrollments.enroll(user.getUsername(), secret, truncate(code))) {
			model.addAttribute("codeRefused", true);
			return enrollmentPage(user, secret, model);
		}
		Arrays.fill(secret, (byte) 0);
		session.removeAttribute(PENDING_SECRET);
		if (user.getSecondFactor().isPending()) {
			request.changeSessionId();
			SessionPrincipals.replace(user.withSecondFactorSatisfied(), request);
		}
		redirect.addFlashAttribute("flashSuccess", "secondFactor.enrolled");
		return "redirect:/";
	}

	private String enrollmentPage(CurrentUser user, byte[] secret, Model model) {
		SecondFactorEnrollments.Enrollment enrollment = enrollments.describe(secret, user.getUsername());
		model.addAttribute("forced", user.getSecondFactor() == SecondFactorStatus.ENROLLMENT);
		model.addAttribute("secretText", enrollment.secretText());
		model.addAttribute("qrCode", QrCodes.svgDataUri(enrollment.provisioningUri()));
		return "account/second-factor-enroll";
	}

	private static byte[] pendingSecret(HttpSession session) {
		return session.getAttribute(PENDING_SECRET) instanceof byte[] secret ? secret : null;
	}

	private static String truncate(String code) {
		return code.length() > MAX_CODE_LENGTH ? code.substring(0, MAX_CODE_LENGTH) : code;
	}
}
