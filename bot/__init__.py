"""VA Coach: a Telegram coach for freelance virtual assistants."""
