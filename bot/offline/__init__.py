"""The bot without Telegram: an offline Bot API, a chat driver for tests, and the terminal console."""
