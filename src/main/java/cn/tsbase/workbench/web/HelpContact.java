package cn.tsbase.workbench.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bureau's contact shown on the help pages ({@code tsbase.help.*}): who answers questions about the programme
 * and the platform.
 *
 * @param office the office that answers (e.g. 北京市市场监督管理局知识产权保护处)
 * @param phone its telephone
 * @param email its e-mail address
 * @param address its postal address
 * @param hours when it answers
 */
@ConfigurationProperties("tsbase.help")
record HelpContact(String office, String phone, String email, String address, String hours) {
}
