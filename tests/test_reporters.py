"""Output formats: the registry, and each format's contract."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

import attribution
from attribution import Config
from attribution._lint import FileResult, check_source
from attribution._model import Claim, Finding, Report, Span
from attribution._reporters import REPORTERS, RenderOptions, render
from attribution._reporters.github import escape_data, escape_property
from attribution._reporters.sarif import artifact_uri

TESTS = Path(__file__).resolve().parent
REPORT_SCHEMA = TESTS.parent / "attribution" / "schema" / "report.schema.json"
SARIF_SCHEMA = TESTS / "fixtures" / "sarif-schema-2.1.0.json"

TEXT = "Rebels seized 412 rifles in the raid.\nThe convoy carried 96 crates, a guard said.\n"


def sample_results() -> list[FileResult]:
    ok = check_source(TEXT, "news/a.txt", "text", Config())
    assert ok.findings, "precondition: the engine flags a figure here"
    clean = check_source("No figures at all here.\n", "news/b.txt", "text", Config())
    broken = FileResult("news/c.txt", error="not valid UTF-8 (byte 0xff at byte offset 3)")
    return [ok, clean, broken]


def synthetic(message: str = "m", severity: str = "warning", path: str = "a.txt") -> FileResult:
    token = Span(4, 7, "412")
    claim = Claim(start=4, end=7, token=token, kind="count")
    f = Finding("ATR001", "unsourced-claim", severity, message, 4, 7, 1, 5, 1, 8, claim)  # type: ignore[arg-type]
    report = Report(text="The 412 men.", claims=(claim,), findings=(f,))
    return FileResult(
        path,
        text=report.text,
        source=report.text,
        report=report,
        findings=(f,),
        kind="text",
        claims=(claim,),
    )


def test_registry_offers_every_format():
    assert set(REPORTERS) == {"text", "concise", "json", "sarif", "github", "html"}
    assert REPORTERS["html"].takes_options is False


# --- text and concise -------------------------------------------------------------------------

LINE = re.compile(
    r"^(?P<path>.+):(?P<line>\d+):(?P<col>\d+): (?P<code>ATR\d{3}) "
    r"\[(?P<sev>error|warning|info)\] (?P<msg>.+)$"
)


def headers(out: list[str]) -> list[str]:
    """The first line of each finding in the text format (the excerpts under them dropped)."""
    return [line for line in out if LINE.match(line)]


def test_text_lines_and_summary():
    results = sample_results()
    out = render("text", results).splitlines()
    findings = results[0].findings
    assert len(headers(out)) == len(findings)
    for line, f in zip(headers(out), findings, strict=True):
        m = LINE.match(line)
        assert m, line
        assert (m["path"], int(m["line"]), int(m["col"]), m["code"], m["sev"], m["msg"]) == (
            "news/a.txt",
            f.line,
            f.column,
            f.code,
            f.severity,
            f.message,
        )
    n = len(findings)
    assert out[-1].startswith(f"Found {n} finding{'s' if n != 1 else ''} (")
    assert out[-1].endswith(" in 2 files. 1 file could not be checked.")


@pytest.mark.parametrize(
    ("severities", "summary"),
    [
        ([], "No findings in 1 file."),
        (["warning"], "Found 1 finding (1 warning) in 1 file."),
        (["warning", "warning"], "Found 2 findings (2 warnings) in 1 file."),
        (["error", "info", "info"], "Found 3 findings (1 error, 2 info) in 1 file."),
    ],
)
def test_text_summary_wording(severities, summary):
    base = synthetic()
    findings = tuple(
        Finding(
            **{
                **{
                    a: getattr(base.findings[0], a)
                    for a in (
                        "code",
                        "name",
                        "message",
                        "start",
                        "end",
                        "line",
                        "column",
                        "end_line",
                        "end_column",
                        "claim",
                    )
                },
                "severity": s,
            }
        )
        for s in severities
    )
    result = FileResult(
        "a.txt", text=base.text, source=base.source, report=base.report, findings=findings
    )
    assert render("text", [result]).splitlines()[-1] == summary


def test_text_quiet_and_statistics():
    results = sample_results()
    quiet = render("text", results, RenderOptions(quiet=True)).splitlines()
    assert len(headers(quiet)) == len(results[0].findings)
    assert not any(line.startswith(("Found", "No findings")) for line in quiet)
    stats = render("text", results, RenderOptions(statistics=True, quiet=True)).splitlines()
    table = [line for line in stats[len(quiet) :] if line]  # after a blank line
    codes = {f.code for f in results[0].findings}
    assert len(table) == len(codes)
    for row in table:
        count, code, name = row.split()
        assert int(count) == sum(1 for f in results[0].findings if f.code == code)
        assert name == attribution._rules.RULES_BY_CODE[code].name


def test_concise():
    results = sample_results()
    out = render("concise", results).splitlines()
    assert out == [
        f"news/a.txt:{f.line}:{f.column}: {f.code} {f.message}" for f in results[0].findings
    ]


# --- JSON -------------------------------------------------------------------------------------


def test_json_matches_schema_and_findings():
    results = sample_results()
    data = json.loads(render("json", results))
    jsonschema.validate(data, json.loads(REPORT_SCHEMA.read_text(encoding="utf-8")))
    assert data["version"] == 2
    assert data["tool"] == {"name": "attribution", "version": attribution.__version__}
    assert [f["path"] for f in data["files"]] == ["news/a.txt", "news/b.txt", "news/c.txt"]
    a, b, c = data["files"]
    assert [
        (f["code"], f["line"], f["column"], f["start"], f["end"], f["text"]) for f in a["findings"]
    ] == [
        (f.code, f.line, f.column, f.start, f.end, f.claim.token.text) for f in results[0].findings
    ]
    for claim in a["claims"]:
        assert TEXT[claim["start"] : claim["end"]] == claim["text"]
    assert b["findings"] == [] and b["error"] is None
    assert c["error"].startswith("not valid UTF-8") and c["kind"] is None
    summary = data["summary"]
    assert summary["files"] == 3 and summary["checked"] == 2 and summary["errors"] == 1
    assert summary["findings"] == len(results[0].findings) == sum(summary["by_code"].values())


def test_json_schema_rejects_a_wrong_document():
    schema = json.loads(REPORT_SCHEMA.read_text(encoding="utf-8"))
    data = json.loads(render("json", sample_results()))
    data["version"] = 1  # an older version is not this schema
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


# --- SARIF ------------------------------------------------------------------------------------


def test_sarif_is_valid_and_complete():
    results = sample_results()
    data = json.loads(render("sarif", results))
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(data)
    run = data["runs"][0]
    assert data["version"] == "2.1.0"
    assert run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.code for r in attribution.RULES]
    for rule, meta in zip(rules, attribution.RULES, strict=True):
        assert rule["name"] == meta.name
        assert (
            rule["shortDescription"]["text"]
            and rule["fullDescription"]["text"]
            and rule["help"]["text"]
        )
        assert rule["defaultConfiguration"]["level"] == {"info": "note"}.get(
            meta.severity, meta.severity
        )
    findings = results[0].findings
    assert len(run["results"]) == len(findings)
    for result, f in zip(run["results"], findings, strict=True):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == f.code
        assert result["level"] == {"info": "note"}.get(f.severity, f.severity)
        loc = result["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"] == "news/a.txt"
        region = loc["region"]
        assert (
            region["startLine"],
            region["startColumn"],
            region["endLine"],
            region["endColumn"],
        ) == (f.line, f.column, f.end_line, f.end_column)
        assert (
            TEXT[region["charOffset"] : region["charOffset"] + region["charLength"]]
            == f.claim.token.text
        )
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error" and "news/c.txt" in note["message"]["text"]


def test_sarif_info_is_note_and_success_without_errors():
    data = json.loads(render("sarif", [synthetic(severity="info")]))
    run = data["runs"][0]
    assert run["results"][0]["level"] == "note"
    assert run["invocations"][0]["executionSuccessful"] is True
    assert run["invocations"][0]["toolExecutionNotifications"] == []


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("a.txt", "a.txt"),
        ("dir/my file.md", "dir/my%20file.md"),
        ("/abs/x.txt", "file:///abs/x.txt"),
    ],
)
def test_sarif_uri(path, uri):
    assert artifact_uri(path) == uri


# --- GitHub -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "data", "prop"),
    [
        ("plain", "plain", "plain"),
        ("100%", "100%25", "100%25"),
        ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
        ("a:b,c", "a:b,c", "a%3Ab%2Cc"),
        ("%0A", "%250A", "%250A"),
    ],
)
def test_github_escaping(raw, data, prop):
    assert escape_data(raw) == data
    assert escape_property(raw) == prop


def test_github_commands_exact():
    out = render("github", [synthetic("claim '50%: a\nb'", path="dir/a,b:c.txt")])
    assert out == (
        "::warning file=dir/a%2Cb%3Ac.txt,line=1,col=5,endLine=1,endColumn=8,"
        "title=ATR001 unsourced-claim::claim '50%25: a%0Ab'\n"
    )


@pytest.mark.parametrize(
    ("severity", "command"), [("error", "error"), ("warning", "warning"), ("info", "notice")]
)
def test_github_severity_commands(severity, command):
    assert render("github", [synthetic(severity=severity)]).startswith(f"::{command} ")


def test_github_file_errors_are_annotations():
    out = render("github", [FileResult("x.txt", error="permission denied")])
    assert out == "::error file=x.txt,title=attribution::permission denied\n"


def test_every_format_handles_no_results():
    for name in ("text", "concise", "json", "sarif", "github"):
        assert isinstance(render(name, []), str)


def test_documented_json_example_matches_the_schema():
    doc = (TESTS.parent / "docs" / "json-schema.md").read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)\n```", doc, re.S)
    assert example is not None
    schema = json.loads(REPORT_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(example.group(1)), schema)
