"""One real process per format: ``python -m attribution check ...``, exit codes and streams."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[1]
SARIF_SCHEMA = Path(__file__).resolve().parent / "fixtures" / "sarif-schema-2.1.0.json"
REPORT_SCHEMA = ROOT / "attribution" / "schema" / "report.schema.json"
ARTICLE = "Rebels seized 412 rifles in the raid.\n\nThe convoy carried 96 crates of shells.\n"


def attribution(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.run(
        [sys.executable, "-m", "attribution", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def files(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.md").write_text(
        "# Title 901\n\n" + ARTICLE + "\n```\ncode 902\n```\n", encoding="utf-8"
    )
    (tmp_path / "c.html").write_text(f"<p>{ARTICLE}</p><pre>903</pre>", encoding="utf-8")
    return tmp_path


def validate(fmt: str, out: str) -> None:
    if fmt == "json":
        jsonschema.validate(json.loads(out), json.loads(REPORT_SCHEMA.read_text(encoding="utf-8")))
    elif fmt == "sarif":
        schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
        jsonschema.Draft4Validator(schema).validate(json.loads(out))
    elif fmt == "github":
        assert all(
            line.startswith(("::warning ", "::error ", "::notice ")) for line in out.splitlines()
        )
    elif fmt == "concise":
        assert all(
            line.split(":")[0] in ("a.txt", "b.md", "c.html") for line in out.splitlines()[:-1]
        )
    elif fmt == "text":
        # A finding's first line, its excerpt (gutter lines), a blank line; the summary last.
        for line in out.splitlines()[:-1]:
            assert not line or re.match(r"(a\.txt|b\.md|c\.html):\d+:\d+: |\s*\d* [|=]", line), line


@pytest.mark.parametrize("fmt", ["text", "concise", "json", "sarif", "github"])
def test_format_in_a_real_process(files, fmt):
    proc = attribution("check", "--isolated", "a.txt", "b.md", "c.html", "--format", fmt, cwd=files)
    out = proc.stdout.decode("utf-8")
    assert proc.returncode in (0, 1), proc.stderr
    assert proc.stderr == b""
    validate(fmt, out)
    for number in ("901", "902", "903"):
        assert number not in out.replace("\\u", "")  # headings and code are never checked


def test_real_process_errors_and_stdin(files):
    (files / "bad.txt").write_bytes(b"\x80\x80 12")
    proc = attribution(
        "check",
        "--isolated",
        "bad.txt",
        "missing.txt",
        "-",
        "--stdin-filename",
        "s.md",
        cwd=files,
        stdin=ARTICLE.encode(),
    )
    assert proc.returncode == 2
    err = proc.stderr.decode().splitlines()
    assert err == [
        "bad.txt: error: not valid UTF-8 (byte 0x80 at byte offset 0); if the file is in "
        "another encoding, pass it, e.g. --encoding cp1252",
        "missing.txt: error: no such file or directory",
    ]
    assert b"Traceback" not in proc.stderr


def test_real_process_usage_error(files):
    proc = attribution("check", "--format", "nope", cwd=files)
    assert proc.returncode == 2 and proc.stdout == b""
    assert len(proc.stderr.decode().splitlines()) == 1


def test_real_process_version(files):
    proc = attribution("--version", cwd=files)
    assert proc.returncode == 0 and proc.stdout.decode().startswith("attribution ")
