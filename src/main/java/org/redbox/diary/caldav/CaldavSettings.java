package org.redbox.diary.caldav;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How diaries sync with their CalDAV calendars.
 *
 * @param syncInterval how long between the end of one sync of every connected diary and the next
 * @param timeout connecting to, and each request to, a calendar server
 * @param pushPastDays entries that ended more than this many days ago are not sent to a calendar they are not yet in
 */
@ConfigurationProperties("redbox.diary.caldav")
public record CaldavSettings(@DefaultValue("PT15M") Duration syncInterval, @DefaultValue("PT20S") Duration timeout,
		@DefaultValue("31") int pushPastDays) {
}
