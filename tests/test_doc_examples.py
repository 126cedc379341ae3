"""Every example in the docs is run: the pages are parsed here, so editing a page changes the test.

What is read, and from where (the notation is explained on each page):

- ``docs/rules/*.md``: a ```text block directly after ``<!-- example: KIND -->`` is an article;
  the ```text block right after it (only blank lines between), if any, lists the findings it
  gives with every rule selected, in the ``attribution check`` format; none means no finding
  and every claim sourced by its own sentence. Findings are compared as data: code, severity,
  line, column, message, the claim phrase, its status and its source's text and kind.
- ``docs/claims.md``: in the tables "Forms that are claims" and "Not claims" each cell item
  (items are separated by `` · ``) is a fragment whose claim tokens are in [brackets]: no
  bracket, no claim. A trailing ``*(...)*`` is a note, and enclosing double quotes are dropped.
  In "Fields", each item is ``fragment → value`` for the row's field. A ```text block after
  ``<!-- example: claims -->`` uses the same brackets over several lines.
- ```console blocks in README.md and docs/*.md: ``$ attribution ...`` lines are run in a copy
  of ``docs/examples/`` (plus any block the page marks ``<!-- file: NAME -->``), and the lines
  up to the next ``$`` must be exactly what the command prints on stdout.
- A ```json block after ``<!-- output of: COMMAND -->`` is that command's stdout, as JSON.
- A ```toml block holding ``[tool.attribution]`` must be a valid configuration.

Examples the engine still gets wrong are listed in ``KNOWN_FAILING`` and run as strict xfails:
when the engine is fixed the entry must go. Never edit an example to match wrong output.
"""

from __future__ import annotations

import json
import math
import re
import shlex
import shutil
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

import attribution
from attribution import RULES, Config
from attribution.cli import main

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
EXAMPLES = DOCS / "examples"
PAGES = [ROOT / "README.md", *sorted(DOCS.glob("*.md")), *sorted((DOCS / "rules").glob("*.md"))]

# Example id -> what the engine gets wrong. Keep it short: remove an entry once it passes.
KNOWN_FAILING: dict[str, str] = {}

FENCE = re.compile(r"^(`{3,}|~{3,})\s*([\w-]*)")
MARKER = re.compile(r"^<!--\s*(example|file|output of):\s*(.*?)\s*-->$")
FINDING = re.compile(
    r"^(?P<path>\S+):(?P<line>\d+):(?P<column>\d+): (?P<code>ATR\d{3}) "
    r"\[(?P<severity>\w+)\] (?P<message>.+)$"
)
BRACKET = re.compile(r"\[([^\[\]]+)\]")
NOTE = re.compile(r"\s*\*\([^*]*\)\*\s*$")
ITEM_SEP = " · "
ALL_RULES = Config.from_dict({"select": ["ALL"]})


# --- Markdown --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    page: Path
    line: int  # 1-based line of the opening fence
    info: str
    body: str
    marker: tuple[str, str] | None  # (kind, value) of a marker comment on the line before
    section: str  # the nearest heading above
    after_blank: bool  # only blank lines since the previous block closed

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def _blocks(page: Path) -> list[Block]:
    lines = page.read_text(encoding="utf-8").splitlines()
    out: list[Block] = []
    section, i, last_close = "", 0, -2
    while i < len(lines):
        stripped = lines[i].strip()
        if stripped.startswith("#") and not FENCE.match(stripped):
            section = stripped.lstrip("#").strip()
        m = FENCE.match(stripped)
        if not m:
            i += 1
            continue
        fence, info, start = m.group(1), m.group(2), i
        marker = MARKER.match(lines[i - 1].strip()) if i else None
        body = []
        i += 1
        while i < len(lines) and lines[i].strip() != fence:
            body.append(lines[i])
            i += 1
        between = lines[last_close + 1 : start]
        out.append(
            Block(
                page,
                start + 1,
                info,
                "\n".join(body),
                (marker.group(1), marker.group(2)) if marker else None,
                section,
                bool(out) and all(not s.strip() for s in between),
            )
        )
        last_close = i
        i += 1
    return out


def _table(page: Path, section: str) -> list[list[str]]:
    """Body rows of the first table under the ``## section`` heading, as lists of cells."""
    rows, inside = [], False
    for line in page.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            inside = line.lstrip("#").strip() == section
            continue
        if inside and line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split(" | ")])
        elif inside and rows:
            break
    assert len(rows) > 2, f"{page.name}: no table under '{section}'"
    return rows[2:]


def _xfail(example_id: str) -> list[pytest.MarkDecorator]:
    reason = KNOWN_FAILING.get(example_id)
    return [pytest.mark.xfail(strict=True, reason=f"engine: {reason}")] if reason else []


def _param(example_id: str, *values: object) -> object:
    return pytest.param(*values, id=example_id, marks=_xfail(example_id))


# --- rule pages -------------------------------------------------------------------------------


def _rule_examples() -> list[object]:
    params = []
    for page in sorted((DOCS / "rules").glob("ATR*.md")):
        blocks = _blocks(page)
        counts: dict[str, int] = {}
        for n, block in enumerate(blocks):
            if not block.marker or block.marker[0] != "example":
                continue
            kind = block.marker[1]
            counts[kind] = counts.get(kind, 0) + 1
            nxt = blocks[n + 1] if n + 1 < len(blocks) else None
            shown = None
            if nxt and nxt.marker is None and nxt.info == "text" and nxt.after_blank:
                shown = nxt.body
            example_id = f"{page.stem}-{kind}-{counts[kind]}"
            params.append(_param(example_id, block, shown))
    return params


RULE_EXAMPLES = _rule_examples()


def test_every_rule_page_has_examples() -> None:
    ids = {p.id for p in RULE_EXAMPLES}  # type: ignore[attr-defined]
    for rule in RULES:
        assert {f"{rule.code}-flag-1", f"{rule.code}-pass-1"} <= ids, rule.code


def _message_parts(rule: attribution.Rule, message: str) -> dict[str, str]:
    pattern = re.escape(rule.message).replace(r"\{token\}", "(?P<token>.+)")
    m = re.fullmatch(pattern.replace(r"\{source\}", "(?P<source>.+)"), message)
    assert m, f"message {message!r} is not in {rule.code}'s form {rule.message!r}"
    return m.groupdict()


@pytest.mark.parametrize(("block", "shown"), RULE_EXAMPLES)
def test_rule_page_example(block: Block, shown: str | None) -> None:
    kind = block.marker[1] if block.marker else ""
    report = attribution.check(block.body, config=ALL_RULES)
    assert report.claims, f"{block.where}: the example has no claim"
    if kind == "flag":
        assert shown, f"{block.where}: a flag example needs its findings in the next block"
    expected = []
    for line in (shown or "").splitlines():
        m = FINDING.match(line)
        assert m, f"{block.where}: {line!r} is not a finding line"
        expected.append(m)
    got = [(f.code, f.severity, f.line, f.column, f.message) for f in report.findings]
    want = [
        (m["code"], m["severity"], int(m["line"]), int(m["column"]), m["message"]) for m in expected
    ]
    assert got == want, f"{block.where}: findings differ"
    rules = {r.code: r for r in RULES}
    for finding, m in zip(report.findings, expected):
        claim = finding.claim
        parts = _message_parts(rules[finding.code], m["message"])
        assert block.body[claim.start : claim.end] == parts["token"]
        assert (finding.start, finding.end) == (claim.token.start, claim.token.end)
        if finding.code == "ATR001":
            assert (claim.status, claim.attributions) == ("unsourced", ())
            continue
        source_kind = {"ATR002": "vague", "ATR003": "anonymous", "ATR004": "named"}[finding.code]
        sources = [a.source.text for a in claim.attributions if a.kind == source_kind]
        assert parts["source"] in sources, f"{block.where}: sources are {claim.attributions}"
        if finding.code == "ATR004":
            assert claim.status == "carried"
            assert all(a.carried for a in claim.attributions)
        else:
            assert claim.status in ("sourced", "carried")
    if not expected:
        unsourced = [(c.text, c.status) for c in report.claims if c.status != "sourced"]
        assert not unsourced, f"{block.where}: not sourced by their own sentence: {unsourced}"


# --- claims.md --------------------------------------------------------------------------------

CLAIMS_PAGE = DOCS / "claims.md"


def _fragment(item: str) -> tuple[str, list[tuple[int, str]]]:
    """The fragment's text without brackets, and (offset, token) of each bracketed claim."""
    item = NOTE.sub("", item).strip()
    if len(item) > 1 and item[0] == item[-1] == '"':
        item = item[1:-1]
    text, tokens, pos = "", [], 0
    for m in BRACKET.finditer(item):
        text += item[pos : m.start()]
        tokens.append((len(text), m.group(1)))
        text += m.group(1)
        pos = m.end()
    return text + item[pos:], tokens


def _item_id(prefix: str, item: str) -> str:
    text, _ = _fragment(item.split(" → ")[0])
    return f"{prefix}:{text}"


def _claim_items() -> list[object]:
    params = []
    for section in ("Forms that are claims", "Not claims"):
        for row in _table(CLAIMS_PAGE, section):
            for item in row[1].split(ITEM_SEP):
                params.append(_param(_item_id("claims.md", item), item))
    for block in _blocks(CLAIMS_PAGE):
        if block.marker == ("example", "claims"):
            first = block.body.splitlines()[0]
            params.append(_param(_item_id("claims.md", first), block.body))
    return params


@pytest.mark.parametrize("item", _claim_items())
def test_claims_page_example(item: str) -> None:
    text, tokens = _fragment(item)
    got = [(c.token.start, c.text) for c in attribution.check(text).claims]
    assert got == tokens, f"{text!r}: claims {got}, the page shows {tokens}"


def _field_items() -> list[object]:
    params = []
    for row in _table(CLAIMS_PAGE, "Fields"):
        fields = re.findall(r"`(\w+)`", row[0])
        for item in filter(None, (i.strip() for i in row[2].split(ITEM_SEP))):
            assert " → " in item, f"claims.md Fields: {item!r} is not 'fragment → value'"
            params.append(_param(_item_id(f"claims.md-{','.join(fields)}", item), fields, item))
    return params


def _parse_value(value: str) -> object:
    value = value.strip().strip("`")
    if value in ("true", "false"):
        return value == "true"
    if value == "None":
        return None
    try:
        return float(value)
    except ValueError:
        return value


def _close(got: object, want: object) -> bool:
    if isinstance(want, float) and isinstance(got, (int, float)) and not isinstance(got, bool):
        return math.isclose(got, want, rel_tol=1e-3)
    return got == want


@pytest.mark.parametrize(("fields", "item"), _field_items())
def test_claims_page_field(fields: list[str], item: str) -> None:
    fragment, value = item.rsplit(" → ", 1)
    text, tokens = _fragment(fragment)
    assert len(tokens) == 1, f"{item!r}: mark the one claim token in brackets"
    claims = [c for c in attribution.check(text).claims if c.token.start == tokens[0][0]]
    assert [c.text for c in claims] == [tokens[0][1]], f"{text!r}: no claim {tokens[0][1]!r}"
    claim = claims[0]
    if fields == ["start", "end"]:  # the phrase, shown as its text
        got: object = text[claim.start : claim.end]
        assert got == value.strip("`"), f"{text!r}: the phrase is {got!r}, the page shows {value}"
        return
    for field, want in zip(fields, value.split(", "), strict=True):
        got = getattr(claim, field)
        got = got.text if hasattr(got, "text") else got
        assert _close(got, _parse_value(want)), (
            f"{text!r}: {field} is {got!r}, the page shows {want}"
        )


# --- commands: console, JSON and TOML blocks --------------------------------------------------


def _commands() -> list[object]:
    params = []
    for page in PAGES:
        files = {b.marker[1]: b.body for b in _blocks(page) if b.marker and b.marker[0] == "file"}
        for block in _blocks(page):
            name = page.relative_to(ROOT).as_posix()
            if block.info == "console":
                command, out = None, []
                for line in [*block.body.splitlines(), "$"]:
                    if line.startswith("$"):
                        if command:
                            params.append(
                                _param(f"{name}:{command}", command, "text", "\n".join(out), files)
                            )
                        command, out = line[1:].strip(), []
                    else:
                        out.append(line)
            elif block.marker and block.marker[0] == "output of":
                command = block.marker[1]
                params.append(_param(f"{name}:{command}", command, block.info, block.body, files))
    return params


COMMANDS = _commands()


def test_readme_sample_output_is_checked() -> None:
    assert any(p.id.startswith("README.md:attribution check") for p in COMMANDS)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("command", "info", "shown", "files"), COMMANDS)
def test_command_output(
    command: str, info: str, shown: str, files: dict[str, str], tmp_path, monkeypatch, capsys
) -> None:
    argv = shlex.split(command)
    assert argv[0] == "attribution", f"{command!r}: only attribution commands are run"
    shutil.copytree(EXAMPLES, tmp_path, dirs_exist_ok=True)
    for name, body in files.items():
        (tmp_path / name).write_text(body + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(argv[1:])
    out = capsys.readouterr().out
    if info == "json":
        assert json.loads(out) == json.loads(shown)
    else:
        assert out == shown + "\n"


def _toml_blocks() -> list[object]:
    return [
        pytest.param(block, id=f"{block.where}")
        for page in PAGES
        for block in _blocks(page)
        if block.info == "toml" and "[tool.attribution]" in block.body
    ]


@pytest.mark.parametrize("block", _toml_blocks())
def test_toml_example_is_a_valid_configuration(block: Block) -> None:
    table = tomllib.loads(block.body)["tool"]["attribution"]
    Config.from_dict(table)
