"""Sample data for every template: tests render each with these (several variants where a
template branches)."""

PROFILE_SUMMARY = {
    "name": "Anna", "language": "de", "timezone": "Europe/Berlin", "checkin": "17:30",
    "capacity": 40, "clients": ["Acme GmbH", "Müller & Söhne"],
}  # fmt: skip
EMPTY_SUMMARY = {**PROFILE_SUMMARY, "name": None, "timezone": None, "clients": []}

SAMPLES: dict[str, list[dict]] = {
    "profile/welcome": [{"first_name": "Anna"}],
    "profile/ask_name": [{"current": None, "settings": False}, {"current": "Anna", "settings": True}],
    "profile/ask_timezone": [{"current": None, "settings": False}, {"current": "Europe/Vienna", "settings": True}],
    "profile/ask_checkin": [{"current": "17:30"}],
    "profile/ask_capacity": [{"current": 40}],
    "profile/ask_clients": [{"clients": []}, {"clients": ["Acme GmbH"]}, {"clients": ["A", "B", "C"]}],
    "profile/ask_register": [{"client": "Acme GmbH"}],
    "profile/ask_language": [{}],
    "profile/summary": [PROFILE_SUMMARY, EMPTY_SUMMARY],
    "profile/settings": [{"saved": False, **PROFILE_SUMMARY}, {"saved": True, **EMPTY_SUMMARY}],
    "profile/done": [{"first_name": "Anna", **PROFILE_SUMMARY}, {"first_name": "Ben", **EMPTY_SUMMARY}],
    "menu/main": [{"first_name": "Anna", "welcome_back": False}, {"first_name": "Anna", "welcome_back": True}],
    "menu/help": [{}],
    "menu/privacy": [{}],
    "clients/list": [
        {"note": None, "clients": [], "total": 0, "german": True},
        {"note": "Saved.", "clients": [{"name": "Acme", "register": "sie"}, {"name": "Bea", "register": "du"}], "total": 2, "german": True},
        {"note": None, "clients": [{"name": "Acme", "register": "sie"}], "total": 1, "german": False},
    ],
    "clients/client": [{"note": None, "name": "Acme", "register": "sie"}, {"note": "Saved.", "name": "Bea", "register": "du"}],
}
