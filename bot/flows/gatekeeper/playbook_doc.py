"""A playbook as documents: Markdown (always) and PDF (fpdf2 with matplotlib's DejaVuSans, so
umlauts and dashes print), rendered off the event loop."""

from __future__ import annotations

import logging
import os
from io import BytesIO

from telegram import InputFile, Update

from bot.coach.playbook import PARTS, checklist, open_questions
from bot.context import CoachContext
from bot.db.models_calls import Playbook
from bot.db.unit import in_thread
from bot.i18n import Translator

log = logging.getLogger(__name__)


def markdown(tr: Translator, playbook: Playbook) -> str:
    """The playbook as Markdown; parts not written yet say so."""
    texts = tr.data("gatekeeper")
    todo = tr.label("not written yet")
    heading = tr.label("Call playbook: {client}", client=playbook.client_name)
    target_label = tr.label("Target group")
    target = texts["targets"].get(playbook.target or "")
    lines = [f"# {heading}", "", f"**{target_label}:** {target or todo}", ""]
    for key in PARTS:
        lines += [f"## {texts['parts'][key]['title']}", ""]
        text = (playbook.parts.get(key) or "").strip()
        if key == "data" and text:
            lines += [f"- [ ] {item}" for item in checklist(text)]
        else:
            lines += [text or f"_{todo}_"]
        lines.append("")
    questions = open_questions(playbook.parts)
    if questions:
        open_label = tr.label("Open questions for the client")
        lines += [f"## {open_label}", ""]
        lines += [f"- {question}" for question in questions]
        lines.append("")
    lines += [
        "---",
        tr.label(
            "Not legal advice: ask the client who owns the list whether the calls are allowed "
            "(UWG § 7; for consumers, documented consent, § 7a)."
        ),
    ]
    return "\n".join(lines) + "\n"


def font_path() -> str:
    import matplotlib

    return os.path.join(matplotlib.get_data_path(), "fonts", "ttf", "DejaVuSans.ttf")


def pdf_bytes(text: str) -> bytes:
    """A plain PDF of the Markdown text: headings bold-sized, everything else as written."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.add_page()
    pdf.add_font("DejaVu", "", font_path())
    for line in text.splitlines():
        size, body = 11, line
        if line.startswith("# "):
            size, body = 17, line[2:]
        elif line.startswith("## "):
            size, body = 13, line[3:]
            pdf.ln(2)
        elif line.startswith("- [ ] "):
            body = "☐ " + line[6:]
        body = body.replace("**", "").strip("_") if body.startswith(("_", "**")) else body
        pdf.set_font("DejaVu", size=size)
        if body.strip() == "---":
            pdf.ln(3)
            continue
        pdf.multi_cell(0, size * 0.5, body or " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def file_stem(name: str) -> str:
    safe = "".join(ch if ch.isalnum() else "-" for ch in name).strip("-").lower()
    return f"playbook-{safe or 'client'}"


async def send_documents(update: Update, context: CoachContext, playbook: Playbook) -> str | None:
    """Send the Markdown file and the PDF; returns a note for the overview when the PDF failed."""
    tr = context.tr
    text = markdown(tr, playbook)
    stem = file_stem(playbook.client_name)
    chat_id = update.effective_chat.id
    await context.bot.send_document(
        chat_id,
        InputFile(BytesIO(text.encode()), filename=f"{stem}.md"),
        caption=tr.gettext("Your playbook as Markdown: opens in any editor."),
    )
    try:
        pdf = await in_thread(pdf_bytes, text)
    except Exception:
        log.exception("rendering the playbook PDF failed")
        return tr.gettext("The PDF did not work this time; the Markdown file has everything.")
    await context.bot.send_document(
        chat_id,
        InputFile(BytesIO(pdf), filename=f"{stem}.pdf"),
        caption=tr.gettext("The same as PDF, to print or share with your client."),
    )
    return None
