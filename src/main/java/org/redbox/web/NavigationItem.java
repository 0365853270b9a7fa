package org.redbox.web;

/** A link in the service navigation, shown to the roles that can use it. */
public record NavigationItem(String label, String href) {
}
