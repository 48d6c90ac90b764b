package cn.tsbase.selection;

/** A candidate failed the written pre-review and leaves the selection; its unit and district are told why. */
public record PreReviewFailed(long candidateId, long declarationId, long unitId, String districtCode,
		String unitName, String reason) {
}
