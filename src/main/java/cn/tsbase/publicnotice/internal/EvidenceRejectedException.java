package cn.tsbase.publicnotice.internal;

import cn.tsbase.attachment.AttachmentRejectedException;

/** One of an objection's evidence files was refused; nothing of the objection was stored. */
public class EvidenceRejectedException extends RuntimeException {

	private final String fileName;
	private final AttachmentRejectedException reason;

	EvidenceRejectedException(String fileName, AttachmentRejectedException reason) {
		super("Evidence refused: " + reason.messageKey(), reason);
		this.fileName = fileName;
		this.reason = reason;
	}

	/** The name as the objector's computer knew it (may be blank or odd: that may be the reason). */
	public String fileName() {
		return fileName;
	}

	public AttachmentRejectedException reason() {
		return reason;
	}
}
