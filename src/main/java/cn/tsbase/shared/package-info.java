/**
 * Value types, security and web support that every module uses.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package cn.tsbase.shared;

import org.springframework.modulith.ApplicationModule;
