"""The command line, in process: main(argv) for every format, option and error path."""

from __future__ import annotations

import builtins
import io
import json
import re
import sys

import pytest

import attribution
from attribution import cli
from attribution._lint import check_source
from attribution.cli import main

ARTICLE = "Rebels seized 412 rifles in the raid.\nThe convoy carried 96 crates of shells.\n"


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def expected(source: str = ARTICLE, kind: str = "text"):
    result = check_source(source, "a.txt", kind, attribution.Config())
    assert result.findings, "precondition: the engine flags a figure in ARTICLE"
    return result.findings


def run(capsys, *argv: str) -> tuple[int, str, str]:
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


HEADER = re.compile(r"^\S+:\d+:\d+: ATR\d{3} \[(error|warning|info)\] ")


def headers(out: str) -> list[str]:
    """The first line of each finding in the text format (the excerpts under them dropped)."""
    return [line for line in out.splitlines() if HEADER.match(line)]


def assert_one_line_error(err: str) -> None:
    assert err.count("\n") == 1, err
    assert "Traceback" not in err


# --- basics -----------------------------------------------------------------------------------


def test_version(capsys):
    rc, out, _ = run(capsys, "--version")
    assert rc == 0 and out.strip() == f"attribution {attribution.__version__}"


def test_help(capsys):
    rc, out, _ = run(capsys, "check", "--help")
    assert rc == 0 and "--format" in out and "--stdin-filename" in out


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["lint"],
        ["check", "--bogus"],
        ["check", "--format", "xml"],
        ["check", "--jobs", "x"],
        ["check", "--jobs", "-1"],
    ],
)
def test_usage_errors_exit_2_with_one_line(capsys, workdir, argv):
    rc, out, err = run(capsys, *argv)
    assert rc == 2 and out == ""
    assert_one_line_error(err)
    assert err.startswith("attribution")


@pytest.mark.parametrize("fmt", ["text", "concise", "json", "sarif", "github"])
def test_every_format_exit_1_on_findings(capsys, workdir, fmt):
    rc, out, err = run(capsys, "check", "--isolated", "a.txt", "--format", fmt)
    assert rc == 1 and err == ""
    findings = expected()
    if fmt == "text":
        assert headers(out) == [
            f"a.txt:{f.line}:{f.column}: {f.code} [{f.severity}] {f.message}" for f in findings
        ]
    elif fmt == "concise":
        assert len(out.splitlines()) == len(findings)
    elif fmt == "json":
        assert [(f["line"], f["column"]) for f in json.loads(out)["files"][0]["findings"]] == [
            (f.line, f.column) for f in findings
        ]
    elif fmt == "sarif":
        assert len(json.loads(out)["runs"][0]["results"]) == len(findings)
    else:
        assert all(line.startswith("::") for line in out.splitlines())


def test_exit_0_without_findings(capsys, workdir):
    (workdir / "b.txt").write_text("Nothing to count here.\n", encoding="utf-8")
    rc, out, _ = run(capsys, "check", "--isolated", "b.txt")
    assert rc == 0 and out == "No findings in 1 file.\n"


def test_exit_zero(capsys, workdir):
    rc, out, _ = run(capsys, "check", "--isolated", "--exit-zero", "a.txt")
    assert rc == 0 and "a.txt:" in out


def test_quiet(capsys, workdir):
    rc, out, _ = run(capsys, "check", "--isolated", "-q", "a.txt")
    assert rc == 1 and len(headers(out)) == len(expected())
    assert "Found" not in out


def test_statistics_text_and_json(capsys, workdir):
    rc, out, _ = run(capsys, "check", "--isolated", "--statistics", "a.txt")
    codes = {f.code for f in expected()}
    assert sum(
        1 for line in out.splitlines() if line.split()[1:2] and line.split()[1] in codes
    ) >= len(codes)
    rc, out, err = run(capsys, "check", "--isolated", "--statistics", "--format", "json", "a.txt")
    json.loads(out)  # stdout stays valid JSON
    assert {line.split()[1] for line in err.splitlines()} == codes


def test_output_file(capsys, workdir):
    rc, out, _ = run(
        capsys, "check", "--isolated", "a.txt", "--format", "json", "-o", "report.json"
    )
    assert rc == 1 and out == ""
    data = json.loads((workdir / "report.json").read_text(encoding="utf-8"))
    assert data["files"][0]["path"] == "a.txt"


def test_output_file_unwritable(capsys, workdir):
    rc, _, err = run(capsys, "check", "--isolated", "a.txt", "-o", str(workdir))
    assert rc == 2
    assert_one_line_error(err)


# --- inputs -----------------------------------------------------------------------------------


def test_directory_walk_is_recursive_sorted_and_filtered(capsys, workdir):
    for rel in ["d/z.md", "d/b/a.html", "d/b/c.htm", "d/a.txt", "d/x.markdown", "d/.hidden.txt",
                "d/.git/x.txt", "d/skip.py", "d/drafts/y.txt"]:  # fmt: skip
        path = workdir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            "<p>Quiet.</p>" if rel.endswith(("html", "htm")) else "Quiet.\n", encoding="utf-8"
        )
    rc, out, _ = run(capsys, "check", "--isolated", "d", "--format", "json", "--exclude", "drafts")
    paths = [f["path"].replace("\\", "/") for f in json.loads(out)["files"]]
    assert paths == ["d/a.txt", "d/x.markdown", "d/z.md", "d/b/a.html", "d/b/c.htm"]
    kinds = [f["kind"] for f in json.loads(out)["files"]]
    assert kinds == ["text", "markdown", "markdown", "html", "html"]


def test_default_path_is_current_directory(capsys, workdir):
    rc, out, _ = run(capsys, "check", "--isolated", "--format", "json")
    assert [f["path"].replace("\\", "/") for f in json.loads(out)["files"]] == ["a.txt"]


def test_same_file_twice_is_checked_once(capsys, workdir):
    rc, out, _ = run(capsys, "check", "--isolated", "a.txt", "a.txt", ".", "--format", "json")
    assert len(json.loads(out)["files"]) == 1


def stdin_bytes(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin(capsys, workdir, monkeypatch):
    stdin_bytes(monkeypatch, ARTICLE.encode())
    rc, out, _ = run(capsys, "check", "--isolated", "-", "--format", "json")
    data = json.loads(out)["files"][0]
    assert data["path"] == "-" and data["kind"] == "text"
    assert [f["start"] for f in data["findings"]] == [f.start for f in expected()]


def test_stdin_filename_picks_format(capsys, workdir, monkeypatch):
    source = "```\nCode 777 here.\n```\n\n" + ARTICLE
    stdin_bytes(monkeypatch, source.encode())
    rc, out, _ = run(
        capsys, "check", "--isolated", "-", "--stdin-filename", "story.md", "--format", "json"
    )
    data = json.loads(out)["files"][0]
    assert data["path"] == "story.md" and data["kind"] == "markdown"
    assert all(source[f["start"] : f["end"]] == f["text"] for f in data["findings"])
    assert "777" not in [f["text"] for f in data["findings"]]


def test_input_format_overrides_extension(capsys, workdir):
    (workdir / "page.txt").write_text(
        "<p>" + ARTICLE + "</p><script>var x = 5;</script>", encoding="utf-8"
    )
    rc, out, _ = run(
        capsys, "check", "--isolated", "--input-format", "html", "page.txt", "--format", "json"
    )
    data = json.loads(out)["files"][0]
    assert data["kind"] == "html"
    assert "5" not in [f["text"] for f in data["findings"]]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bin.txt", b"abc\x00def 12", "binary file"),
        ("latin.txt", "café 12".encode("latin-1"), "not valid UTF-8 (byte 0xe9 at byte offset 3)"),
    ],
)
def test_bad_files_are_reported_and_others_checked(capsys, workdir, name, content, message):
    (workdir / name).write_bytes(content)
    rc, out, err = run(capsys, "check", "--isolated", name, "a.txt")
    assert rc == 2
    assert err == f"{name}: error: {message}\n" or err.startswith(f"{name}: error: {message}")
    assert_one_line_error(err)
    assert "a.txt:" in out  # the good file is still checked
    assert "could not be checked" in out.splitlines()[-1]


def test_missing_file(capsys, workdir):
    rc, out, err = run(capsys, "check", "--isolated", "missing.txt", "a.txt")
    assert rc == 2 and err == "missing.txt: error: no such file or directory\n"
    assert "a.txt:" in out


def test_empty_directory(capsys, workdir):
    (workdir / "empty").mkdir()
    (workdir / "empty" / "notes.py").write_text("x = 1\n", encoding="utf-8")
    rc, _, err = run(capsys, "check", "--isolated", "empty")
    assert rc == 2 and err.startswith("empty: error: no files to check")
    assert_one_line_error(err)


def test_unreadable_file(capsys, workdir, monkeypatch):
    (workdir / "locked.txt").write_text(ARTICLE, encoding="utf-8")
    real_open = builtins.open

    def fake_open(file, *args, **kwargs):
        if str(file).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)
    rc, out, err = run(capsys, "check", "--isolated", "locked.txt", "a.txt")
    assert rc == 2 and err == "locked.txt: error: permission denied\n"
    assert "a.txt:" in out


def test_errors_in_json_and_sarif(capsys, workdir):
    rc, out, err = run(capsys, "check", "--isolated", "missing.txt", "a.txt", "--format", "json")
    files = json.loads(out)["files"]
    assert files[0] == {
        **files[0],
        "path": "missing.txt",
        "error": "no such file or directory",
        "findings": [],
    }
    assert rc == 2 and err.startswith("missing.txt: error:")
    rc, out, _ = run(capsys, "check", "--isolated", "missing.txt", "--format", "sarif")
    inv = json.loads(out)["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is False and len(inv["toolExecutionNotifications"]) == 1


def test_bom_is_stripped_and_columns_unchanged(capsys, workdir):
    (workdir / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode())
    rc, out, _ = run(capsys, "check", "--isolated", "bom.txt", "--format", "json")
    got = [(f["line"], f["column"], f["start"]) for f in json.loads(out)["files"][0]["findings"]]
    assert got == [(f.line, f.column, f.start) for f in expected()]


def test_markdown_without_markdown_it(capsys, workdir, monkeypatch):
    monkeypatch.setitem(sys.modules, "markdown_it", None)
    (workdir / "story.md").write_text(ARTICLE, encoding="utf-8")
    rc, out, err = run(capsys, "check", "--isolated", "story.md", "a.txt")
    assert rc == 2
    assert err == (
        "story.md: error: Markdown support needs markdown-it-py: "
        "pip install 'attribution[markdown]'\n"
    )
    assert "a.txt:" in out


def test_internal_error_is_one_line_per_file(capsys, workdir, monkeypatch):
    import attribution._lint as lint

    def boom(text, **_options):
        raise RuntimeError("engine exploded\nbadly")

    monkeypatch.setattr(lint, "check", boom)
    rc, _, err = run(capsys, "check", "--isolated", "a.txt")
    assert rc == 2
    assert (
        err == "a.txt: error: internal error: RuntimeError: engine exploded badly (please report)\n"
    )


def test_unexpected_crash_is_one_line(capsys, workdir, monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("oops")

    monkeypatch.setattr(cli, "collect", boom)
    rc, _, err = run(capsys, "check", "--isolated", "a.txt")
    assert rc == 2 and err == "attribution: internal error: RuntimeError: oops (please report)\n"


def test_warnings_do_not_change_exit_code(capsys, workdir):
    (workdir / "w.txt").write_text("Calm.\n<!-- attribution-bogus -->\n", encoding="utf-8")
    rc, _, err = run(capsys, "check", "--isolated", "w.txt")
    assert rc == 0 and err.startswith("w.txt:2:1: warning: unknown directive")


# --- parallel runs and progress ---------------------------------------------------------------


def make_many(workdir, n: int = 12) -> None:
    (workdir / "many").mkdir()
    for i in range(n):
        lines = ARTICLE if i % 3 else "Calm day.\n"
        (workdir / "many" / f"f{i:02}.txt").write_text(lines * (i % 4 + 1), encoding="utf-8")


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_jobs_output_identical_to_serial(capsys, workdir, fmt):
    make_many(workdir)
    serial = run(capsys, "check", "--isolated", "many", "--format", fmt)
    parallel = run(capsys, "check", "--isolated", "many", "--format", fmt, "--jobs", "2")
    assert serial == parallel


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_tty(capsys, workdir, monkeypatch):
    make_many(workdir)
    main(["check", "--isolated", "many", "-o", "out.txt"])
    assert capsys.readouterr().err == ""  # captured stderr is not a TTY
    for quiet, shown in ((False, True), (True, False)):
        fake = FakeTTY()
        monkeypatch.setattr(sys, "stderr", fake)
        main(["check", "--isolated", "many", "-o", "out.txt", *(["-q"] if quiet else [])])
        assert ("12/12 files" in fake.getvalue()) is shown


def test_no_progress_bar_for_few_files(workdir, monkeypatch):
    fake = FakeTTY()
    monkeypatch.setattr(sys, "stderr", fake)
    main(["check", "--isolated", "a.txt", "-o", "out.txt"])
    assert fake.getvalue() == ""


# --- rule -------------------------------------------------------------------------------------


def test_rule_list(capsys):
    rc, out, _ = run(capsys, "rule")
    assert rc == 0 and [line.split()[0] for line in out.splitlines()] == [
        r.code for r in attribution.RULES
    ]


@pytest.mark.parametrize("name", ["ATR001", "atr001", "unsourced-claim"])
def test_rule_doc(capsys, name):
    rc, out, _ = run(capsys, "rule", name)
    assert rc == 0 and "ATR001" in out


def test_rule_doc_falls_back_to_summary(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "__file__", str(tmp_path / "pkg" / "cli.py"))
    rc, out, _ = run(capsys, "rule", "ATR003")
    rule = attribution._rules.RULES_BY_CODE["ATR003"]
    assert rc == 0 and out.startswith("ATR003 (anonymous-source)") and rule.summary in out


def test_unknown_rule(capsys):
    rc, out, err = run(capsys, "rule", "ATR999")
    assert rc == 2 and out == ""
    assert_one_line_error(err)
