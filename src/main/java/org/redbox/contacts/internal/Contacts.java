package org.redbox.contacts.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.redbox.contacts.Contact;
import org.redbox.contacts.ContactType;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Contacts of every office. */
public interface Contacts extends JpaRepository<Contact, UUID> {

	/** The live (not merged) contact of an office with this email, if any. */
	@Query("select c from Contact c where c.officeId = :office and c.email = :email and c.mergedInto is null")
	List<Contact> findLiveByEmail(@Param("office") UUID office, @Param("email") String email);

	/**
	 * Live contacts of the given offices, optionally of one type and whose name, email or
	 * organisation contains {@code text} (any case).
	 */
	@Query("""
			select c from Contact c where c.officeId in :offices and c.mergedInto is null
			and (:type is null or c.type = :type)
			and (:text is null or lower(c.name) like lower(concat('%', cast(:text as string), '%'))
			     or c.email like lower(concat('%', cast(:text as string), '%'))
			     or lower(c.organisation) like lower(concat('%', cast(:text as string), '%')))
			""")
	Page<Contact> search(@Param("offices") List<UUID> offices, @Param("type") ContactType type,
			@Param("text") String text, Pageable page);

	/** Other live contacts of the office that look like the same person: same name, email or phone. */
	@Query("""
			select c from Contact c where c.officeId = :office and c.mergedInto is null and c.id <> :id
			and (lower(c.name) = lower(cast(:name as string)) or c.email = :email or c.phone = :phone)
			order by c.name, c.createdAt
			""")
	List<Contact> findLookalikes(@Param("office") UUID office, @Param("id") UUID id, @Param("name") String name,
			@Param("email") String email, @Param("phone") String phone, Limit limit);

	/** The records merged into this one (directly). */
	List<Contact> findByMergedIntoOrderByName(UUID survivor);

	default Optional<Contact> findLiveByEmailOnce(UUID office, String email) {
		return findLiveByEmail(office, email).stream().findFirst();
	}
}
