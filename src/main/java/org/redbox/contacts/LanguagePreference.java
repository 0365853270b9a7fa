package org.redbox.contacts;

/** The language a contact wants replies in (Welsh language standards: recorded at first contact). */
public enum LanguagePreference {
	ENGLISH, WELSH
}
