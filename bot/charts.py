"""The report chart: hours per day stacked by client, the daily capacity line, energy and stress.

Rendered with matplotlib's object API on the Agg canvas (no pyplot, no display, no global
state), so it is safe in a worker thread: call it through `asyncio.to_thread`.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

PALETTE = ("#4C72B0", "#DD8452", "#55A868", "#C44E52", "#8172B3", "#937860", "#DA8BC3", "#8C8C8C")


@dataclass
class ChartData:
    title: str
    day_labels: list[str]
    series: list[tuple[str, list[float]]]  # (client, hours per day)
    capacity_per_day: float | None
    energy: list[float | None]
    stress: list[float | None]
    labels: dict[str, str]  # hours, capacity, energy, stress, calls (translated)
    calls: list[int] | None = None  # calls logged per day (gatekeeper coach), shown above the bars


def render_png(data: ChartData, dpi: int = 100) -> bytes:
    # Imported on first use: matplotlib is a third of the bot's start-up time otherwise.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8, 4.5), dpi=dpi)
    FigureCanvasAgg(figure)
    axis = figure.add_subplot(1, 1, 1)
    positions = list(range(len(data.day_labels)))
    tops = _hours(axis, data, positions)
    _calls(axis, data, positions, tops)
    if data.capacity_per_day:
        axis.axhline(
            data.capacity_per_day,
            color="#333333",
            linestyle="--",
            linewidth=1,
            label=data.labels["capacity"],
        )
    axis.set_ylabel(data.labels["hours"])
    axis.set_ylim(0, max([12.0, *tops]) * 1.1)
    step = max(1, len(positions) // 16)
    axis.set_xticks(positions[::step], data.day_labels[::step], fontsize=8)
    axis.set_title(data.title)
    scale = _energy_and_stress(axis, data, positions)
    handles, names = axis.get_legend_handles_labels()
    more, more_names = scale.get_legend_handles_labels()
    if handles or more:
        axis.legend(handles + more, names + more_names, loc="upper left", fontsize=8, ncol=3)
    figure.tight_layout()
    buffer = BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _hours(axis, data: ChartData, positions: list[int]) -> list[float]:
    """Each client's hours stacked per day; returns the top of each day's stack."""
    bottom = [0.0] * len(positions)
    for index, (name, values) in enumerate(data.series):
        axis.bar(
            positions,
            values,
            bottom=bottom,
            label=name,
            color=PALETTE[index % len(PALETTE)],
            width=0.7,
        )
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    return bottom


def _calls(axis, data: ChartData, positions: list[int], tops: list[float]) -> None:
    """☎ and the number of calls logged above each day's bar, with a legend entry."""
    if not data.calls or not any(data.calls):
        return
    for x, count in zip(positions, data.calls, strict=True):
        if count:
            axis.annotate(
                f"☎ {count}",
                (x, tops[x]),
                xytext=(0, 3),
                textcoords="offset points",
                ha="center",
                fontsize=8,
                color="#333333",
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
            )
    axis.plot(
        [], [], linestyle="none", marker="$☎$", color="#333333", label=data.labels.get("calls", "")
    )


def _energy_and_stress(axis, data: ChartData, positions: list[int]):
    """Energy and stress (1–5) as lines on a second scale; returns that scale."""
    scale = axis.twinx()
    for values, key, color in (
        (data.energy, "energy", "#2CA02C"),
        (data.stress, "stress", "#D62728"),
    ):
        points = [(x, v) for x, v in zip(positions, values, strict=True) if v is not None]
        if points:
            xs, ys = zip(*points, strict=True)
            scale.plot(xs, ys, marker="o", color=color, linewidth=1.5, label=data.labels[key])
    scale.set_ylim(0.5, 5.5)
    scale.set_yticks([1, 2, 3, 4, 5])
    return scale
