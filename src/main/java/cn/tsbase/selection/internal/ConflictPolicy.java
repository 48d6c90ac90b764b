package cn.tsbase.selection.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.google.common.net.InternetDomainName;

import cn.tsbase.selection.ConflictReason;
import cn.tsbase.shared.Uscc;

/**
 * Detects conflicts of interest (回避) between experts and declarations from what both sides recorded: credit codes,
 * unit names and e-mail addresses. Every conflict found is reported with its reason, so that the officer sees why an
 * expert is excluded; conflicts the expert states are recorded elsewhere with {@link ConflictReason#DECLARED_BY_EXPERT}.
 * <p>
 * Three tests, each applied to the declaring unit and, for a zone, to every member unit (e-mail: declaring unit only):
 * <ol>
 * <li><b>Credit code</b>: the expert's affiliation code equals the unit's code. Codes are compared after
 * {@link Uscc#normalise(String) normalisation} and only when the expert's code is a valid code; an unknown or invalid
 * code never matches (a unit's code is always valid, so an invalid one could not equal it anyway).</li>
 * <li><b>Name</b>: the {@link #nameKey(String) name keys} are equal.</li>
 * <li><b>E-mail domain</b>: the {@link #registrableDomain(String) registrable domains} of the two
 * {@link #mailDomain(String) mail domains} are equal ({@code mails.tsinghua.edu.cn} and {@code tsinghua.edu.cn} are
 * both {@code tsinghua.edu.cn}), unless either is a public mail service (the built-in {@link #PUBLIC_MAIL_DOMAINS} and
 * the hosts the administrator adds as reference data) or has no registrable domain: a bare public suffix such as
 * {@code com.cn}, or a name reserved for documentation and tests ({@code example.com}, {@code *.test}), under which
 * each subdomain stands for a different organisation. Domains that only share a public suffix ({@code alpha.com.cn},
 * {@code beta.com.cn}) do not match.</li>
 * </ol>
 * The rules err on the side of recusal: a false conflict costs one expert for one declaration, a missed one taints the
 * review. What they cannot see (a former employer, a relative) is left to the expert's own statement.
 */
public final class ConflictPolicy {

	/**
	 * Public mail services: a shared domain there says nothing about a shared employer. Subdomains count too
	 * ({@code vip.163.com}).
	 */
	static final Set<String> PUBLIC_MAIL_DOMAINS = Set.of("qq.com", "163.com", "126.com", "gmail.com", "outlook.com",
			"hotmail.com", "sina.com", "sina.cn", "sohu.com", "foxmail.com", "yeah.net", "139.com", "189.cn",
			"aliyun.com", "188.com", "live.com", "yahoo.com", "icloud.com");

	/**
	 * Names reserved for documentation and tests (RFC 2606, RFC 6761). They belong to no organisation, so they work as
	 * public suffixes: {@code a.example.com} and {@code b.example.com} are two organisations, {@code example.com} none.
	 */
	private static final Set<String> RESERVED_SECOND_LEVEL = Set.of("example.com", "example.net", "example.org");

	private static final Set<String> RESERVED_TOP_LEVEL = Set.of("example", "test", "invalid", "localhost");

	/**
	 * Chinese legal forms and group words. A name is cut at the earliest of them, so that what follows (a further legal
	 * form, a branch: 有限公司上海分公司) does not tell apart names of the same enterprise or group.
	 */
	private static final List<String> CHINESE_LEGAL_FORMS = List.of("股份有限公司", "有限责任公司", "有限公司", "股份公司",
			"集团", "总公司", "分公司", "公司");

	/** English legal forms, dropped as whole trailing words: "Acme Co., Ltd." is "acme". */
	private static final Set<String> LATIN_LEGAL_FORMS = Set.of("co", "company", "corp", "corporation", "inc",
			"incorporated", "ltd", "limited", "llc", "plc", "group", "holding", "holdings");

	/** Names shorter than this after normalisation (a bare "集团") identify nothing and never match. */
	private static final int MINIMUM_NAME_KEY_LENGTH = 2;

	private ConflictPolicy() {
	}

	/** A unit as the declaration names it: its name and its unified social credit code. */
	public record Unit(String name, String creditCode) {
	}

	/**
	 * An expert's affiliation as recorded in the expert pool. {@code unitName}, {@code creditCode} and {@code email}
	 * may each be {@code null} when unknown; an unknown item matches nothing.
	 */
	public record ExpertAffiliation(long expertId, String unitName, String creditCode, String email) {
	}

	/**
	 * The parties to a declaration: the declaring unit, its contact e-mail and, for a zone, its member units (empty for
	 * a point).
	 */
	public record DeclaringParties(long declarationId, Unit declaringUnit, String contactEmail, List<Unit> memberUnits) {

		public DeclaringParties {
			memberUnits = memberUnits == null ? List.of() : List.copyOf(memberUnits);
		}
	}

	/**
	 * One conflict with its reason. {@code declarationSide} is what matched on the declaration's side (the unit's name
	 * as the declaration gives it, or the unit's mail domain), {@code expertSide} the same on the expert's side.
	 */
	public record Conflict(long expertId, long declarationId, ConflictReason reason, String declarationSide,
			String expertSide) {

		private static final Comparator<Conflict> ORDER = Comparator.comparingLong(Conflict::declarationId)
			.thenComparingLong(Conflict::expertId)
			.thenComparing(Conflict::reason)
			.thenComparing(Conflict::declarationSide, Comparator.nullsFirst(Comparator.naturalOrder()));

		public ReviewPair pair() {
			return new ReviewPair(expertId, declarationId);
		}

		public String messageKey() {
			return reason.messageKey();
		}

		/** {0} the declaration's side, {1} the expert's side. */
		public Object[] messageArguments() {
			return new Object[] { declarationSide, expertSide };
		}
	}

	/** Every conflict between one expert and one declaration, ordered by reason; empty when there is none. */
	public static List<Conflict> conflicts(ExpertAffiliation expert, DeclaringParties declaration) {
		return conflicts(List.of(expert), List.of(declaration));
	}

	/**
	 * Every conflict between any of the experts and any of the declarations, ordered by declaration, expert and reason.
	 * Each input is normalised once, so a round of a thousand declarations and a few hundred experts takes
	 * milliseconds.
	 */
	public static List<Conflict> conflicts(Collection<ExpertAffiliation> experts,
			Collection<DeclaringParties> declarations) {
		return conflicts(experts, declarations, Set.of());
	}

	/**
	 * As {@link #conflicts(Collection, Collection)}, with further public mail hosts (lower case domains; their
	 * subdomains count too) that the administrator keeps as reference data, besides {@link #PUBLIC_MAIL_DOMAINS}.
	 */
	public static List<Conflict> conflicts(Collection<ExpertAffiliation> experts,
			Collection<DeclaringParties> declarations, Set<String> furtherPublicMailHosts) {
		Set<String> publicHosts = new java.util.HashSet<>(PUBLIC_MAIL_DOMAINS);
		furtherPublicMailHosts.forEach(host -> publicHosts.add(host.strip().toLowerCase(Locale.ROOT)));
		List<PreparedDeclaration> prepared = declarations.stream()
			.map(declaration -> PreparedDeclaration.of(declaration, publicHosts))
			.toList();
		TreeSet<Conflict> found = new TreeSet<>(Conflict.ORDER);
		for (ExpertAffiliation expert : experts) {
			Optional<String> code = creditCode(expert.creditCode());
			Optional<String> name = nameKey(expert.unitName());
			Optional<String> domain = organisationDomain(expert.email(), publicHosts);
			Optional<String> registrable = domain.flatMap(ConflictPolicy::registrableDomain);
			for (PreparedDeclaration declaration : prepared) {
				for (PreparedUnit unit : declaration.units()) {
					if (code.isPresent() && unit.code().equals(code)) {
						found.add(new Conflict(expert.expertId(), declaration.id(),
								unit.member() ? ConflictReason.MEMBER_UNIT_CREDIT_CODE
										: ConflictReason.DECLARING_UNIT_CREDIT_CODE,
								unit.name(), expert.creditCode()));
					}
					if (name.isPresent() && unit.nameKey().equals(name)) {
						found.add(new Conflict(expert.expertId(), declaration.id(),
								unit.member() ? ConflictReason.MEMBER_UNIT_NAME : ConflictReason.DECLARING_UNIT_NAME,
								unit.name(), expert.unitName()));
					}
				}
				if (registrable.isPresent() && registrable.equals(declaration.registrable())) {
					found.add(new Conflict(expert.expertId(), declaration.id(), ConflictReason.EMAIL_DOMAIN,
							declaration.domain().get(), domain.get()));
				}
			}
		}
		return List.copyOf(found);
	}

	/**
	 * The form of a unit name that two spellings of the same enterprise share, or empty when the name identifies
	 * nothing. The rule, in order:
	 * <ol>
	 * <li>NFKC (full-width letters, digits and brackets become half-width) and lower case;</li>
	 * <li>every character that is neither a letter nor a digit (spaces, punctuation, brackets, symbols) separates
	 * words, so 北京金融街智联科技（集团）有限公司 and 北京金融街智联科技集团有限公司 read alike;</li>
	 * <li>English legal forms at the end are dropped as whole words (Co., Ltd., Inc., Limited, Group …), then the
	 * words are joined;</li>
	 * <li>the name is cut at the earliest Chinese legal form or group word (股份有限公司, 有限责任公司, 有限公司, 股份公司,
	 * 集团, 总公司, 分公司, 公司): XX有限公司, XX有限责任公司, XX股份有限公司, XX集团有限公司 and XX有限公司上海分公司
	 * all become XX. Deliberately, a group and its companies that carry the group's name (中国移动通信集团北京有限公司,
	 * 中国移动通信集团上海有限公司) also become the same key: an expert from one reviews no declaration of the
	 * other;</li>
	 * <li>a key shorter than two characters is no key.</li>
	 * </ol>
	 * Names that differ in more than their form are not matched: a region in brackets in the middle (XX（北京）有限公司
	 * and 北京XX有限公司) or an institute of a university (北京大学 and 北京大学医学部). The expert's own statement covers
	 * those.
	 */
	public static Optional<String> nameKey(String unitName) {
		if (unitName == null) {
			return Optional.empty();
		}
		String text = Normalizer.normalize(unitName, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		StringBuilder separated = new StringBuilder(text.length());
		text.codePoints().forEach(cp -> separated.appendCodePoint(Character.isLetterOrDigit(cp) ? cp : ' '));
		List<String> words = new ArrayList<>(List.of(separated.toString().trim().split(" +")));
		while (words.size() > 1 && LATIN_LEGAL_FORMS.contains(words.get(words.size() - 1))) {
			words.remove(words.size() - 1);
		}
		String key = String.join("", words);
		int cut = key.length();
		for (String form : CHINESE_LEGAL_FORMS) {
			int at = key.indexOf(form);
			if (at >= 0 && at < cut) {
				cut = at;
			}
		}
		key = key.substring(0, cut);
		return key.codePointCount(0, key.length()) >= MINIMUM_NAME_KEY_LENGTH ? Optional.of(key) : Optional.empty();
	}

	/**
	 * The domain of an e-mail address: NFKC (a full-width ＠ is an @), trimmed, lower case, after the last {@code @},
	 * without a trailing dot; empty when there is no {@code @} or the domain has no dot.
	 */
	public static Optional<String> mailDomain(String email) {
		if (email == null) {
			return Optional.empty();
		}
		String address = Normalizer.normalize(email, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
		int at = address.lastIndexOf('@');
		if (at < 0) {
			return Optional.empty();
		}
		String domain = address.substring(at + 1).strip();
		while (domain.endsWith(".")) {
			domain = domain.substring(0, domain.length() - 1);
		}
		if (domain.indexOf('.') <= 0 || !domain.matches("[a-z0-9.-]+") || domain.contains("..")) {
			return Optional.empty();
		}
		return Optional.of(domain);
	}

	/** A built-in public mail service or a subdomain of one ({@code vip.qq.com}). */
	public static boolean isPublicMailDomain(String domain) {
		return isUnderAny(domain, PUBLIC_MAIL_DOMAINS);
	}

	private static boolean isUnderAny(String domain, Set<String> hosts) {
		for (String host : hosts) {
			if (domain.equals(host) || domain.endsWith("." + host)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The registrable domain (the public suffix plus one label, from the public suffix list Guava ships):
	 * {@code mails.tsinghua.edu.cn} → {@code tsinghua.edu.cn}, {@code www.zhilian-tech.com.cn} →
	 * {@code zhilian-tech.com.cn}. Names reserved for documentation count as suffixes ({@code jclaw.example.com} →
	 * {@code jclaw.example.com}). Empty for a bare suffix ({@code com.cn}, {@code example.com}) or a name that is no
	 * valid domain; a domain under no known suffix is taken whole.
	 */
	public static Optional<String> registrableDomain(String domain) {
		if (domain == null || !InternetDomainName.isValid(domain)) {
			return Optional.empty();
		}
		InternetDomainName name = InternetDomainName.from(domain);
		List<String> labels = name.parts();
		int reservedLabels = RESERVED_TOP_LEVEL.contains(labels.get(labels.size() - 1)) ? 1
				: labels.size() >= 2 && RESERVED_SECOND_LEVEL.contains(lastLabels(labels, 2)) ? 2 : 0;
		if (reservedLabels > 0) {
			return labels.size() <= reservedLabels ? Optional.empty()
					: Optional.of(lastLabels(labels, reservedLabels + 1));
		}
		if (name.isPublicSuffix()) {
			return Optional.empty();
		}
		if (name.isUnderPublicSuffix()) {
			return Optional.of(name.topPrivateDomain().toString());
		}
		return Optional.of(name.toString());
	}

	private static String lastLabels(List<String> labels, int count) {
		return String.join(".", labels.subList(labels.size() - count, labels.size()));
	}

	/**
	 * The mail domain when it can name an organisation: not a public mail service, and with a registrable domain (not a
	 * bare suffix like com.cn).
	 */
	private static Optional<String> organisationDomain(String email, Set<String> publicHosts) {
		return mailDomain(email).filter(d -> !isUnderAny(d, publicHosts) && registrableDomain(d).isPresent());
	}

	private static Optional<String> creditCode(String code) {
		return Uscc.parse(code).uscc().map(Uscc::value);
	}

	private record PreparedUnit(String name, Optional<String> code, Optional<String> nameKey, boolean member) {

		static PreparedUnit of(Unit unit, boolean member) {
			return new PreparedUnit(unit.name(), creditCode(unit.creditCode()), ConflictPolicy.nameKey(unit.name()), member);
		}
	}

	private record PreparedDeclaration(long id, List<PreparedUnit> units, Optional<String> domain,
			Optional<String> registrable) {

		static PreparedDeclaration of(DeclaringParties declaration, Set<String> publicHosts) {
			Map<String, PreparedUnit> units = new LinkedHashMap<>();
			List<PreparedUnit> all = new ArrayList<>();
			all.add(PreparedUnit.of(declaration.declaringUnit(), false));
			declaration.memberUnits().forEach(member -> all.add(PreparedUnit.of(member, true)));
			for (PreparedUnit unit : all) {
				// a member unit listed twice, or the declaring unit repeated as a member, counts once
				units.putIfAbsent(unit.code().orElse("") + "|" + unit.nameKey().orElse(unit.name()), unit);
			}
			Optional<String> domain = organisationDomain(declaration.contactEmail(), publicHosts);
			return new PreparedDeclaration(declaration.declarationId(), List.copyOf(units.values()), domain,
					domain.flatMap(ConflictPolicy::registrableDomain));
		}
	}
}
