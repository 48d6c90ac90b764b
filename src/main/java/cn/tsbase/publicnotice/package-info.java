/**
 * Public notice (公示) of the proposed list, real-name objections (异议) and the publication (发文) that makes the
 * remaining units demonstration bases.
 */
@ApplicationModule(allowedDependencies = { "selection", "declaration", "calendar", "referencedata", "attachment" })
package cn.tsbase.publicnotice;

import org.springframework.modulith.ApplicationModule;
