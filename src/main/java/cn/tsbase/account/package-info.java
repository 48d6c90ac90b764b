/**
 * Accounts, roles, login, password policy and sessions.
 */
@ApplicationModule(allowedDependencies = "referencedata")
package cn.tsbase.account;

import org.springframework.modulith.ApplicationModule;
