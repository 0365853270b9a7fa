package org.redbox.diary.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.redbox.diary.Diary;
import org.springframework.data.jpa.repository.JpaRepository;

/** Principals' diaries, one per post. */
public interface Diaries extends JpaRepository<Diary, UUID> {

	Optional<Diary> findByPostId(UUID postId);

	Optional<Diary> findByFeedTokenHash(String feedTokenHash);

	List<Diary> findAllByOrderByTitle();
}
