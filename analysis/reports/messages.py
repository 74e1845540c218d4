"""How the report runner speaks to people: its error, one-line reasons, paths shown relative, values in HTML.

Every problem a user can cause ends as one line (textacy's "bail out rather than guess", said in one line);
paths in messages, the index and the reports are relative to the working directory whenever possible, so
that no report shows where this machine keeps its files.
"""

from __future__ import annotations

import html
import json
import os
from pathlib import Path

__all__ = ["ReportError", "one_line", "shown", "escape_value"]


class ReportError(RuntimeError):
    """A report cannot be planned; the message is one line (or one line per problem) for the user."""


def one_line(error) -> str:
    """An exception (or error text) as one line of at most 300 characters.

    Args:
        error: an exception, or the text of one (papermill's ``evalue``).

    Returns:
        The message with every run of white space made one space; the class name when it is empty.

    >>> one_line(ValueError("the input\\n  is broken")), one_line(KeyError())
    ('the input is broken', 'KeyError')
    """
    text = " ".join(str(error).split()) or error.__class__.__name__
    return text if len(text) < 300 else text[:297] + "..."


def shown(path) -> str:
    """A path as shown to people: relative to the working directory (never absolute when avoidable).

    Args:
        path: a path, absolute or relative.

    Returns:
        A relative path as given; an absolute one relative to the working directory, or only its last part
        when that would climb more than one folder.

    >>> shown("notebooks/00-overview.ipynb"), shown(os.path.join(os.getcwd(), "reports.toml"))
    ('notebooks/00-overview.ipynb', 'reports.toml')
    """
    path = str(path)
    if not os.path.isabs(path):
        return path
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return Path(path).name
    return relative if not relative.startswith(f"..{os.sep}..") else Path(path).name


def escape_value(value) -> str:
    """A parameter or provenance value as escaped HTML text (``$`` too, so no math typesetting applies).

    Args:
        value: text, or any JSON value (shown as JSON).

    Returns:
        Escaped HTML; ``(empty)`` for empty text.

    >>> escape_value("<b>$5</b>"), escape_value(["a", 1]), escape_value("")
    ('&lt;b&gt;&#36;5&lt;/b&gt;', '[&quot;a&quot;, 1]', '(empty)')
    """
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return html.escape(text).replace("$", "&#36;") if text != "" else "(empty)"
