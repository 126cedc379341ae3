"""Streaming: results come one file at a time, reporters write as they go, workers send back
only what the format needs, and the output is the same as rendering everything at once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import attribution
from attribution import Config, _lint
from attribution._lint import DETAILS, FileResult, Target, check_source, collect, iter_check
from attribution._model import Claim, Finding, Report, Span
from attribution._reporters import REPORTERS, render
from attribution._reporters import json as json_reporter
from attribution._reporters import sarif as sarif_reporter
from attribution.cli import main

ARTICLE = "Rebels seized 412 rifles in the raid.\nThe convoy carried 96 crates of shells.\n"
MARKDOWN = "# News\n\nThe *army* said 40 soldiers died.\n\nAnother 300 were hurt.\n"


def results() -> list[FileResult]:
    config = Config()
    return [
        check_source(ARTICLE, "news/a.txt", "text", config),
        check_source("No figures here.\n", "news/b.txt", "text", config),
        FileResult("news/c.txt", error="not valid UTF-8 (byte 0xff at byte offset 3)"),
        check_source(MARKDOWN, "news/d é,:.md", "markdown", config),
        check_source(ARTICLE.replace("\n", "\r\n"), "news/e.txt", "text", config),
    ]


def synthetic(message: str) -> FileResult:
    token = Span(4, 7, "412")
    claim = Claim(start=4, end=7, token=token, kind="count")
    f = Finding("ATR001", "unsourced-claim", "warning", message, 4, 7, 1, 5, 1, 8, claim)
    report = Report(text="The 412 men.", claims=(claim,), findings=(f,))
    return FileResult(
        "x.txt", text=report.text, source=report.text, report=report, findings=(f,), claims=(claim,)
    )


@pytest.mark.parametrize("module", [json_reporter, sarif_reporter], ids=["json", "sarif"])
@pytest.mark.parametrize(
    "pick",
    [
        lambda rs: [],
        lambda rs: rs[:1],
        lambda rs: rs[1:3],
        lambda rs: rs[2:3],
        lambda rs: rs,
        lambda rs: rs * 120,  # more than one batch of SARIF results
        lambda rs: [synthetic('quote " back\\slash\nnew line \u2028 \x00 é')],
    ],
    ids=["none", "one", "clean-and-error", "error-only", "all", "many", "escapes"],
)
def test_streamed_json_is_one_dump(module, pick):
    chosen = pick(results())
    name = module.__name__.rsplit(".", 1)[1]
    expected = json.dumps(module.to_data(chosen), indent=2, ensure_ascii=False) + "\n"
    assert render(name, chosen) == expected


@pytest.mark.parametrize("name", sorted(REPORTERS))
def test_reporters_read_only_what_they_keep(name):
    full = results() + [synthetic("m")]
    slim = [r.slim(REPORTERS[name].keep) for r in full]
    assert render(name, slim) == render(name, full)


def test_slim_drops_the_details_and_keeps_the_rest():
    full = results()[0]
    slim = full.slim()
    assert (slim.text, slim.source, slim.report, slim.claims) == (None, None, None, ())
    assert slim.findings == full.findings and slim.findings[0].claim is full.findings[0].claim
    assert (slim.path, slim.kind, slim.warnings, slim.suppressed, slim.error) == (
        full.path,
        full.kind,
        full.warnings,
        full.suppressed,
        full.error,
    )
    assert full.slim(DETAILS) is full
    some = full.slim(("source", "claims"))
    assert (some.source, some.claims, some.text, some.report) == (
        full.source,
        full.claims,
        None,
        None,
    )


@pytest.fixture
def tree(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d").mkdir()
    for i in range(7):
        (tmp_path / "d" / f"f{i}.txt").write_text(ARTICLE * (i % 3 + 1), encoding="utf-8")
    (tmp_path / "d" / "g.md").write_text(MARKDOWN, encoding="utf-8")
    (tmp_path / "d" / "bad.txt").write_bytes(b"40 \xff")
    return tmp_path


def test_iter_check_is_lazy_and_in_order(tree, monkeypatch):
    calls: list[str] = []
    real = _lint.check_path

    def spy(path, config, *rest):
        calls.append(path)
        return real(path, config, *rest)

    monkeypatch.setattr(_lint, "check_path", spy)
    items = [*collect(["d", "missing.txt"])]
    results = iter_check(items, Config(), keep=())
    first = next(results)
    assert calls == [first.path] == ["d/bad.txt"]
    rest = list(results)
    # The missing file's error stays in its place, after the files.
    assert [r.path for r in [first, *rest]] == [i.path for i in items]
    assert rest[-1].error == "no such file or directory"
    assert all(r.source is None and r.report is None for r in rest)


def test_parallel_results_equal_serial(tree):
    items = collect(["d"])
    for keep in ((), ("source", "claims"), DETAILS):
        serial = list(iter_check(items, Config(), keep=keep))
        parallel = list(iter_check(items, Config(), jobs=2, keep=keep))
        assert parallel == serial


def test_closing_early_stops_the_workers(tree):
    results = iter_check(collect(["d"]), Config(), jobs=2, keep=())
    assert next(results).path == "d/bad.txt"
    results.close()  # must not hang or raise


def test_cli_writes_each_file_before_checking_the_next(tree, monkeypatch, capsys):
    written: list[str] = []
    real = _lint.check_path

    def spy(path, config, *rest):
        written.append(capsys.readouterr().out)
        return real(path, config, *rest)

    monkeypatch.setattr(_lint, "check_path", spy)
    assert main(["check", "--isolated", "--format", "concise", "d"]) == 2
    # By the time f1.txt is checked, f0.txt's findings are out.
    names = sorted(p.name for p in Path("d").iterdir())
    at_f1 = "".join(written[: names.index("f1.txt") + 1])
    assert "d/f0.txt:1:" in at_f1 and "d/f1.txt" not in at_f1


def test_output_file_in_a_walked_directory_is_not_checked(tree, capsys):
    report = tree / "d" / "report.txt"
    report.write_text("Officials said nothing. About 70 people came.\n", encoding="utf-8")
    assert main(["check", "--isolated", "--format", "concise", "d", "-o", str(report)]) == 2
    out = report.read_text(encoding="utf-8")
    assert "d/f0.txt:1:" in out and "d/report.txt" not in out  # never its own report
    assert out.endswith("\n") and capsys.readouterr().out == ""


def test_library_check_all_still_returns_full_results(tree):
    results = _lint.check_all(collect(["d"]), Config())
    ok = [r for r in results if r.error is None]
    assert ok and all(r.report is not None and r.source is not None for r in ok)
    assert [r.path for r in results] == [t.path for t in collect(["d"]) if isinstance(t, Target)]
    assert attribution.check(ARTICLE).findings
