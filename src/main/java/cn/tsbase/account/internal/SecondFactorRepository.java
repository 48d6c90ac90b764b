package cn.tsbase.account.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface SecondFactorRepository extends JpaRepository<SecondFactor, Long> {
}
