"""The say-no coach: five steps from a client's request to a reply worth sending."""
