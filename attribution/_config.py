"""Configuration, passed explicitly to :func:`attribution.check` (no global state).

:meth:`Config.from_dict` validates the ``[tool.attribution]`` table of a ``pyproject.toml``
(or a ``--config`` file): unknown keys, codes and severities raise :class:`ConfigError`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from ._ignore import compile_pattern, matches
from ._model import Severity
from ._rules import RULES, RULES_BY_CODE, RULES_BY_NAME, SEVERITIES


class ConfigError(ValueError):
    """A configuration value is not valid; the message says which and why."""


def _frozen(values: Iterable[str]) -> frozenset[str]:
    return frozenset(values)


def _tuple(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _default_select() -> frozenset[str]:
    return frozenset(r.code for r in RULES if r.enabled)


def _codes(values: Iterable[str], what: str) -> frozenset[str]:
    """Rule codes from codes, names or prefixes ("ATR", "ATR00", "ALL")."""
    if isinstance(values, str):
        raise ConfigError(f"{what}: expected a list of rule codes, got a string {values!r}")
    if not isinstance(values, Iterable):
        raise ConfigError(f"{what}: expected a list of rule codes, got {values!r}")
    out: set[str] = set()
    for value in values:
        if not isinstance(value, str):
            raise ConfigError(f"{what}: rule codes are strings, got {value!r}")
        key = value.strip()
        if key.upper() == "ALL":
            out.update(RULES_BY_CODE)
        elif key in RULES_BY_NAME:
            out.add(RULES_BY_NAME[key].code)
        else:
            matched = (
                {code for code in RULES_BY_CODE if code.startswith(key.upper())} if key else set()
            )
            if not matched:
                known = ", ".join(sorted(RULES_BY_CODE))
                raise ConfigError(f"{what}: unknown rule code {value!r} (known: {known})")
            out.update(matched)
    return frozenset(out)


def _severities(value: Mapping[str, str]) -> tuple[tuple[str, Severity], ...]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"severity: expected a table of CODE = severity, got {value!r}")
    out = []
    for key, sev in value.items():
        for code in sorted(_codes([key], "severity")):
            if sev not in SEVERITIES:
                raise ConfigError(
                    f"severity: {key!r} = {sev!r} is not one of {', '.join(SEVERITIES)}"
                )
            out.append((code, sev))
    return tuple(sorted(out))


@attrs.frozen
class Config:
    """How to check: which rules run, at what severity, and what never to flag."""

    select: frozenset[str] = attrs.field(factory=_default_select, converter=_frozen)
    """Rule codes that produce findings (default: every rule enabled by default)."""
    severity: tuple[tuple[str, Severity], ...] = ()
    """Per-rule severity overrides, as sorted ``(code, severity)`` pairs."""
    carry: bool = True
    """Whether attribution carries forward to the next sentences of a paragraph
    (docs/definitions.md, scope rule 4)."""
    allow: frozenset[str] = attrs.field(default=frozenset(), converter=_frozen)
    """Claim tokens or phrases never to flag, exactly as written ("100%", "50,000 people")."""
    min_severity: Severity = "info"
    """The linter reports only findings at this severity or above (the library ignores it)."""
    exclude: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    """Glob patterns of paths the linter skips when it walks a directory (library: ignored)."""
    fail_on: Severity = "warning"
    """The linter exits 1 only for a reported finding at this severity or above (library:
    ignored)."""
    per_file_ignores: tuple[tuple[str | None, str, frozenset[str]], ...] = ()
    """``(directory, pattern, codes)``: findings of ``codes`` are dropped in files whose path
    the gitignore-style ``pattern`` matches, relative to ``directory`` (the configuration
    file's; None: the current directory)."""
    force_exclude: bool = False
    """The linter applies :attr:`exclude` to paths named on its command line too."""
    respect_gitignore: bool = True
    """The linter skips what ``.gitignore`` files ignore when it walks a directory."""
    explain: bool = False
    """Whether reports name the rule behind every decision, as ``check(text, explain=True)``
    (set by ``attribution check --explain`` and for the HTML report; no pyproject.toml key)."""

    def severity_of(self, code: str) -> Severity:
        """The severity a rule's findings get under this configuration."""
        return dict(self.severity).get(code, RULES_BY_CODE[code].severity)

    def per_file_codes(self, path: str) -> frozenset[str]:
        """The codes :attr:`per_file_ignores` drops in the file at ``path``."""
        codes: set[str] = set()
        for directory, pattern, ignored in self.per_file_ignores:
            compiled = compile_pattern(pattern)
            if compiled is None:
                continue
            rel = os.path.relpath(os.path.abspath(path), os.path.abspath(directory or "."))
            rel = rel.replace(os.sep, "/")
            if not rel.startswith("../") and matches((compiled,), rel):
                codes |= ignored
        return frozenset(codes)

    def anchored(self, directory: str) -> Config:
        """This config with the :attr:`per_file_ignores` patterns it reads relative to the
        current directory read relative to ``directory`` (the configuration file's)."""
        return attrs.evolve(
            self,
            per_file_ignores=tuple(
                (d if d is not None else directory, p, c) for d, p, c in self.per_file_ignores
            ),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, base: Config | None = None) -> Config:
        """Build a config from a ``[tool.attribution]``-style table, on top of ``base``.

        Keys: ``select``, ``extend-select``, ``ignore`` (lists of codes, names or prefixes),
        ``severity`` (table code -> error/warning/info), ``carry`` (bool), ``allow`` (list of
        strings), ``min-severity`` and ``fail-on`` (error/warning/info), ``exclude`` and
        ``extend-exclude``
        (lists of glob patterns; ``exclude`` replaces the base's patterns, ``extend-exclude``
        adds to them). Anything else raises :class:`ConfigError`.
        """
        if not isinstance(data, Mapping):
            raise ConfigError(f"expected a table, got {type(data).__name__}")
        known = {
            "select",
            "extend-select",
            "ignore",
            "severity",
            "carry",
            "allow",
            "min-severity",
            "exclude",
            "extend-exclude",
            "fail-on",
            "per-file-ignores",
            "force-exclude",
            "respect-gitignore",
        }
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(
                f"unknown key(s) {', '.join(map(repr, unknown))}; known keys: "
                + ", ".join(sorted(known))
            )
        config = base if base is not None else cls()
        severity = dict(config.severity)
        if "severity" in data:
            severity.update(_severities(data["severity"]))
        allow = set(config.allow)
        if "allow" in data:
            values = data["allow"]
            if not isinstance(values, (list, tuple, set, frozenset)) or not all(
                isinstance(v, str) for v in values
            ):
                raise ConfigError(f"allow: expected a list of strings, got {values!r}")
            allow.update(values)
        exclude = list(config.exclude)
        if "exclude" in data:
            exclude = _patterns(data["exclude"], "exclude")
        if "extend-exclude" in data:
            exclude += _patterns(data["extend-exclude"], "extend-exclude")
        per_file = list(config.per_file_ignores)
        if "per-file-ignores" in data:
            per_file += _per_file_ignores(data["per-file-ignores"])
        return cls(
            select=_selection(data, config.select),
            severity=tuple(sorted(severity.items())),
            carry=_flag(data, "carry", config.carry),
            allow=frozenset(allow),
            min_severity=_level(data, "min-severity", config.min_severity),
            exclude=tuple(exclude),
            fail_on=_level(data, "fail-on", config.fail_on),
            per_file_ignores=tuple(per_file),
            force_exclude=_flag(data, "force-exclude", config.force_exclude),
            respect_gitignore=_flag(data, "respect-gitignore", config.respect_gitignore),
            explain=config.explain,
        )


def _selection(data: Mapping[str, Any], base: frozenset[str]) -> frozenset[str]:
    """The rule codes ``select``, ``extend-select`` and ``ignore`` leave, from ``base``."""
    select = set(base)
    if "select" in data:
        select = set(_codes(data["select"], "select"))
    if "extend-select" in data:
        select |= _codes(data["extend-select"], "extend-select")
    if "ignore" in data:
        select -= _codes(data["ignore"], "ignore")
    return frozenset(select)


def _flag(data: Mapping[str, Any], key: str, default: bool) -> bool:
    """The boolean ``data[key]``, else ``default``."""
    if key not in data:
        return default
    if not isinstance(data[key], bool):
        raise ConfigError(f"{key}: expected true or false, got {data[key]!r}")
    return bool(data[key])


def _level(data: Mapping[str, Any], key: str, default: Severity) -> Severity:
    """The severity ``data[key]``, else ``default``."""
    if key not in data:
        return default
    if data[key] not in SEVERITIES:
        raise ConfigError(f"{key}: {data[key]!r} is not one of {', '.join(SEVERITIES)}")
    return data[key]  # type: ignore[no-any-return]


def _per_file_ignores(value: Any) -> list[tuple[str | None, str, frozenset[str]]]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"per-file-ignores: expected a table of GLOB = [CODES], got {value!r}")
    out: list[tuple[str | None, str, frozenset[str]]] = []
    for pattern, codes in value.items():
        if not isinstance(pattern, str) or compile_pattern(pattern) is None:
            raise ConfigError(f"per-file-ignores: {pattern!r} is not a file pattern")
        out.append((None, pattern, _codes(codes, f"per-file-ignores {pattern!r}")))
    return out


def _patterns(values: Any, what: str) -> list[str]:
    if isinstance(values, str) or not isinstance(values, (list, tuple)):
        raise ConfigError(f"{what}: expected a list of glob patterns, got {values!r}")
    if not all(isinstance(v, str) and v for v in values):
        raise ConfigError(f"{what}: patterns are non-empty strings, got {values!r}")
    return list(values)
