package org.redbox.intake.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.springframework.web.multipart.MultipartFile;

/** The first step of logging post: which office it came to, and the scan. */
record ScanForm(@NotNull(message = "Select the office the letter was sent to") UUID office, MultipartFile scan) {
}
