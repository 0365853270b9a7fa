package org.redbox.documents;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where documents are kept ({@code redbox.documents.*}): a local folder by default. Every node
 * of a cluster must see the same folder (or, later, the same S3-compatible bucket).
 */
@ConfigurationProperties("redbox.documents")
public record DocumentSettings(@DefaultValue("./data/documents") Path root) {
}
