"""The main menu, /help, and whatever arrives outside any flow."""
