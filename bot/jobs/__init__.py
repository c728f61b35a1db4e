"""Work on a clock rather than on an update: scheduled messages and data retention."""
