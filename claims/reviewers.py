"""Who may record verdicts: the reviewer name of a call and the workspace's allowed list.

``reviewers = ["Anna Beispiel", "Ben Test"]`` in the workspace ``config.toml`` restricts
verdicts and status changes to those names (compared case-insensitively); an empty or
missing list lets anyone in. The CLI takes the name from ``--reviewer`` or ``CLAIMS_REVIEWER``;
the app from its login (``st.user``) or a name typed per session.
"""
from __future__ import annotations

import os

from claims.errors import UserError

MAX_NAME = 200


def allowed_reviewers(config: dict) -> list[str]:
    """The configured allowed reviewers (empty: anyone may review)."""
    names = config.get("reviewers") or []
    if isinstance(names, str):
        names = [names]
    return [str(n).strip() for n in names if str(n).strip()]


def default_reviewer() -> str | None:
    """The reviewer name from the environment (``CLAIMS_REVIEWER``), if set."""
    name = os.environ.get("CLAIMS_REVIEWER", "").strip()
    return name or None


def check_reviewer(config: dict, name: str | None) -> str | None:
    """The reviewer name to store: cleaned, checked against the allowed list.

    Returns the configured spelling when the list names the reviewer, ``None`` when no name
    was given and anyone may review; raises ``UserError`` otherwise.
    """
    cleaned = " ".join(str(name).split()) if name is not None else ""
    if len(cleaned) > MAX_NAME:
        raise UserError(f"reviewer name is longer than {MAX_NAME} characters")
    allowed = allowed_reviewers(config)
    if not allowed:
        return cleaned or None
    if not cleaned:
        raise UserError("this workspace only accepts verdicts from named reviewers: "
                        "give --reviewer NAME (or set CLAIMS_REVIEWER)")
    for candidate in allowed:
        if candidate.casefold() == cleaned.casefold():
            return candidate
    raise UserError(f"reviewer {cleaned!r} is not in this workspace's reviewers list "
                    f"({', '.join(allowed)})")
