"""What every flow shows: button codecs and message splitting."""
