"""Sample data for every template: tests render each with these (several variants where a
template branches)."""

from types import SimpleNamespace

from bot.coach.say_no import NoAnswers
from bot.coach.tone import check_reply

PROFILE_SUMMARY = {
    "name": "Anna",
    "language": "de",
    "timezone": "Europe/Berlin",
    "checkin": "17:30",
    "capacity": 40,
    "clients": ["Acme GmbH", "Müller & Söhne"],
}
EMPTY_SUMMARY = {**PROFILE_SUMMARY, "name": None, "timezone": None, "clients": []}


NO = NoAnswers(
    request="Could you also redo the slides by tomorrow?",
    category="urgent",
    client_name="Acme GmbH",
    alternative="smaller",
)
NO_PLAIN = NoAnswers(request="x")
DRAFT_ROW = SimpleNamespace(
    client_name="Acme GmbH", answers={"request": "Could you also redo the slides " * 5}
)
SAY_NO_STEPS = [
    "request",
    "client",
    "new_client",
    "new_register",
    "channel",
    "check_want",
    "check_time",
    "check_energy",
    "all_yes",
    "terms",
    "empathy",
    "empathy_own",
    "clarify",
    "reason",
    "reason_own",
    "expect",
    "needs",
    "alternative",
    "alt_text",
    "alt_date",
    "alt_gender",
    "change",
    "done",
    "clarify_done",
    "rate_check",
]
STEP_SAMPLE = {
    "request": "Could you also redo the slides by tomorrow?",
    "openers": ["One.", "Two.", "Three."],
    "questions": ["A?", "B?", "C?"],
}

HELP_HERE = {
    "name": "X",
    "doctor": "<b>116 117</b>",
    "lines": "<b>142</b>",
    "emergency": "<b>112</b>",
}
SAMPLES: dict[str, list[dict]] = {
    **{
        f"say_no/{step}": [{"answers": NO, **STEP_SAMPLE}, {"answers": NO_PLAIN, **STEP_SAMPLE}]
        for step in SAY_NO_STEPS
    },
    "say_no/resume": [
        {"drafts": [DRAFT_ROW, SimpleNamespace(client_name=None, answers={"request": "short"})]}
    ],
    "say_no/draft_header": [
        {"answers": NO, "kind": "say_no"},
        {"answers": NO_PLAIN, "kind": "accept"},
    ],
    "history/list": [{"count": 0}, {"count": 3}],
    "check/ask": [{}],
    "check/result": [
        {
            "result": check_reply("Thanks for asking! Sadly that's impossible, sorry, sorry."),
            "elements": [
                ("Empathy", check_reply("Thanks!").elements["empathy"]),
                ("Reason", check_reply("x").elements["reason"]),
            ],
            "fix": "Offer an alternative.",
            "cut": True,
        },
        {
            # a plain yes: the line that says why no "no" is asked for
            "result": check_reply("Yes, I can cover Sunday. You'll have the list by Friday."),
            "elements": [("Expectations", check_reply("x").elements["expectations"])],
            "fix": "A clear, friendly yes.",
            "cut": False,
        },
        {
            "result": check_reply("Merci beaucoup pour votre message, je ne peux pas."),
            "elements": [],
            "fix": "",
            "cut": False,
        },
    ],
    "privacy/export.md": [
        {
            "data": {"users": [{"id": 1, "display_name": "Anna", "timezone": None}], "clients": []},
            "labels": {"users": "Settings"},
        }
    ],
    "privacy/delete_confirm": [{}],
    "privacy/deleted": [{}],
    "profile/welcome": [{"first_name": "Anna"}],
    "profile/ask_name": [
        {"current": None, "settings": False},
        {"current": "Anna", "settings": True},
    ],
    "profile/ask_timezone": [
        {"current": None, "settings": False},
        {"current": "Europe/Vienna", "settings": True},
    ],
    "profile/ask_checkin": [{"current": "17:30"}],
    "profile/ask_capacity": [{"current": 40}],
    "profile/ask_clients": [
        {"clients": []},
        {"clients": ["Acme GmbH"]},
        {"clients": ["A", "B", "C"]},
    ],
    "profile/ask_register": [{"client": "Acme GmbH"}],
    "profile/ask_language": [{}],
    "profile/ask_workdays": [{}],
    "profile/summary": [PROFILE_SUMMARY, EMPTY_SUMMARY],
    "profile/settings": [{"saved": False, **PROFILE_SUMMARY}, {"saved": True, **EMPTY_SUMMARY}],
    "profile/done": [
        {"first_name": "Anna", **PROFILE_SUMMARY},
        {"first_name": "Ben", **EMPTY_SUMMARY},
    ],
    "menu/main": [
        {"first_name": "Anna", "welcome_back": False},
        {"first_name": "Anna", "welcome_back": True},
    ],
    "menu/help": [{}],
    "menu/privacy": [{"retention_days": 180}],
    "clients/list": [
        {"note": None, "clients": [], "total": 0},
        {
            "note": "Saved.",
            "clients": [
                {"name": "Acme", "register": "sie", "contact": "Dr. Anna Hoffmann"},
                {"name": "Bea", "register": "du", "contact": None},
            ],
            "total": 2,
        },
    ],
    "clients/client": [
        {
            "note": None,
            "name": "Acme",
            "register": "sie",
            "contact": "Dr. Anna Hoffmann",
            "address": "frau",
            "titled": True,
            "salutation": "Guten Tag Frau Dr. Hoffmann,",
        },
        {
            "note": "Saved.",
            "name": "Bea",
            "register": "du",
            "contact": None,
            "address": "",
            "titled": False,
            "salutation": None,
        },
    ],
    "clients/ask_contact": [
        {
            "added": "“Acme” is added.",
            "client": "Acme",
            "current": None,
            "editing": False,
            "sie": True,
            "self_contact": None,
        },
        {
            "added": None,
            "client": "Priya Shah",
            "current": "Dr. Priya Shah",
            "editing": True,
            "sie": False,
            "self_contact": None,
        },
        {
            "added": None,
            "client": "Lena Weber",
            "current": None,
            "editing": False,
            "sie": False,
            "self_contact": {"full": "Lena Weber"},
        },
    ],
    "clients/ask_address": [
        {"name": "Dr. Anna Hoffmann", "contact": {"first": "Anna", "last": "Hoffmann"}},
        {"name": "Hoffmann", "contact": {"first": "", "last": "Hoffmann"}},
    ],
}

# --- workload: check-ins, /log, warnings, reports, self-check ------------------------------------
_DAY = "Friday, 14 March"
SAMPLES.update(
    {
        "checkin/ask_hours": [
            {
                "note": None,
                "day": _DAY,
                "client": None,
                "position": 1,
                "count": 0,
                "current": None,
                "unassigned": None,
                "logged": None,
            },
            {
                "note": "Hours cannot be negative.",
                "day": _DAY,
                "client": "Acme GmbH",
                "position": 2,
                "count": 3,
                "current": "4",
                "unassigned": None,
                "logged": None,
            },
            {
                "note": None,
                "day": _DAY,
                "client": "Bea",
                "position": 1,
                "count": 1,
                "current": None,
                "unassigned": None,
                "logged": "6,5",
            },
            {
                "note": None,
                "day": _DAY,
                "client": "Bea",
                "position": 1,
                "count": 2,
                "current": None,
                "unassigned": "6",
                "logged": "6",
            },
        ],
        "checkin/ask_scale": [
            {"what": "e", "day": _DAY, "hours": "8", "energy": None},
            {"what": "s", "day": _DAY, "hours": "0", "energy": 3},
        ],
        "checkin/ask_note": [{"day": _DAY}],
        "checkin/done": [
            {
                "day": _DAY,
                "is_today": True,
                "hours": "8,5",
                "day_off": False,
                "per_client": [("Acme", "6"), ("Bea", "2,5")],
                "energy": 3,
                "stress": 4,
                "note": "Long call <b>",
            },
            {
                "day": _DAY,
                "is_today": False,
                "hours": "0",
                "day_off": True,
                "per_client": [],
                "energy": None,
                "stress": None,
                "note": None,
            },
        ],
        "checkin/crisis": [
            {"here": HELP_HERE, "everywhere": [HELP_HERE]},
            {"here": None, "everywhere": [HELP_HERE, HELP_HERE]},
        ],
        "workload/logged": [  # /log: a first entry, one added, one replaced, a day off
            {
                "day": "Thu 3 Dec",
                "client": client,
                "entry": "1,5",
                "hours": "3,5",
                "previous": "2",
                "how": how,
                "total": total,
                "day_off": False,
            }
            for how in ("new", "added", "replaced")
            for client, total in (("Acme", "6"), (None, None))
        ]
        + [
            {
                "day": "Thu 3 Dec",
                "client": None,
                "entry": "0",
                "hours": "0",
                "previous": None,
                "how": "new",
                "total": None,
                "day_off": True,
            }
        ],
        "workload/log_which_client": [{"hours": "0,75", "day": "Thu 3 Dec"}],
        "checkin/pause_ask": [{}],
        "checkin/paused": [
            {
                "last": "Sunday, 31 August",
                "back": "Monday, 1 September",
                "next": "Monday, 1 September",
            },
            {
                "last": "Saturday, 30 August",
                "back": "Sunday, 31 August",
                "next": "Monday, 1 September",
            },
        ],
        "checkin/resumed": [
            {"was_paused": True, "next": _DAY, "time": "17:30"},
            {"was_paused": False, "next": _DAY, "time": "09:00"},
        ],
        "workload/warning": [
            {
                "rule": rule,
                "since": _DAY,
                "value": "56",
                "limit": "55",
                "client": client,
                "actions": actions,
            }
            for rule in (
                "who55",
                "long_day",
                "eu48",
                "streak7",
                "capacity",
                "energy_low",
                "stress_rising",
            )
            for client, actions in ((None, ["boundaries", "dayoff"]), ("Acme", ["sayno", "dayoff"]))
        ],
        "workload/boundaries": [{"register": "sie"}, {"register": "du"}],
        "workload/day_off_planned": [{"day": _DAY}],
        "report/summary": [
            {
                "kind": "week",
                "title": "Week of Monday, 10 March",
                "total": "42,5",
                "capacity": "40",
                "per_client": [("Acme", "30"), ("Bea", "12,5")],
                "longest": (_DAY, "11"),
                "days_off": 2,
                "since": None,
                "trend": 120,
                "trend_hours": "2",
                "energy": "3,2",
                "stress": "3",
                "empty": False,
            },
            {
                "kind": "month",
                "title": "March 2025",
                "total": "0",
                "capacity": "177",
                "per_client": [],
                "longest": None,
                "days_off": 31,
                "since": None,
                "trend": -60,
                "trend_hours": "1",
                "energy": None,
                "stress": None,
                "empty": False,
            },
            {
                "kind": "week",
                "title": "Week of Monday, 9 March",
                "total": "12,5",
                "capacity": "40",
                "per_client": [("Acme", "12,5")],
                "longest": (_DAY, "8"),
                "days_off": 0,
                "since": _DAY,
                "trend": None,
                "trend_hours": "0",
                "energy": None,
                "stress": None,
                "empty": False,
            },
            {
                "kind": "week",
                "title": "Week",
                "total": "0",
                "capacity": "40",
                "per_client": [],
                "longest": None,
                "days_off": 7,
                "since": None,
                "trend": 0,
                "trend_hours": "0",
                "energy": None,
                "stress": None,
                "empty": True,
            },
        ],
        "selfcheck/intro": [{"credit": "Copenhagen Burnout Inventory"}],
        "selfcheck/care": [
            {"here": HELP_HERE, "everywhere": [HELP_HERE], "client": "Acme"},
            {"here": None, "everywhere": [HELP_HERE, HELP_HERE], "client": None},
        ],
        "selfcheck/item": [
            {
                "number": 1,
                "count": 13,
                "question": "Do you feel worn out at the end of the working day?",
            }
        ],
        "selfcheck/result": [
            {
                "work": "80",
                "client": "45",
                "work_level": "high",
                "client_level": "low",
                "work_trend": "up",
                "client_trend": "same",
                "earlier": [("60", "40")],
                "high": True,
                "credit": "CBI",
            },
            {
                "work": "55",
                "client": "20",
                "work_level": "notable",
                "client_level": "low",
                "work_trend": None,
                "client_trend": None,
                "earlier": [],
                "high": False,
                "credit": "CBI",
            },
            {
                "work": "10",
                "client": "20",
                "work_level": "low",
                "client_level": "low",
                "work_trend": "down",
                "client_trend": "down",
                "earlier": [("30", "30"), ("20", "25")],
                "high": False,
                "credit": "CBI",
            },
        ],
    }
)

# --- reply templates: /replies and /mytemplates --------------------------------------------------
from markupsafe import Markup  # noqa: E402

_TITLE = "Push a deadline"
SAMPLES.update(
    {
        "library/browse": [
            {"note": None, "query": None, "count": 0, "category": None},
            {
                "note": "That template no longer exists.",
                "query": "rate",
                "count": 2,
                "category": None,
            },
            {"note": None, "query": "<b>qqq", "count": 0, "category": None},
            {"note": None, "query": None, "count": 0, "category": "Money & time"},
        ],
        "library/ask_client": [
            {"note": None, "title": _TITLE},
            {"note": "Please use the buttons above.", "title": "<i>Own"},
        ],
        "library/ask_register": [{"note": None, "title": _TITLE}],
        "library/ask_shape": [{"note": None, "title": _TITLE}],
        "library/ask_field": [
            {
                "note": None,
                "title": _TITLE,
                "prompt": Markup("What is the new date?"),
                "kind": "date",
                "position": 2,
                "count": 2,
            },
            {
                "note": "Too long.",
                "title": _TITLE,
                "prompt": Markup("Which task? For example <i>newsletter</i>."),
                "kind": "title",
                "position": 1,
                "count": 2,
            },
            {
                "note": None,
                "title": _TITLE,
                "prompt": "How quickly?",
                "kind": "choice",
                "position": 1,
                "count": 1,
            },
            {
                "note": None,
                "title": "Mine",
                "prompt": Markup("What goes into <b>task</b>?"),
                "kind": "own",
                "position": 1,
                "count": 3,
            },
        ],
        "library/filled": [
            {
                "note": None,
                "title": _TITLE,
                "client": "Acme GmbH",
                "shape": "email",
                "register": "sie",
            },
            {"note": None, "title": "Mine", "client": None, "shape": None, "register": None},
            {"note": "Saved.", "title": _TITLE, "client": "Bea", "shape": "chat", "register": "du"},
        ],
        "mytemplates/list": [
            {"note": None, "count": 0, "page": 0, "pages": 1, "bot": "va_coach_bot"},
            {
                "note": "Template deleted.",
                "count": 200,
                "page": 3,
                "pages": 25,
                "bot": "va_coach_bot",
            },
            {"note": None, "count": 3, "page": 0, "pages": 1, "bot": "va_coach_bot"},
        ],
        "mytemplates/show": [
            {
                "note": "Saved.",
                "name": "Deadline moved",
                "source": "Hi there, the slides come on Friday.",
                "asked": [],
                "auto": [],
            },
            {
                "note": None,
                "name": "<b>Evil",
                "source": "<script>x</script>",
                "asked": ["task", "day"],
                "auto": ["client", "me"],
            },
        ],
        "mytemplates/ask_text": [
            {"note": None, "name": None, "help": "Write the reply.", "example": "Hi there."},
            {
                "note": "The braces at character 3 are empty.",
                "name": "Deadline moved",
                "help": "Write it.",
                "example": "Hi.",
            },
        ],
        "mytemplates/ask_name": [
            {"note": None, "current": None},
            {"note": "Taken.", "current": "Deadline moved"},
        ],
        "mytemplates/confirm_delete": [{"name": "Deadline moved"}],
    }
)

# --- gatekeeper coach: practice --------------------------------------------------------------------
from bot.coach.roleplay import Progress  # noqa: E402

_SCENARIO = {
    "title": "Time tracking",
    "brief": "You call Berger Joinery.",
    "receptionist": "Ms Lenz",
}
_NOTE = {"good": False, "text": "Feedback lie.", "quote": "", "model": ""}
_NOTES = [
    _NOTE | {"quote": "He's expecting <my> call.", "model": "I'm calling for <Jungblut>."},
    {"good": True, "text": "Feedback contact.", "quote": "", "model": ""},
]
SAMPLES.update(
    {
        "gatekeeper/practice_start": [
            {"progress": Progress(0, None, None, None)},
            {"progress": Progress(1, 60, 60, None)},
            {"progress": Progress(4, 80, 90, 55)},
        ],
        "gatekeeper/practice_level": [{"scenario": _SCENARIO}],
        "gatekeeper/practice_line": [
            {
                "note": None,
                "first": True,
                "scenario": _SCENARIO,
                "lines": ["Berger Joinery, Ms Lenz speaking."],
            },
            {
                "note": "The receptionist is waiting.",
                "first": False,
                "scenario": _SCENARIO,
                "lines": ["I'm Ms Lenz.", "And what is it about?"],
            },
        ],
        "gatekeeper/practice_feedback": [
            {
                "scenario": _SCENARIO,
                "lines": ["I'll put you through."],
                "outcome": outcome,
                "score": 75,
                "turns": [("Hello. He's expecting <my> call.", _NOTES), ("x" * 200, [_NOTE])],
                "call": [_NOTE | {"text": "Feedback polite.", "model": "Good morning."}],
                "progress": Progress(3, 75, 90, 60),
            }
            for outcome in ("connected", "contact", "callback", "email", "declined", "stopped")
        ]
        + [
            {
                "scenario": _SCENARIO,
                "lines": [],
                "outcome": "stopped",
                "score": 0,
                "turns": [],
                "call": [],
                "progress": Progress(0, None, None, None),
            }
        ],
    }
)

# --- gatekeeper coach: playbook, call card, call log, week --------------------------------------------
from bot.coach.playbook import PARTS as _PARTS  # noqa: E402
from bot.coach.playbook import call_stats as _call_stats  # noqa: E402

_PART_TEXTS = {
    key: {"title": f"Part {key}", "why": "It matters.", "example": "An <example>."}
    for key in _PARTS
}
_CALL = SimpleNamespace(
    prospect="Berger <GmbH>",
    client_name="Acme & Co",
    outcome="callback",
    receptionist="Ms Lenz",
    note="Ask for Mr Kolb.",
    next_step="Send the brochure",
)
_CALL_BARE = SimpleNamespace(
    prospect="Berger",
    client_name="Acme",
    outcome="declined",
    receptionist=None,
    note=None,
    next_step=None,
)
SAMPLES.update(
    {
        "gatekeeper/law_note": [{}],
        "gatekeeper/playbook_client": [{}],
        "gatekeeper/playbook_overview": [
            {
                "note": "Saved.",
                "client": "Acme & Co",
                "target": None,
                "parts": _PART_TEXTS,
                "order": _PARTS,
                "filled": {},
                "gaps": ["target", *_PARTS],
                "questions": ["Do you <work> with small teams?"],
            },
            {
                "note": None,
                "client": "Acme",
                "target": "Businesses",
                "parts": _PART_TEXTS,
                "order": _PARTS,
                "filled": {},
                "gaps": [],
                "questions": [],
            },
        ],
        "gatekeeper/playbook_part": [
            {"part": _PART_TEXTS["reason"], "current": None, "client": "Acme"},
            {"part": _PART_TEXTS["data"], "current": "Name\nEmail <x>", "client": "Acme"},
        ],
        "gatekeeper/playbook_target": [
            {"client": "Acme", "target": None},
            {"client": "Acme", "target": "consumer"},
        ],
        "gatekeeper/playbook_revise": [{"client": "Acme"}],
        "gatekeeper/playbook_answer": [{"client": "Acme", "question": "Is there a <trial>?"}],
        "gatekeeper/call_card": [
            {
                "client": "Acme",
                "target": target,
                "parts": {
                    "reason": "We train <sales> teams.",
                    "opening": "Hello",
                    "voicemail": "Hi",
                    "exit": "Thanks",
                },
                "about": "Training.",
                "checklist": ["Name", "Email"],
                "gaps": [],
            }
            for target in ("business", "consumer")
        ]
        + [
            {
                "client": "Acme",
                "target": None,
                "parts": {},
                "about": None,
                "checklist": [],
                "gaps": ["target", *_PARTS],
            }
        ],
        "gatekeeper/calls_week": [
            {"stats": _call_stats([]), "monday": "Mon, 9 Mar"},
            {
                "stats": _call_stats(
                    ["declined"] * 9 + ["appointment"] * 2 + ["reached", "referred", "callback"]
                ),
                "monday": "Mon, 9 Mar",
            },
            {"stats": _call_stats(["appointment"]), "monday": "Mon, 9 Mar"},
        ],
        "gatekeeper/followup": [
            {
                "call": _CALL,
                "outcome": "Call back agreed",
                "called": "Tue, 10 Mar, 15:00",
                "kind": "callback",
            },
            {
                "call": _CALL_BARE,
                "outcome": "Not reached",
                "called": "Tue, 10 Mar, 15:00",
                "kind": "unreachable",
            },
        ],
        "gatekeeper/calllog_ask": [
            {
                "step": step,
                "client": "Acme & Co",
                "prospect": prospect,
                "recent": prospect is not None,
            }
            for step in (
                "client",
                "outcome",
                "callback_at",
                "prospect",
                "receptionist",
                "note",
                "next",
            )
            for prospect in (None, "Berger")
        ]
        + [
            {
                "step": "callback_check",
                "client": "Acme & Co",
                "prospect": None,
                "recent": False,
                "when": "Tue 17 Mar, 11:00",
            }
        ],
        "gatekeeper/calllog_done": [
            {
                "call": _CALL,
                "outcome_label": "Call back agreed",
                "followup": "Wed, 11 Mar, 09:00",
                "alternative": False,
                "attempts": 0,
                "alternative_text": None,
                "week": _call_stats(["callback"]),
            },
            {
                "call": _CALL_BARE,
                "outcome_label": "Receptionist declined",
                "followup": None,
                "alternative": False,
                "attempts": 0,
                "alternative_text": None,
                "week": _call_stats(["declined"] * 3),
            },
            {
                "call": _CALL_BARE,
                "outcome_label": "Not reached",
                "followup": None,
                "alternative": True,
                "attempts": 3,
                "alternative_text": "Email <info@x>",
                "week": _call_stats(["unreachable"]),
            },
            {
                "call": _CALL_BARE,
                "outcome_label": "Not reached",
                "followup": None,
                "alternative": True,
                "attempts": 3,
                "alternative_text": None,
                "week": _call_stats(["unreachable"]),
            },
        ],
    }
)
