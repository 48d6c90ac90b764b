package cn.tsbase.guidance.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface QuestionnaireRepository extends JpaRepository<Questionnaire, Long> {

	Optional<Questionnaire> findFirstByStatus(QuestionnaireStatus status);

	List<Questionnaire> findAllByOrderByVersionNoDesc();

	/**
	 * The questionnaire, its version to be raised when the transaction commits: an edit of its questions (rows of
	 * another table) changes the questionnaire, so a form still holding the old version is refused afterwards.
	 */
	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	Optional<Questionnaire> findForChangeById(Long id);

	@Query("select coalesce(max(q.versionNo), 0) from Questionnaire q")
	int maxVersionNo();
}
