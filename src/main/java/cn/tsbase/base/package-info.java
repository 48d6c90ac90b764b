/**
 * Demonstration bases (示范基地): created when the list is published, listed publicly, with their certificates.
 */
@ApplicationModule(allowedDependencies = { "publicnotice", "declaration", "referencedata" })
package cn.tsbase.base;

import org.springframework.modulith.ApplicationModule;
