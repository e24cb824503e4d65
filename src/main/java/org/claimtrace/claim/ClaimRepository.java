package org.claimtrace.claim;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimRepository extends JpaRepository<Claim, Long> {

	List<Claim> findByIdIn(List<Long> ids);

}
