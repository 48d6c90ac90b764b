package cn.tsbase.guidance.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuestionnaireRepository extends JpaRepository<Questionnaire, Long> {

	Optional<Questionnaire> findFirstByStatus(QuestionnaireStatus status);

	List<Questionnaire> findAllByOrderByVersionNoDesc();

	@Query("select coalesce(max(q.versionNo), 0) from Questionnaire q")
	int maxVersionNo();
}
