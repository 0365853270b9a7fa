package org.redbox.directory.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.redbox.directory.StaffAccount;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Every staff account, active or not. */
public interface StaffAccounts extends JpaRepository<StaffAccount, UUID> {

	Optional<StaffAccount> findByEmail(String email);

	/** The account with its roles and teams in one query: it is read on every signed-in request. */
	@Query("select s from StaffAccount s left join fetch s.grants left join fetch s.teams where s.email = :email")
	Optional<StaffAccount> findWithRolesByEmail(@Param("email") String email);

	/** The active accounts holding a role in the office, with their roles and teams, in one query. */
	@Query("""
			select s from StaffAccount s left join fetch s.grants left join fetch s.teams
			where s.active = true
			  and exists (select 1 from StaffAccount t join t.grants g where t = s and g.office = :office)
			""")
	List<StaffAccount> findActiveIn(@Param("office") UUID office);

	/** Every active account with its roles and teams in one query (findAll would fetch each account's collections one by one). */
	@Query("select distinct s from StaffAccount s left join fetch s.grants left join fetch s.teams where s.active = true")
	List<StaffAccount> findAllActive();

	boolean existsByEmail(String email);

	/** Accounts matching a name or email fragment, optionally only those holding a role in an office. */
	@Query("""
			select s from StaffAccount s
			where (:text is null or lower(s.fullName) like lower(concat('%', cast(:text as string), '%'))
			                     or s.email like lower(concat('%', cast(:text as string), '%')))
			  and (:office is null or exists (select 1 from StaffAccount t join t.grants g
			                                  where t = s and g.office = :office))
			  and (:anyStatus = true or s.active = :active)
			""")
	Page<StaffAccount> search(@Param("text") String text, @Param("office") UUID office,
			@Param("anyStatus") boolean anyStatus, @Param("active") boolean active, Pageable pageable);
}
