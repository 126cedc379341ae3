"""``.gitignore`` patterns, for the directory walk (and the ``per-file-ignores`` globs).

The common syntax of gitignore(5): blank lines and ``#`` comments; ``!`` negates (the last
matching pattern decides); a trailing ``/`` matches directories only; a ``/`` at the start or
in the middle anchors the pattern to its file's directory, otherwise it matches at any depth;
``*``, ``?`` and ``[...]`` do not match ``/``; ``**/`` matches any number of directories,
``/**`` everything inside. ``\\`` escapes a leading ``#`` or ``!`` and trailing spaces.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence

import attrs


@attrs.frozen
class Pattern:
    """One gitignore pattern, compiled."""

    text: str
    """The pattern as written (without a trailing newline)."""
    regex: re.Pattern[str]
    """Matches a ``/``-separated path relative to the pattern's base directory."""
    negate: bool
    """``!pattern``: a match re-includes the path."""
    directory_only: bool
    """``pattern/``: matches directories only."""


def _translate(body: str) -> str:
    """The regex source for a glob body (no leading ``/``, no trailing ``/``)."""
    out: list[str] = []
    i, n = 0, len(body)
    while i < n:
        if body.startswith("**/", i) and (i == 0 or body[i - 1] == "/"):
            out.append("(?:.*/)?")  # zero or more directories
            i += 3
            continue
        if body.startswith("**", i) and (i == 0 or body[i - 1] == "/") and i + 2 == n:
            out.append(".*")  # everything inside
            i += 2
            continue
        c = body[i]
        if c == "*":
            while i + 1 < n and body[i + 1] == "*":
                i += 1  # other runs of asterisks are a single '*' (gitignore(5))
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            end = body.find("]", i + 2 if body[i + 1 : i + 2] in ("!", "^", "]") else i + 1)
            if end == -1:
                out.append(re.escape(c))
            else:
                inner = body[i + 1 : end]
                if inner[:1] in ("!", "^"):
                    inner = "^" + inner[1:]
                out.append("[" + inner.replace("\\", "\\\\") + "]")
                i = end
        elif c == "\\" and i + 1 < n:
            i += 1
            out.append(re.escape(body[i]))
        else:
            out.append(re.escape(c))
        i += 1
    return "".join(out)


def compile_pattern(line: str) -> Pattern | None:
    """The pattern of one ``.gitignore`` line, or None for a blank line or a comment."""
    text = line.rstrip("\r\n")
    if not text or text.startswith("#"):
        return None
    # Trailing spaces are dropped unless escaped with a backslash.
    stripped = text.rstrip(" ")
    if stripped.endswith("\\") and len(stripped) < len(text):
        stripped += " "
    body = stripped
    negate = body.startswith("!")
    if negate or body.startswith(("\\!", "\\#")):
        body = body[1:]
    directory_only = body.endswith("/")
    body = body.rstrip("/")
    if not body:
        return None
    anchored = "/" in body
    body = body.lstrip("/")
    prefix = "" if anchored else "(?:.*/)?"
    # A match also covers everything below a matched directory ("below").
    regex = re.compile(prefix + _translate(body) + "(?P<below>/.*)?")
    return Pattern(text, regex, negate, directory_only)


def compile_lines(lines: Iterable[str]) -> tuple[Pattern, ...]:
    """The patterns of a ``.gitignore`` file's lines."""
    return tuple(p for p in map(compile_pattern, lines) if p is not None)


def decide(patterns: Sequence[Pattern], path: str, is_dir: bool) -> bool | None:
    """True (ignored), False (re-included by a ``!`` pattern) or None (no pattern matches)
    for ``path``, relative to the patterns' directory and ``/``-separated."""
    verdict: bool | None = None
    for p in patterns:
        m = p.regex.fullmatch(path)
        if m is None or (p.directory_only and not is_dir and m.group("below") is None):
            continue
        verdict = not p.negate
    return verdict


def matches(patterns: Sequence[Pattern], path: str, is_dir: bool = False) -> bool:
    """Whether ``patterns`` ignore ``path`` (relative, ``/``-separated)."""
    return decide(patterns, path, is_dir) is True


@attrs.frozen
class IgnoreFile:
    """The patterns of one ``.gitignore``, and the directory they are relative to."""

    directory: str
    """Absolute path of the directory holding the file."""
    patterns: tuple[Pattern, ...]
    """Its patterns, in file order."""


def read_ignore_file(directory: str) -> IgnoreFile | None:
    """The ``.gitignore`` of ``directory`` (absolute), if it has a readable one."""
    try:
        with open(os.path.join(directory, ".gitignore"), encoding="utf-8", errors="replace") as f:
            patterns = compile_lines(f)
    except OSError:
        return None
    return IgnoreFile(directory, patterns) if patterns else None


def ancestors(root: str) -> list[IgnoreFile]:
    """The ``.gitignore`` files that apply to ``root`` (absolute) from above it, outermost
    first: those of its parent directories up to the top of the git work tree holding it
    (none outside a work tree, as git reads none there)."""
    chain: list[str] = []
    current = root
    while not os.path.exists(os.path.join(current, ".git")):
        parent = os.path.dirname(current)
        if parent == current:
            return []
        chain.append(parent)
        current = parent
    found = (read_ignore_file(d) for d in reversed(chain))
    return [ignore for ignore in found if ignore is not None]


def ignored(stack: Sequence[IgnoreFile], path: str, is_dir: bool) -> bool:
    """Whether the ``.gitignore`` files in ``stack`` (outermost first) ignore the absolute
    ``path``: the last matching pattern decides, a deeper file's over a shallower one's."""
    verdict: bool | None = None
    for ignore in stack:
        prefix = ignore.directory.rstrip(os.sep) + os.sep
        if not path.startswith(prefix):
            continue
        rel = path[len(prefix) :].replace(os.sep, "/")
        decision = decide(ignore.patterns, rel, is_dir)
        if decision is not None:
            verdict = decision
    return verdict is True
