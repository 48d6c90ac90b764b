package cn.tsbase;

import java.util.concurrent.ThreadLocalRandom;

import cn.tsbase.shared.Uscc;

/** Valid, unique unified social credit codes for test data. */
public final class UsccFixtures {

	private static final String BODY_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private UsccFixtures() {
	}

	/** A random valid code of an enterprise (91) registered in the given district (division code). */
	public static String random(String districtCode) {
		StringBuilder body = new StringBuilder(8);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 8; i++) {
			body.append(BODY_ALPHABET.charAt(random.nextInt(BODY_ALPHABET.length())));
		}
		return withChecks("91" + districtCode + body);
	}

	/** Completes 16 characters (registration authority, category, division, organisation body) into a valid code. */
	public static String withChecks(String first16) {
		String first17 = first16 + Uscc.organisationCodeCheckCharacter(first16.substring(8, 16));
		return first17 + Uscc.checkCharacter(first17);
	}
}
