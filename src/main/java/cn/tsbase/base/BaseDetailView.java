package cn.tsbase.base;

import java.time.LocalDate;

import cn.tsbase.declaration.BaseType;

/**
 * A demonstration base as its own pages, its certificate, the certificate check and the public API show it: the one
 * mapping of the entity that leaves the module, with what {@link BaseView} leaves out (the certificate, the status
 * decision).
 *
 * @param verificationCodeDisplay the verification code as printed, in groups of four
 */
public record BaseDetailView(long id, long unitId, String unitName, String uscc, BaseType baseType, int batchYear,
		String districtCode, String industryCode, String documentNumber, LocalDate documentDate, BaseStatus status,
		LocalDate statusChangedOn, String statusDocument, String certificateNumber, String verificationCode,
		String verificationCodeDisplay) {

	/** Whether the base holds its title now (a certificate of any other status checks as not valid). */
	public boolean active() {
		return status == BaseStatus.ACTIVE;
	}
}
