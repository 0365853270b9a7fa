package org.redbox.contacts.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.validation.Valid;

import org.redbox.contacts.Contact;
import org.redbox.contacts.ContactId;
import org.redbox.contacts.ContactType;
import org.redbox.contacts.LanguagePreference;
import org.redbox.contacts.internal.ContactAdministration;
import org.redbox.contacts.internal.ContactHistories;
import org.redbox.contacts.internal.EmailAlreadyUsed;
import org.redbox.contacts.web.ContactForm.Option;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.OfficeId;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The contact pages: find, add, see (with their cases), change and merge the people who write in. */
@Controller
@RequestMapping("/contacts")
class ContactController {

	private final ContactAdministration administration;
	private final ContactHistories histories;

	ContactController(ContactAdministration administration, ContactHistories histories) {
		this.administration = administration;
		this.histories = histories;
	}

	/** People paste emails and names with spaces around them; a stray space is not an error. */
	@InitBinder
	void trimText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(false));
	}

	@ModelAttribute("types")
	List<Option> types() {
		return Arrays.stream(ContactType.values()).map(t -> new Option(t.name(), t.displayName())).toList();
	}

	@ModelAttribute("languages")
	List<Option> languages() {
		return List.of(new Option(LanguagePreference.ENGLISH.name(), "English"),
				new Option(LanguagePreference.WELSH.name(), "Welsh (Cymraeg)"));
	}

	@GetMapping
	String list(SignedInStaff by, @RequestParam(required = false) String q,
			@RequestParam(required = false) ContactType type, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("results", administration.search(by, q, type, page));
		model.addAttribute("q", q);
		model.addAttribute("type", type);
		model.addAttribute("officeNames", officeNames(by));
		return "contacts/list";
	}

	@GetMapping("/new")
	String newContact(SignedInStaff by, Model model) {
		List<Option> offices = officeOptions(by);
		model.addAttribute("contactForm", ContactForm.blank(offices.isEmpty() ? null : UUID.fromString(offices.get(0).value())));
		model.addAttribute("officeOptions", offices);
		return "contacts/new";
	}

	@PostMapping
	String create(SignedInStaff by, @Valid ContactForm contactForm, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (contactForm.office() == null) {
			errors.rejectValue("office", "required", "Select the office the contact writes to");
		}
		if (!errors.hasErrors()) {
			try {
				Contact contact = administration.register(by, new OfficeId(contactForm.office()), contactForm.details());
				flash.addFlashAttribute("success", "Contact added: " + contact.name());
				return "redirect:/contacts/" + contact.id();
			}
			catch (EmailAlreadyUsed e) {
				flash.addFlashAttribute("notice", "This office already has a contact with that email, "
						+ e.existingName() + ", so nothing new was added. Change their details here if they have moved.");
				return "redirect:/contacts/" + e.existing();
			}
		}
		model.addAttribute("officeOptions", officeOptions(by));
		return "contacts/new";
	}

	@GetMapping("/{id}")
	String contact(SignedInStaff by, @PathVariable ContactId id, Model model, RedirectAttributes flash) {
		ContactId current = administration.current(by, id);
		if (!current.equals(id)) {
			flash.addFlashAttribute("notice", "The contact you asked for was merged into this one.");
			return "redirect:/contacts/" + current;
		}
		Contact contact = administration.view(by, id, "viewed the contact");
		List<Contact> merged = administration.mergedInto(contact);
		model.addAttribute("contact", contact);
		model.addAttribute("officeName", officeNames(by).getOrDefault(contact.officeId(), ""));
		model.addAttribute("history", histories.of(Stream.concat(Stream.of(contact), merged.stream()).map(Contact::id).toList()));
		model.addAttribute("merged", merged);
		model.addAttribute("lookalikes", administration.lookalikes(contact));
		return "contacts/contact";
	}

	@GetMapping("/{id}/edit")
	String edit(SignedInStaff by, @PathVariable ContactId id, Model model) {
		ContactId current = administration.current(by, id);
		if (!current.equals(id)) {
			return "redirect:/contacts/" + current + "/edit";
		}
		Contact contact = administration.view(by, id, "opened to change the contact");
		model.addAttribute("contact", contact);
		model.addAttribute("contactForm", ContactForm.of(contact));
		return "contacts/edit";
	}

	@PostMapping("/{id}")
	String update(SignedInStaff by, @PathVariable ContactId id, @Valid ContactForm contactForm, BindingResult errors,
			Model model, RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				administration.update(by, id, contactForm.details());
				flash.addFlashAttribute("success", "Details saved");
				return "redirect:/contacts/" + id;
			}
			catch (EmailAlreadyUsed e) {
				errors.rejectValue("email", "used", e.existingName() + " already has this email. If they are the same "
						+ "person, merge the two contacts from this contact's page");
			}
			catch (IllegalStateException e) {
				errors.reject("merged", e.getMessage());
			}
		}
		model.addAttribute("contact", administration.view(by, id, "opened to change the contact"));
		return "contacts/edit";
	}

	@PostMapping("/{id}/merge")
	String merge(SignedInStaff by, @PathVariable ContactId id, @RequestParam ContactId duplicate,
			RedirectAttributes flash) {
		try {
			administration.merge(by, id, duplicate);
			flash.addFlashAttribute("success", "Contacts merged. The other record is kept and its page now leads here.");
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			flash.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/contacts/" + id;
	}

	private List<Option> officeOptions(SignedInStaff by) {
		return administration.offices(by).stream().map(o -> new Option(o.id().toString(), o.name())).toList();
	}

	private Map<OfficeId, String> officeNames(SignedInStaff by) {
		var names = new HashMap<OfficeId, String>();
		administration.offices(by).forEach(o -> names.put(o.id(), o.name()));
		return names;
	}
}
