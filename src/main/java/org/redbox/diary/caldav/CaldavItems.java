package org.redbox.diary.caldav;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The entries each diary's sync knows on both sides. */
interface CaldavItems extends JpaRepository<CaldavItem, UUID> {

	List<CaldavItem> findByDiaryId(UUID diaryId);

	void deleteByDiaryId(UUID diaryId);
}
