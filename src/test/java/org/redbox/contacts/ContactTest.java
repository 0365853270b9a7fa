package org.redbox.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collection;

import org.junit.jupiter.api.Test;
import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;
import org.springframework.test.util.ReflectionTestUtils;

class ContactTest {

	private static final Instant NINE_AM = Instant.parse("2026-11-23T09:00:00Z");
	private static final Actor CHRIS = new Actor(StaffId.random(), "Chris Patel");

	private final OfficeId mayor = OfficeId.random();
	private final Contact rhian = Contact.register(mayor, ContactDetails.resident("Rhian Prys", " Rhian.Prys@Example.COM "),
			CHRIS, NINE_AM);

	@Test
	void storesTheEmailInLowerCaseWithoutSpaces() {
		assertThat(rhian.email()).isEqualTo("rhian.prys@example.com");
		assertThat(Contact.normaliseEmail("  ")).isNull();
		assertThat(Contact.register(mayor, ContactDetails.resident("Margaret Blythe", ""), CHRIS, NINE_AM).email()).isNull();
	}

	@Test
	void registeringIsRecordedAsPersonalDataOfTheOffice() {
		assertThat(rhian.marking().label()).isEqualTo("OFFICIAL PERSONAL");
		assertThat(events(rhian)).singleElement().isInstanceOfSatisfying(ContactRegistered.class, registered -> {
			assertThat(registered.officeId()).isEqualTo(mayor);
			assertThat(registered.actor()).isEqualTo(CHRIS);
			assertThat(registered.summary()).isEqualTo("Contact registered: Rhian Prys (Resident)");
		});
	}

	@Test
	void aChangeToAnyDetailIsRecordedWithTheDetailsBeforeAndAfter() {
		Contact contact = saved(rhian);

		contact.update(new ContactDetails("Rhian Prys", ContactType.RESIDENT, null, "rhian.prys@example.com",
				"01632 960 001", new PostalAddress("14 Heol y Felin", null, "Exampleton", "ex4 2qt"),
				LanguagePreference.WELSH, false, true), CHRIS, NINE_AM);

		assertThat(events(contact)).singleElement().isInstanceOfSatisfying(ContactUpdated.class, updated -> {
			assertThat(updated.before()).doesNotContain("01632 960 001").doesNotContain("WELSH");
			assertThat(updated.after()).contains("01632 960 001", "14 Heol y Felin, Exampleton, EX4 2QT", "WELSH",
					"consents to contact");
			assertThat(updated.actor()).isEqualTo(CHRIS);
		});
	}

	@Test
	void savingTheSameDetailsAgainRecordsNothing() {
		Contact contact = saved(rhian);

		contact.update(ContactDetails.resident(" Rhian Prys ", "RHIAN.PRYS@example.com"), CHRIS, NINE_AM);

		assertThat(events(contact)).isEmpty();
	}

	@Test
	void aMergedDuplicatePointsToTheSurvivorAndTheMergeIsRecordedOnTheSurvivor() {
		Contact duplicate = saved(Contact.register(mayor, ContactDetails.resident("R. Prys", null), CHRIS, NINE_AM));

		duplicate.mergeInto(rhian, CHRIS, NINE_AM);

		assertThat(duplicate.mergedInto()).isEqualTo(rhian.id());
		assertThat(events(duplicate)).singleElement().isInstanceOfSatisfying(ContactsMerged.class, merged -> {
			assertThat(merged.recordId()).isEqualTo(rhian.id().toString());
			assertThat(merged.duplicate()).isEqualTo(duplicate.id());
		});
	}

	@Test
	void aContactCannotBeMergedIntoItself() {
		assertThatThrownBy(() -> rhian.mergeInto(rhian, CHRIS, NINE_AM)).isInstanceOf(IllegalArgumentException.class);
		assertThat(rhian.mergedInto()).isNull();
	}

	@Test
	void aContactCannotBeMergedIntoOneThatWasItselfMerged() {
		Contact survivor = Contact.register(mayor, ContactDetails.resident("Rhian Prys", null), CHRIS, NINE_AM);
		Contact merged = Contact.register(mayor, ContactDetails.resident("Rhian Prys", null), CHRIS, NINE_AM);
		merged.mergeInto(survivor, CHRIS, NINE_AM);

		assertThatThrownBy(() -> rhian.mergeInto(merged, CHRIS, NINE_AM)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void contactsOfDifferentOfficesCannotBeMerged() {
		Contact housingsRhian = Contact.register(OfficeId.random(), ContactDetails.resident("Rhian Prys", null), CHRIS, NINE_AM);

		assertThatThrownBy(() -> housingsRhian.mergeInto(rhian, CHRIS, NINE_AM))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different offices");
	}

	@Test
	void aMergedContactCannotChangeNorBeMergedAgain() {
		Contact duplicate = Contact.register(mayor, ContactDetails.resident("R. Prys", null), CHRIS, NINE_AM);
		Contact another = Contact.register(mayor, ContactDetails.resident("Rhian P.", null), CHRIS, NINE_AM);
		duplicate.mergeInto(rhian, CHRIS, NINE_AM);

		assertThatThrownBy(() -> duplicate.update(ContactDetails.resident("Rhiannon Prys", null), CHRIS, NINE_AM))
				.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> duplicate.mergeInto(another, CHRIS, NINE_AM)).isInstanceOf(IllegalStateException.class);
		assertThat(duplicate.name()).isEqualTo("R. Prys");
	}

	/** The events the aggregate registered, which Spring Data publishes (and the audit trail keeps) on save. */
	private static Collection<?> events(Contact contact) {
		return ReflectionTestUtils.invokeMethod(contact, "domainEvents");
	}

	/** As the repository leaves it after saving: its events published. */
	private static Contact saved(Contact contact) {
		ReflectionTestUtils.invokeMethod(contact, "clearDomainEvents");
		return contact;
	}
}
