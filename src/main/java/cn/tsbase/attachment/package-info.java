/**
 * Attachments (evidence, templates): checked on upload (type list, size, content matches extension), stored
 * encrypted at rest outside the web root, downloaded with their original names. The owning module decides who may
 * read them.
 */
@ApplicationModule(allowedDependencies = {})
package cn.tsbase.attachment;

import org.springframework.modulith.ApplicationModule;
