package cn.tsbase.guidance.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface SelectionStageRepository extends JpaRepository<SelectionStage, Long> {
}
