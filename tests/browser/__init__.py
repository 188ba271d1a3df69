"""Browser tests: Testigo as residents use it, in a real Chromium."""
