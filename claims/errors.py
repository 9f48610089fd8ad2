"""Errors a user can cause (bad input, unknown ids, a busy workspace).

The CLI prints them as one line and exits 2; the UI shows them as a message.
"""


class UserError(Exception):
    """A problem with what the user asked for or gave us, told in one sentence."""
