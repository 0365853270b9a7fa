package org.redbox.contacts.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.redbox.contacts.Contact;
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

	/** Live contacts of the given offices whose name, email or organisation contains {@code text}. */
	@Query("""
			select c from Contact c where c.officeId in :offices and c.mergedInto is null
			and (lower(c.name) like :pattern or c.email like :pattern or lower(c.organisation) like :pattern)
			""")
	Page<Contact> search(@Param("offices") List<UUID> offices, @Param("pattern") String pattern, Pageable page);

	@Query("select c from Contact c where c.officeId in :offices and c.mergedInto is null")
	Page<Contact> findLive(@Param("offices") List<UUID> offices, Pageable page);

	default Optional<Contact> findLiveByEmailOnce(UUID office, String email) {
		return findLiveByEmail(office, email).stream().findFirst();
	}
}
