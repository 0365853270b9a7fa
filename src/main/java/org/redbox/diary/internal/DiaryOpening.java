package org.redbox.diary.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.redbox.diary.Diary;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.PrincipalPostCreated;
import org.redbox.shared.Actor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives every principal's post its diary: a new post's diary is opened in the same transaction
 * that creates the post, and at start-up any post without one (made before the diary existed)
 * gets one. Runs before the demo diary is filled.
 */
@Component
@Order(0)
class DiaryOpening implements ApplicationRunner {

	private final Diaries diaries;
	private final DirectoryManagement directory;
	private final Clock clock;

	DiaryOpening(Diaries diaries, DirectoryManagement directory, Clock clock) {
		this.diaries = diaries;
		this.directory = directory;
		this.clock = clock;
	}

	@EventListener
	void on(PrincipalPostCreated created) {
		if (diaries.findByPostId(created.postId()).isEmpty()) {
			diaries.save(Diary.open(created.office(), created.postId(), created.title(), created.actor(), created.occurredAt()));
		}
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		directory.principalPosts(LocalDate.now(clock)).stream().filter(post -> diaries.findByPostId(post.id()).isEmpty())
				.forEach(post -> diaries.save(Diary.open(post.office(), post.id(), post.title(), Actor.system(), clock.instant())));
	}
}
