package cn.tsbase.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.tsbase.shared.security.Role;

/** The help of each role (and of the public): how many steps and questions each has in the message bundles. */
public final class HelpTopics {

	/** The help for visitors and users without a role. */
	public static final String PUBLIC = "PUBLIC";

	private static final List<Topic> ALL = List.of(new Topic(PUBLIC, 4, 3), new Topic(Role.APPLICANT.name(), 6, 4),
			new Topic(Role.LIAISON.name(), 4, 3), new Topic(Role.DISTRICT_OFFICER.name(), 6, 4),
			new Topic(Role.IP_OFFICER.name(), 3, 2), new Topic(Role.GUIDANCE_OFFICER.name(), 2, 2),
			new Topic(Role.MUNICIPAL_OFFICER.name(), 7, 4), new Topic(Role.EXPERT.name(), 4, 3),
			new Topic(Role.SYSTEM_ADMIN.name(), 4, 2), new Topic(Role.SECURITY_ADMIN.name(), 4, 2),
			new Topic(Role.AUDIT_ADMIN.name(), 3, 2));

	private HelpTopics() {
	}

	public static List<Topic> all() {
		return ALL;
	}

	/** The topics of the roles held, in the order of the roles; the public's when none. */
	public static List<Topic> forRoles(Set<Role> roles) {
		List<Topic> topics = new ArrayList<>();
		for (Topic topic : ALL) {
			if (!topic.name().equals(PUBLIC) && roles.contains(Role.valueOf(topic.name()))) {
				topics.add(topic);
			}
		}
		if (topics.isEmpty()) {
			topics.add(ALL.get(0));
		}
		return topics;
	}

	/**
	 * One role's help: message keys {@code help.<name>.title}, {@code help.<name>.step.<n>} and
	 * {@code help.<name>.faq.<n>.q} / {@code .a}.
	 */
	public record Topic(String name, int steps, int questions) {

		public String titleKey() {
			return "help." + name + ".title";
		}

		public List<String> stepKeys() {
			List<String> keys = new ArrayList<>();
			for (int i = 1; i <= steps; i++) {
				keys.add("help." + name + ".step." + i);
			}
			return keys;
		}

		public List<String> questionKeys() {
			List<String> keys = new ArrayList<>();
			for (int i = 1; i <= questions; i++) {
				keys.add("help." + name + ".faq." + i);
			}
			return keys;
		}
	}
}
