package cn.tsbase.operation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The content of each editable standard of a base profile, as value objects. */
public final class ProfileParts {

	private ProfileParts() {
	}

	/** 领导机构: led by the principal or a delegate, with the funds and resources it commits. */
	public record Leadership(String head, String headTitle, String members, String document, String funding) {

		List<String> changedFrom(Leadership before) {
			return changes(before.head, head, "head", before.headTitle, headTitle, "headTitle", before.members, members,
					"members", before.document, document, "document", before.funding, funding, "funding");
		}
	}

	/** 管理部门: the department, its office, and its full- and part-time staff. */
	public record Office(String department, String address, Integer fullTimeStaff, Integer partTimeStaff) {

		List<String> changedFrom(Office before) {
			return changes(before.department, department, "department", before.address, address, "address",
					before.fullTimeStaff, fullTimeStaff, "fullTimeStaff", before.partTimeStaff, partTimeStaff,
					"partTimeStaff");
		}
	}

	/** 管理制度: the base's rules; the leak-incident emergency procedure; for zones, the members' rules. */
	public record Rules(String rulesList, String emergencyProcedure, String memberRules) {

		List<String> changedFrom(Rules before) {
			return changes(before.rulesList, rulesList, "rulesList", before.emergencyProcedure, emergencyProcedure,
					"emergencyProcedure", before.memberRules, memberRules, "memberRules");
		}
	}

	/** 联络员: the named liaison officer and how to reach them. */
	public record Liaison(String name, String title, String phone, String email) {

		boolean isEmpty() {
			return blank(name) && blank(title) && blank(phone) && blank(email);
		}

		List<String> changedFrom(Liaison before) {
			return changes(before.name, name, "name", before.title, title, "title", before.phone, phone, "phone",
					before.email, email, "email");
		}
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** The names of the fields whose value differs; arguments come in triples (before, after, name). */
	private static List<String> changes(Object... triples) {
		List<String> changed = new ArrayList<>();
		for (int i = 0; i < triples.length; i += 3) {
			if (!Objects.equals(triples[i], triples[i + 1])) {
				changed.add((String) triples[i + 2]);
			}
		}
		return changed;
	}
}
