package cn.tsbase.shared.security;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.SessionRepository;
import org.springframework.stereotype.Component;

/**
 * Saves of one session happen one after the other. A streamed response (a download) is written on another thread
 * than the request's, and Spring Session saves the session twice: when that thread commits the response and when the
 * request thread leaves the filter chain. Spring Session JDBC's save is not thread-safe: two saves running at once both
 * insert what is new (the session itself, or a new attribute), and the second insert fails with a duplicate key (HTTP
 * 500). One after the other, the second save finds nothing left to write.
 */
@Component
class SessionSaveSerializer implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof SessionRepository<?>)) {
			return bean;
		}
		ProxyFactory proxy = new ProxyFactory(bean);
		proxy.setProxyTargetClass(true);
		proxy.addAdvice((MethodInterceptor) invocation -> {
			Object[] arguments = invocation.getArguments();
			if (!"save".equals(invocation.getMethod().getName()) || arguments.length != 1 || arguments[0] == null) {
				return invocation.proceed();
			}
			synchronized (arguments[0]) {
				return invocation.proceed();
			}
		});
		return proxy.getProxy(bean.getClass().getClassLoader());
	}
}
