package cn.tsbase.casework.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes the publishable, desensitised (脱敏) text of a typical case by rules: natural persons become surname + 某,
 * the rights holder becomes 某 + its industry word, addresses, phone numbers, ID numbers, bank accounts and e-mail
 * addresses are removed, and other companies are kept or masked (甲公司, 乙公司 …) as the author chooses. The same
 * person or company gets the same replacement in every section. The author edits the proposal afterwards; the values
 * replaced are returned so that publication can refuse a public text in which one of them is still present.
 */
public final class Desensitiser {

	/** What the author tells the rules about the case. */
	public record Rules(List<String> rightsHolderNames, String industryWord, List<String> persons,
			boolean maskCompanies) {

		public Rules {
			rightsHolderNames = clean(rightsHolderNames);
			persons = clean(persons);
			industryWord = industryWord == null || industryWord.isBlank() ? "公司" : industryWord.strip();
		}

		private static List<String> clean(List<String> values) {
			return values == null ? List.of()
					: values.stream().map(String::strip).filter(v -> v.length() >= 2).distinct().toList();
		}
	}

	/** The desensitised sections, in the order given, and every value that was replaced or removed. */
	public record Proposal(List<String> sections, Set<String> masked) {

		/** The masked values still present in the given texts (what must not be published). */
		public static List<String> survivors(Set<String> masked, String... texts) {
			String all = String.join("\n", Arrays.stream(texts).map(t -> t == null ? "" : t).toList());
			return masked.stream().filter(all::contains).sorted().toList();
		}
	}

	static final String ADDRESS_REMOVED = "（地址略）";
	static final String PHONE_REMOVED = "（电话略）";
	static final String ID_REMOVED = "（身份证号略）";
	static final String ACCOUNT_REMOVED = "（账号略）";
	static final String EMAIL_REMOVED = "（邮箱略）";

	/** Characters that end a name-like run: particles and verbs that stand before a name, a company or an address. */
	private static final String STOP = "的在于为至到从向是住址所地位和与及其将把被对由即经入给了并后称系指要让使跳槽职往任加同等";

	private static final String WORD = "[[\\u4e00-\\u9fa5A-Za-z0-9]&&[^" + STOP + "]]";

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

	private static final Pattern ID_NUMBER = Pattern.compile(
			"(?<![0-9A-Za-z])[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx](?![0-9A-Za-z])");

	private static final Pattern MOBILE = Pattern
		.compile("(?<!\\d)(?:\\+?86[- ]?)?1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}(?!\\d)");

	private static final Pattern LANDLINE = Pattern
		.compile("(?<!\\d)(?:\\(0\\d{2,3}\\)|（0\\d{2,3}）|0\\d{2,3}-)\\d{7,8}(?:-\\d{1,5})?(?!\\d)|(?<!\\d)400-?\\d{3}-?\\d{4}(?!\\d)");

	private static final Pattern BANK_ACCOUNT = Pattern
		.compile("(?<!\\d)(?:\\d{4}[ -]){3,4}\\d{1,7}(?!\\d)|(?<!\\d)\\d{12,19}(?!\\d)");

	private static final Pattern ADDRESS = Pattern.compile("(?:(?:北京市|北京)?(?:东城|西城|朝阳|海淀|丰台|石景山|门头沟|房山|通州|顺义|昌平|大兴|怀柔|平谷|密云|延庆)区)?"
			+ WORD + "{1,12}?(?:大街|大道|路|街|胡同|巷|里)[0-9０-９一二三四五六七八九十百甲乙丙丁-]+号(?:院)?"
			+ "(?:[0-9A-Za-z一二三四五六七八九十-]+(?:号楼|栋|座|幢|单元|层|楼|室|号))*");

	private static final Pattern COMPANY = Pattern
		.compile("[[\\u4e00-\\u9fa5A-Za-z0-9（）()]&&[^" + STOP + "]]{2,30}?(?:有限责任公司|股份有限公司|有限公司|集团|研究院|研究所|律师事务所|事务所)");

	private static final String ROLES = "员工|职工|前员工|离职员工|工程师|技术员|研发人员|经理|副总经理|总经理|总监|主管|董事长|董事|股东"
			+ "|法定代表人|负责人|销售|业务员|被告人|被告|原告|犯罪嫌疑人|嫌疑人|当事人|被申请人|申请人|被举报人|举报人|证人|同事";

	private static final Pattern ROLE_THEN_NAME = Pattern.compile("(?:" + ROLES + ")(?=([\\u4e00-\\u9fa5]{2,4}))");

	private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙",
			"慕容", "令狐", "长孙", "夏侯", "宇文", "司徒", "端木", "澹台", "独孤", "南宫", "呼延", "申屠");

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

	/** Characters that typically follow a name in running text (a verb, a particle, punctuation). */
	private static final String AFTER_NAME = "于在将把被以向利通等、，。；：（(）)离私违非的与和擅伙系作担使带窃复下是为自曾已未均也都即便则还又便就因从对由拷盗泄披将未负称提供承认接受入加到已合共出获偷收伪";

	private static final List<String> INDUSTRY_WORDS = List.of("半导体", "集成电路", "人工智能", "生物医药", "新材料", "软件",
			"电子", "信息", "网络", "科技", "医药", "制药", "生物", "化工", "机械", "汽车", "材料", "能源", "食品", "通信", "设备",
			"装备", "传媒", "文化", "金融", "咨询", "贸易", "建筑", "环保", "仪器", "光电", "智能", "技术");

	private static final String[] COMPANY_LABELS = { "甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸" };

	/**
	 * The industry word the rights holder is masked with (科技公司 for 北京智芯科技有限公司), or 公司 when the name
	 * has none of the usual industry words.
	 */
	public static String industryWordOf(String rightsHolderName) {
		if (rightsHolderName == null) {
			return "公司";
		}
		String found = null;
		int at = -1;
		for (String word : INDUSTRY_WORDS) {
			int index = rightsHolderName.lastIndexOf(word);
			if (index > at) {
				at = index;
				found = word;
			}
		}
		return found == null ? "公司" : found + "公司";
	}

	/** Desensitises the sections with the rules; the same value gets the same replacement in every section. */
	public Proposal propose(List<String> sections, Rules rules) {
		Map<String, String> replacements = new LinkedHashMap<>();
		Set<String> masked = new LinkedHashSet<>();
		for (String holder : rules.rightsHolderNames()) {
			replacements.put(holder, "某" + rules.industryWord());
		}
		List<String> out = new ArrayList<>();
		for (String section : sections) {
			out.add(removeContacts(section == null ? "" : section, masked));
		}
		if (rules.maskCompanies()) {
			int next = 0;
			for (String section : out) {
				Matcher m = COMPANY.matcher(section);
				while (m.find()) {
					String company = m.group();
					if (!replacements.containsKey(company) && !company.startsWith("某") && !isMaskedForm(company)
							&& next < COMPANY_LABELS.length) {
						replacements.put(company, COMPANY_LABELS[next++] + "公司");
					}
				}
			}
		}
		Map<String, Integer> perSurname = new HashMap<>();
		Set<String> persons = new LinkedHashSet<>(rules.persons());
		for (String section : out) {
			Matcher m = ROLE_THEN_NAME.matcher(section);
			while (m.find()) {
				String name = nameAt(m.group(1));
				if (name != null) {
					persons.add(name);
				}
			}
		}
		for (String person : persons) {
			if (replacements.containsKey(person)) {
				continue;
			}
			String surname = surnameOf(person);
			int n = perSurname.merge(surname, 1, Integer::sum);
			replacements.put(person, surname + "某".repeat(Math.min(n, 3)));
		}
		List<String> originals = new ArrayList<>(replacements.keySet());
		originals.sort(Comparator.comparingInt(String::length).reversed());
		List<String> result = new ArrayList<>();
		for (String section : out) {
			String text = section;
			for (String original : originals) {
				if (text.contains(original)) {
					masked.add(original);
					text = text.replace(original, replacements.get(original));
				}
			}
			result.add(text);
		}
		return new Proposal(List.copyOf(result), Set.copyOf(masked));
	}

	private static String removeContacts(String text, Set<String> masked) {
		text = remove(EMAIL, text, EMAIL_REMOVED, masked);
		text = remove(ID_NUMBER, text, ID_REMOVED, masked);
		text = remove(MOBILE, text, PHONE_REMOVED, masked);
		text = remove(LANDLINE, text, PHONE_REMOVED, masked);
		text = remove(BANK_ACCOUNT, text, ACCOUNT_REMOVED, masked);
		return remove(ADDRESS, text, ADDRESS_REMOVED, masked);
	}

	private static String remove(Pattern pattern, String text, String replacement, Set<String> masked) {
		Matcher m = pattern.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			masked.add(m.group());
			m.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		m.appendTail(out);
		return out.toString();
	}

	/** The name at the start of a run of Chinese characters after a role word, or null if none fits. */
	private static String nameAt(String run) {
		if (run.contains("某")) {
			return null;
		}
		boolean compound = run.length() >= 3 && COMPOUND_SURNAMES.contains(run.substring(0, 2));
		if (!compound && SURNAMES.indexOf(run.charAt(0)) < 0) {
			return null;
		}
		int min = compound ? 3 : 2;
		for (int length = Math.min(run.length(), compound ? 4 : 3); length >= min; length--) {
			String candidate = run.substring(0, length);
			boolean lastIsFollower = AFTER_NAME.indexOf(candidate.charAt(length - 1)) >= 0;
			boolean followedWell = length == run.length() || AFTER_NAME.indexOf(run.charAt(length)) >= 0;
			if (!lastIsFollower && followedWell) {
				return candidate;
			}
		}
		return null;
	}

	private static String surnameOf(String name) {
		return name.length() >= 3 && COMPOUND_SURNAMES.contains(name.substring(0, 2)) ? name.substring(0, 2)
				: name.substring(0, 1);
	}

	private static boolean isMaskedForm(String company) {
		return company.length() <= 4 && company.endsWith("公司");
	}
}
