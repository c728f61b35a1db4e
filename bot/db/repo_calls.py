"""Playbooks, call logs and practice sessions: functions taking the session and the user id,
never returning another user's rows."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.coach.playbook import calls_per_day
from bot.coach.schedule import zone_of
from bot.db.ids import is_row_id
from bot.db.models import Client, User, utcnow
from bot.db.models_calls import CallLog, Playbook, PracticeSession


async def playbook_for(session: AsyncSession, user_id: int, client: Client) -> Playbook:
    """The client's playbook, created empty on first use."""
    result = await session.execute(
        select(Playbook).where(Playbook.user_id == user_id, Playbook.client_id == client.id)
    )
    playbook = result.scalars().first()
    if playbook is None:
        playbook = Playbook(
            user_id=user_id,
            client_id=client.id,
            client_name=client.name,
            parts={},
            retry_days=2,
            revisions=0,
        )
        session.add(playbook)
        await session.flush()
    return playbook


async def get_playbook(session: AsyncSession, user_id: int, playbook_id: int) -> Playbook | None:
    if not is_row_id(playbook_id):
        return None
    playbook = await session.get(Playbook, playbook_id)
    return playbook if playbook is not None and playbook.user_id == user_id else None


async def find_playbook(session: AsyncSession, user_id: int, client_id: int) -> Playbook | None:
    result = await session.execute(
        select(Playbook).where(Playbook.user_id == user_id, Playbook.client_id == client_id)
    )
    return result.scalars().first()


async def save_parts(session: AsyncSession, playbook: Playbook, **changes: object) -> None:
    for name, value in changes.items():
        setattr(playbook, name, value)
    playbook.updated_at = utcnow()


async def add_call(session: AsyncSession, user_id: int, **fields: object) -> CallLog:
    call = CallLog(user_id=user_id, **fields)
    session.add(call)
    await session.flush()
    return call


async def get_call(session: AsyncSession, user_id: int, call_id: int) -> CallLog | None:
    if not is_row_id(call_id):
        return None
    call = await session.get(CallLog, call_id)
    return call if call is not None and call.user_id == user_id else None


async def recent_prospects(
    session: AsyncSession, user_id: int, client_id: int, limit: int = 6
) -> list[str]:
    result = await session.execute(
        select(CallLog.prospect, func.max(CallLog.created_at).label("last"))
        .where(CallLog.user_id == user_id, CallLog.client_id == client_id)
        .group_by(CallLog.prospect)
        .order_by(func.max(CallLog.created_at).desc())
        .limit(limit)
    )
    return [row.prospect for row in result]


async def attempts_not_reached(
    session: AsyncSession, user_id: int, client_id: int | None, prospect: str
) -> int:
    """Unreachable or voicemail calls to this prospect since the last time someone answered."""
    result = await session.execute(
        select(CallLog.outcome)
        .where(
            CallLog.user_id == user_id,
            CallLog.client_id == client_id,
            func.lower(CallLog.prospect) == prospect.lower(),
        )
        .order_by(CallLog.created_at.desc(), CallLog.id.desc())
    )
    count = 0
    for outcome in result.scalars():
        if outcome not in ("unreachable", "voicemail"):
            break
        count += 1
    return count


async def calls_between(
    session: AsyncSession, user_id: int, start: datetime, end: datetime
) -> list[CallLog]:
    result = await session.execute(
        select(CallLog)
        .where(CallLog.user_id == user_id, CallLog.created_at >= start, CallLog.created_at < end)
        .order_by(CallLog.created_at)
    )
    return list(result.scalars())


async def start_practice(
    session: AsyncSession, user_id: int, language: str, scenario: str, level: str
) -> PracticeSession:
    practice = PracticeSession(
        user_id=user_id, language=language, scenario=scenario, level=level, turns=[], status="open"
    )
    session.add(practice)
    await session.flush()
    return practice


async def get_practice(
    session: AsyncSession, user_id: int, practice_id: int
) -> PracticeSession | None:
    if not is_row_id(practice_id):
        return None
    practice = await session.get(PracticeSession, practice_id)
    return practice if practice is not None and practice.user_id == user_id else None


async def practice_scores(session: AsyncSession, user_id: int) -> list[int]:
    """Scores of finished sessions, oldest first."""
    result = await session.execute(
        select(PracticeSession.score)
        .where(
            PracticeSession.user_id == user_id,
            PracticeSession.status == "done",
            PracticeSession.score.is_not(None),
        )
        .order_by(PracticeSession.finished_at, PracticeSession.id)
    )
    return [score for score in result.scalars()]


async def clients_with_playbooks(session: AsyncSession, user_id: int) -> list[Client]:
    """The user's clients that have a playbook, by name."""
    result = await session.execute(
        select(Client)
        .join(Playbook, Playbook.client_id == Client.id)
        .where(Client.user_id == user_id, Playbook.user_id == user_id)
        .order_by(func.lower(Client.name))
    )
    return list(result.scalars().unique())


async def latest_call(
    session: AsyncSession, user_id: int, client_id: int | None, prospect: str
) -> CallLog | None:
    """The newest call to this prospect (for this client), or None."""
    result = await session.execute(
        select(CallLog)
        .where(
            CallLog.user_id == user_id,
            CallLog.client_id == client_id,
            func.lower(CallLog.prospect) == prospect.lower(),
        )
        .order_by(CallLog.created_at.desc(), CallLog.id.desc())
        .limit(1)
    )
    return result.scalars().first()


async def calls_per_local_day(
    session: AsyncSession, user: User, first: date, days: int
) -> list[int]:
    """Calls logged on each of `days` local days from `first` (for the week chart)."""
    zone = zone_of(user.timezone, user.language)
    span = [first + timedelta(days=index) for index in range(days)]
    start = datetime.combine(first, time(0, 0), tzinfo=zone)
    end = datetime.combine(first + timedelta(days=days), time(0, 0), tzinfo=zone)
    calls = await calls_between(session, user.id, start, end)
    moments = [
        c.created_at if c.created_at.tzinfo else c.created_at.replace(tzinfo=UTC) for c in calls
    ]
    return calls_per_day(moments, zone, span)
