package org.redbox.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.redbox.shared.SecurityMarking;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A principal's post, such as "Mayor of Exampleton", held by one person after another. A
 * change of holder or an end of term is a new tenure, never an edit of the old one, so a
 * letter signed in 2025 still names the Mayor of 2025.
 */
@Entity
@Table(name = "principal_post")
public class PrincipalPost extends AbstractAggregateRoot<PrincipalPost> {

	@Id
	private UUID id;
	@Column(name = "office_id")
	private UUID officeId;
	private String title;
	@Embedded
	private SecurityMarking marking;
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "post_id", nullable = false)
	private List<Tenure> tenures = new ArrayList<>();
	@Version
	private long version;

	protected PrincipalPost() {
	}

	public static PrincipalPost create(OfficeId office, String title, Actor by, Instant now) {
		var post = new PrincipalPost();
		post.id = UUID.randomUUID();
		post.officeId = office.value();
		post.title = title.strip();
		post.marking = SecurityMarking.OFFICIAL;
		post.registerEvent(new PrincipalPostCreated(office, post.id, post.title, by, now));
		return post;
	}

	/**
	 * Appoints a holder from {@code startsOn}; the current holder's term ends the day before.
	 *
	 * @throws IllegalArgumentException when {@code startsOn} is not after the start of the latest tenure
	 */
	public void appoint(String holderName, UUID staffId, LocalDate startsOn, Actor by, Instant now) {
		Optional<Tenure> latest = latestTenure();
		if (latest.isPresent() && !startsOn.isAfter(latest.get().startsOn())) {
			throw new IllegalArgumentException("A new holder must start after " + latest.get().startsOn()
					+ ", when " + latest.get().holderName() + " started");
		}
		latest.filter(Tenure::isOpen).ifPresent(t -> endTenure(t, startsOn.minusDays(1), by, now));
		tenures.add(new Tenure(holderName.strip(), staffId, startsOn));
		registerEvent(new PrincipalAppointed(officeId(), id, title, holderName.strip(), startsOn, by, now));
	}

	/**
	 * Ends the current holder's term on {@code endsOn} (the last day in post).
	 *
	 * @throws IllegalStateException when nobody holds the post
	 */
	public void endTerm(LocalDate endsOn, Actor by, Instant now) {
		Tenure current = latestTenure().filter(Tenure::isOpen)
				.orElseThrow(() -> new IllegalStateException("Nobody holds " + title + " now"));
		if (endsOn.isBefore(current.startsOn())) {
			throw new IllegalArgumentException("A term cannot end before it started on " + current.startsOn());
		}
		endTenure(current, endsOn, by, now);
	}

	private void endTenure(Tenure tenure, LocalDate endsOn, Actor by, Instant now) {
		tenure.endOn(endsOn);
		registerEvent(new TermEnded(officeId(), id, title, tenure.holderName(), endsOn, by, now));
	}

	/** Who held the post on {@code date}, if anyone. */
	public Optional<Tenure> holderOn(LocalDate date) {
		return tenures.stream().filter(t -> t.coversDate(date)).findFirst();
	}

	private Optional<Tenure> latestTenure() {
		return tenures.stream().max(Comparator.comparing(Tenure::startsOn));
	}

	/** Tenures, newest first. */
	public List<Tenure> tenures() {
		return tenures.stream().sorted(Comparator.comparing(Tenure::startsOn).reversed()).toList();
	}

	public UUID id() {
		return id;
	}

	public OfficeId officeId() {
		return new OfficeId(officeId);
	}

	public String title() {
		return title;
	}
}
