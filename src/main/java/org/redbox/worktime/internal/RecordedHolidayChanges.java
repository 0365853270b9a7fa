package org.redbox.worktime.internal;

import java.util.List;
import java.util.UUID;

import org.redbox.worktime.HolidayRegion;
import org.springframework.data.jpa.repository.JpaRepository;

/** Recorded changes to the published bank holidays. */
public interface RecordedHolidayChanges extends JpaRepository<RecordedHolidayChange, UUID> {

	List<RecordedHolidayChange> findAllByOrderByDateDesc();

	boolean existsByRegionAndDate(HolidayRegion region, java.time.LocalDate date);
}
