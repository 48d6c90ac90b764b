/**
 * The contract by which modules tell the workbench (工作台) what awaits a user.
 */
package cn.tsbase.shared.workbench;
