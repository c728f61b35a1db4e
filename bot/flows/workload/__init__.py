"""Workload: the daily check-in, /log, reports, warnings, the self-check and /pause."""
