package cn.tsbase.publicnotice.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.tsbase.shared.web.Downloads;

/** The official notice (通知) publishing the list: PDF and Word, made by {@link PublicationDocuments}. */
@Controller
class NoticeDocumentController {

	private final PublicationDocuments documents;

	NoticeDocumentController(PublicationDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/notices/{id}/document.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		PublicationDocuments.Document document = documents.pdf(id);
		return Downloads.of(document.content(), document.fileName(), Downloads.PDF);
	}

	@GetMapping("/notices/{id}/document.docx")
	ResponseEntity<byte[]> word(@PathVariable long id) {
		PublicationDocuments.Document document = documents.word(id);
		return Downloads.of(document.content(), document.fileName(), Downloads.DOCX);
	}
}
