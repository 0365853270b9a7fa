package org.redbox.directory.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.redbox.directory.Role;
import org.redbox.shared.Jurisdiction;

/** The forms of the admin pages, with the errors a person sees when a field is wrong. */
final class AdminForms {

	private AdminForms() {
	}

	record OfficeForm(
			@NotBlank(message = "Enter the office's name") @Size(max = 200, message = "Name must be 200 characters or fewer") String name,
			@NotBlank(message = "Enter a code of 2 to 6 capital letters, such as MAY") @Pattern(regexp = "^\\s*[A-Za-z]{2,6}\\s*$", message = "Enter a code of 2 to 6 letters, such as MAY") String code,
			@NotNull(message = "Select the jurisdiction whose bank holidays the office keeps") Jurisdiction jurisdiction) {

		static OfficeForm empty() {
			return new OfficeForm("", "", Jurisdiction.ENGLAND_AND_WALES);
		}
	}

	record TeamForm(@NotBlank(message = "Enter the team's name") @Size(max = 200, message = "Name must be 200 characters or fewer") String name) {
	}

	record PostForm(@NotBlank(message = "Enter the post's title, such as Mayor of Exampleton") @Size(max = 200, message = "Title must be 200 characters or fewer") String title) {
	}

	record AppointmentForm(
			@NotBlank(message = "Enter the name of the person taking up the post") @Size(max = 200, message = "Name must be 200 characters or fewer") String holderName,
			@NotNull(message = "Enter the date they take up the post") LocalDate startsOn) {
	}

	record EndTermForm(@NotNull(message = "Enter the last day in post") LocalDate endsOn) {
	}

	record StaffForm(
			@NotBlank(message = "Enter the person's full name") @Size(max = 200, message = "Name must be 200 characters or fewer") String name,
			@NotBlank(message = "Enter an email address") @Email(message = "Enter an email address in the correct format, like name@example.gov.uk") @Size(max = 320, message = "Email must be 320 characters or fewer") String email,
			@NotBlank(message = "Enter a password") String password,
			@NotNull(message = "Select a role") Role role,
			UUID office) {
	}

	record DetailsForm(
			@NotBlank(message = "Enter the person's full name") @Size(max = 200, message = "Name must be 200 characters or fewer") String name,
			@NotBlank(message = "Enter an email address") @Email(message = "Enter an email address in the correct format, like name@example.gov.uk") String email) {
	}

	record GrantForm(@NotNull(message = "Select a role") Role role, UUID office) {
	}

	record PasswordForm(@NotBlank(message = "Enter a password") String password) {
	}

	record TeamMembershipForm(@NotNull(message = "Select a team") UUID team) {
	}

	/** An option of a select box. */
	record Option(String value, String label) {
	}
}
