/**
 * Notifications to the people concerned (新单位注册, 申报提交, 退回补正, 推荐结果, 截止提醒, 专家评审, 预审, 公示异议, 示范基地): in the application with an unread
 * count in the navigation bar, and by e-mail where an address and an SMTP server exist. Listens to other modules'
 * events; no module depends on it.
 */
@ApplicationModule(allowedDependencies = { "account", "organization", "declaration", "selection", "publicnotice", "calendar",
		"operation", "evaluation", "guidance", "casework", "reporting" })
package cn.tsbase.notification;

import org.springframework.modulith.ApplicationModule;
