"""/check: a reply the VA wrote, checked for the five elements of a positive no."""
