package cn.tsbase.declaration;

/**
 * The five construction standards as a unit declared them (the declaration's 标准 section, as last submitted): what a
 * designated base's profile starts from.
 */
public record DeclaredStandards(String leaderName, String leaderTitle, String leadershipMembers,
		String officeDepartment, String officeRoom, Integer fullTimeStaff, Integer partTimeStaff, String rules,
		String emergencyPlan, String liaisonName, String liaisonTitle, String liaisonPhone) {
}
