package cn.tsbase.casework.internal;

import java.time.Instant;

/** A published typical case as the public sees it: only its desensitised version and its tags. */
public record PublicCase(long id, String title, String districtCode, int year, SecretCategory secretKind,
		String industryCode, InfringementForm infringementForm, String facts, String handling, String significance,
		Instant publishedAt) {

	static PublicCase of(TypicalCase c) {
		return new PublicCase(c.getId(), c.getPublicTitle(), c.getDistrictCode(), c.getYear(), c.getSecretKind(),
				c.getIndustryCode(), c.getInfringementForm(), c.getPublicFacts(), c.getPublicHandling(),
				c.getPublicSignificance(), c.getPublishedAt());
	}

	/** A line of the public library, with the beginning of the facts. */
	public record Row(long id, String title, String districtCode, int year, SecretCategory secretKind,
			String industryCode, InfringementForm infringementForm, Instant publishedAt, String excerpt) {

		static Row of(TypicalCase c) {
			String facts = c.getPublicFacts();
			String excerpt = facts.length() > 120 ? facts.substring(0, 120) + "…" : facts;
			return new Row(c.getId(), c.getPublicTitle(), c.getDistrictCode(), c.getYear(), c.getSecretKind(),
					c.getIndustryCode(), c.getInfringementForm(), c.getPublishedAt(), excerpt);
		}
	}
}
