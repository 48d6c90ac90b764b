package cn.tsbase.evaluation.internal;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import cn.tsbase.declaration.BaseType;

interface IndicatorSystemRepository extends JpaRepository<IndicatorSystem, Long> {

	Page<IndicatorSystem> findByYear(int year, Pageable pageable);

	List<IndicatorSystem> findByYearAndBaseTypeOrderByIdDesc(int year, BaseType baseType);

	boolean existsByYearAndBaseTypeAndName(int year, BaseType baseType, String name);
}
