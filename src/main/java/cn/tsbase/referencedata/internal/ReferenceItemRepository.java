package cn.tsbase.referencedata.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import cn.tsbase.referencedata.ReferenceCategory;

interface ReferenceItemRepository extends JpaRepository<ReferenceItemEntity, Long> {

	List<ReferenceItemEntity> findAllByOrderByCategoryAscSortOrderAscCodeAsc();

	boolean existsByCategoryAndCode(ReferenceCategory category, String code);
}
