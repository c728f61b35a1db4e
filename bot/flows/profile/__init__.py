"""Onboarding, /settings and /clients: who the VA is and whom they work for."""
