package org.redbox.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.redbox.correspondence.CaseType;

/**
 * Who writes each case, per office: mostly new residents, some who write again (so contacts
 * have several cases), and a small, fixed cast of MPs, councillors and journalists. New
 * contacts are handed to the writer once, when first used.
 */
final class Correspondents {

	/** A contact as stored: its id and details. */
	record Contact(UUID id, UUID officeId, Correspondent details) {
	}

	private static final int MPS = 8;
	private static final int COUNCILLORS = 45;
	private static final int JOURNALISTS = 12;

	private final SplittableRandom random;
	private final People people;
	private final Map<UUID, Cast> casts = new HashMap<>();
	private final List<Contact> unwritten = new ArrayList<>();

	Correspondents(SplittableRandom random) {
		this.random = random;
		this.people = new People(random);
	}

	Contact writerOf(UUID office, CaseType type) {
		Cast cast = casts.computeIfAbsent(office, k -> new Cast());
		int roll = random.nextInt(100);
		if (type == CaseType.MEMBER) {
			return roll < 35 ? cast.pick(cast.mps, MPS, n -> people.mp(n), office)
					: cast.pick(cast.councillors, COUNCILLORS, n -> people.councillor(n), office);
		}
		if (type == CaseType.GENERAL && roll < 3) {
			return cast.pick(cast.journalists, JOURNALISTS, n -> people.journalist(n), office);
		}
		if (roll < 20 && !cast.residents.isEmpty()) {
			return cast.residents.get(random.nextInt(cast.residents.size()));
		}
		var resident = register(office, people.resident());
		if (cast.residents.size() < 50_000) {
			cast.residents.add(resident);
		}
		return resident;
	}

	/** Contacts made since the last call, for the writer to insert before their cases. */
	List<Contact> takeNew() {
		var taken = List.copyOf(unwritten);
		unwritten.clear();
		return taken;
	}

	People people() {
		return people;
	}

	private Contact register(UUID office, Correspondent details) {
		var contact = new Contact(Ids.next(random), office, details);
		unwritten.add(contact);
		return contact;
	}

	private final class Cast {

		final List<Contact> mps = new ArrayList<>();
		final List<Contact> councillors = new ArrayList<>();
		final List<Contact> journalists = new ArrayList<>();
		final List<Contact> residents = new ArrayList<>();

		Contact pick(List<Contact> from, int size, java.util.function.IntFunction<Correspondent> make, UUID office) {
			int n = random.nextInt(size);
			while (from.size() <= n) {
				from.add(register(office, make.apply(from.size() + 1)));
			}
			return from.get(n);
		}
	}
}
