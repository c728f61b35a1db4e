"""End-to-end tests: `va-coach run` against the telegram-test-api emulator (see README.md)."""
