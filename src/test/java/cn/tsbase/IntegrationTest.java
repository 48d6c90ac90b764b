package cn.tsbase;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.tsbase.account.AccountFixtures;
import cn.tsbase.base.BaseFixtures;
import cn.tsbase.evaluation.EvaluationFixtures;
import cn.tsbase.evaluation.PublishedRounds;
import cn.tsbase.organization.UnitFixtures;
import cn.tsbase.publicnotice.NoticeFixtures;

/**
 * The whole application on a random port with MockMvc, on the test database (H2 in memory, or PostgreSQL with
 * {@code -Ppostgres}). Every integration test uses this one configuration, so they share one application context;
 * each creates its own data with unique codes and names and depends on no other test. The modules' test fixtures are
 * {@code @TestComponent}s imported here, so a module test ({@code @ApplicationModuleTest}) does not scan them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ TestConfiguration.class, AccountFixtures.class, UnitFixtures.class, BaseFixtures.class,
		cn.tsbase.declaration.DeclarationScenarios.class, cn.tsbase.districtreview.DistrictReviewScenarios.class,
		cn.tsbase.selection.SelectionFixtures.class, cn.tsbase.selection.SelectionScenarios.class, NoticeFixtures.class, EvaluationFixtures.class,
		PublishedRounds.class, cn.tsbase.evaluation.PilotFixtures.class })
public @interface IntegrationTest {
}
