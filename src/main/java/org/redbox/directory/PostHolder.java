package org.redbox.directory;

/** Who held a principal's post on a day, as a letter's signature block names them. */
public record PostHolder(String name, String post) {
}
