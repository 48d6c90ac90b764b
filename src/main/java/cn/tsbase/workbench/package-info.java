/**
 * The workbench (工作台) each role lands on after login, composed of what the modules report as waiting for the user
 * (see {@link cn.tsbase.shared.workbench.WorkbenchItems}), and the help pages of each role. Depends on no module:
 * the modules contribute their lines through the shared contract.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package cn.tsbase.workbench;
