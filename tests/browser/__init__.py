"""Browser tests: Playwright and Debian's Chromium against the built handbook (marker `browser`)."""
