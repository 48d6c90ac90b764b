package cn.tsbase.declaration.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tsbase.attachment.AttachmentDownloads;
import cn.tsbase.attachment.AttachmentRejectedException;
import cn.tsbase.attachment.StoredAttachment;
import cn.tsbase.declaration.Section;
import cn.tsbase.declaration.internal.DeclarationFiles;
import cn.tsbase.shared.NotFoundException;
import cn.tsbase.shared.StateConflictException;
import cn.tsbase.shared.document.PdfWatermark;
import cn.tsbase.shared.security.CurrentUser;

/** Evidence files of a declaration's sections and the templates of a call: upload, download, remove. */
@Controller
class DeclarationFileController {

	/** Watermarks are in Chinese, on Beijing time, whatever the reader's screen language. */
	private static final Locale WATERMARK_LOCALE = Locale.SIMPLIFIED_CHINESE;
	private static final DateTimeFormatter WATERMARK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final DeclarationFiles files;
	private final MessageSource messages;
	private final PdfWatermark watermark;
	private final Clock clock;

	DeclarationFileController(DeclarationFiles files, MessageSource messages, PdfWatermark watermark, Clock clock) {
		this.files = files;
		this.messages = messages;
		this.watermark = watermark;
		this.clock = clock;
	}

	@PostMapping("/declarations/{id}/attachments")
	String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String section,
			@RequestParam("file") MultipartFile file, Locale locale, RedirectAttributes redirect) throws IOException {
		Section target;
		try {
			target = Section.valueOf(section);
		}
		catch (IllegalArgumentException unknown) {
			throw new NotFoundException("Section " + section);
		}
		try (InputStream in = file.getInputStream()) {
			files.attach(id, target, file.getOriginalFilename(), in, user);
			redirect.addFlashAttribute("flashSuccess", "evidence.uploaded");
		}
		catch (AttachmentRejectedException rejected) {
			redirect.addFlashAttribute("uploadError",
					messages.getMessage(rejected.messageKey(), rejected.arguments(), locale));
		}
		catch (StateConflictException tooMany) {
			if (!"evidence.tooMany".equals(tooMany.messageKey())) {
				throw tooMany;
			}
			redirect.addFlashAttribute("uploadError", messages.getMessage("evidence.tooMany",
					new Object[] { DeclarationFiles.MAX_PER_SECTION }, locale));
		}
		return "redirect:/declarations/" + id + "/sections/" + target.path() + "#evidence";
	}

	/**
	 * An evidence file. A PDF read under a grant (an expert's) comes stamped with a watermark naming the reader, the
	 * time and the download id that the audit trail records; one that cannot be stamped is not served.
	 */
	@GetMapping("/declarations/{id}/attachments/{attachmentId}")
	ResponseEntity<StreamingResponseBody> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long attachmentId) {
		DeclarationFiles.Download download = files.downloadable(id, attachmentId, user);
		StoredAttachment attachment = download.attachment();
		if (!download.watermarked()) {
			return AttachmentDownloads.response(files.attachments(), attachment);
		}
		ByteArrayOutputStream original = new ByteArrayOutputStream();
		files.copy(attachment.id(), original);
		String time = WATERMARK_TIME.format(clock.instant());
		String headline = messages.getMessage("evidence.watermark.headline",
				new Object[] { user.getDisplayName(), time }, WATERMARK_LOCALE);
		String footer = messages.getMessage("evidence.watermark.footer",
				new Object[] { user.getDisplayName(), user.getUsername(), time, download.downloadId() },
				WATERMARK_LOCALE);
		try {
			return AttachmentDownloads.response(attachment, watermark.stamp(original.toByteArray(), headline, footer));
		}
		catch (PdfWatermark.UnstampableException unreadable) {
			throw new StateConflictException("evidence.watermarkFailed", "Attachment " + attachment.id());
		}
	}

	@PostMapping("/declarations/{id}/attachments/{attachmentId}/delete")
	String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long attachmentId,
			@RequestParam String section, RedirectAttributes redirect) {
		files.remove(id, attachmentId, user);
		redirect.addFlashAttribute("flashSuccess", "evidence.removed");
		return "redirect:/declarations/" + id + "/sections/" + section.toLowerCase(Locale.ROOT) + "#evidence";
	}

	@PostMapping("/calls/{id}/templates")
	String uploadTemplate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam("file") MultipartFile file, Locale locale, RedirectAttributes redirect) throws IOException {
		try (InputStream in = file.getInputStream()) {
			files.attachTemplate(id, file.getOriginalFilename(), in, user);
			redirect.addFlashAttribute("flashSuccess", "evidence.uploaded");
		}
		catch (AttachmentRejectedException rejected) {
			redirect.addFlashAttribute("uploadError",
					messages.getMessage(rejected.messageKey(), rejected.arguments(), locale));
		}
		return "redirect:/calls/" + id;
	}

	@GetMapping("/calls/{id}/templates/{attachmentId}")
	ResponseEntity<StreamingResponseBody> downloadTemplate(@AuthenticationPrincipal CurrentUser user,
			@PathVariable long id, @PathVariable long attachmentId) {
		return AttachmentDownloads.response(files.attachments(), files.downloadableTemplate(id, attachmentId, user));
	}

	@PostMapping("/calls/{id}/templates/{attachmentId}/delete")
	String removeTemplate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long attachmentId, RedirectAttributes redirect) {
		files.removeTemplate(id, attachmentId, user);
		redirect.addFlashAttribute("flashSuccess", "evidence.removed");
		return "redirect:/calls/" + id;
	}
}
