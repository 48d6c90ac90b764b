package cn.tsbase.base;

import org.springframework.boot.test.context.TestComponent;

import cn.tsbase.base.internal.BaseService;
import cn.tsbase.publicnotice.ListPublished;

/**
 * Designations for tests of other modules, made the way a publication makes them. The base module's public test
 * fixture: other modules' tests use it instead of the module's internals.
 */
@TestComponent
public class BaseFixtures {

	private final BaseService bases;

	BaseFixtures(BaseService bases) {
		this.bases = bases;
	}

	/** Designates the bases of the publication, as the base module's listener does; how many were designated. */
	public int designate(ListPublished published) {
		return bases.designate(published);
	}
}
