/**
 * The contract by which the modules after the district tell a declaration's page how it fared with them.
 */
package cn.tsbase.shared.progress;
