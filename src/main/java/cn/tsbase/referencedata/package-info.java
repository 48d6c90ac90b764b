/**
 * Reference data that administrators maintain: districts with their division codes, unit types, industries.
 */
@ApplicationModule(allowedDependencies = {})
package cn.tsbase.referencedata;

import org.springframework.modulith.ApplicationModule;
