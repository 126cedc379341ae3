"""The command line's archive mode: JSONL in (gzip too), claim rows out (issue 18)."""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys

import pytest

import attribution
from attribution import check, check_document, records
from attribution.cli import main

DOCS = [
    {"id": "a", "text": "About 300 people fled, police said. Another 20 were hurt."},
    {"id": 2, "text": "We sold 4 cars."},
    {"id": "md", "text": "# 9 dead\n\nSome 40 came.", "format": "markdown"},
    {"id": "none", "text": "No numbers at all."},
]


def jsonl(rows) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs.jsonl").write_text(jsonl(DOCS), encoding="utf-8")
    return tmp_path


def expected_rows(rows: str = "claims"):
    out = []
    for d in DOCS:
        report = check_document(d["text"], d.get("format", "text"))
        out.extend(records(report, d["id"], rows=rows))
    return out


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jsonl_to_jsonl_rows_equal_records(workdir, capsys, jobs):
    rc, out, err = run(
        capsys,
        "check",
        "--isolated",
        "--format",
        "jsonl",
        "--format-field",
        "format",
        "-j",
        jobs,
        "docs.jsonl",
    )
    assert err == ""
    assert rc == 1  # findings reported
    assert [json.loads(line) for line in out.splitlines()] == expected_rows()


def test_rows_findings(workdir, capsys):
    rc, out, _ = run(
        capsys, "check", "--isolated", "--format", "jsonl", "--rows", "findings", "docs.jsonl"
    )
    got = [json.loads(line) for line in out.splitlines()]
    assert got and all(r["code"] for r in got)


def test_without_format_field_every_row_is_text(workdir, capsys):
    rc, out, _ = run(capsys, "check", "--isolated", "--format", "jsonl", "docs.jsonl")
    md = [json.loads(line) for line in out.splitlines() if '"md"' in line]
    assert md == records(check(DOCS[2]["text"]), "md")


def test_gzip_and_stdin(workdir, capsys, monkeypatch):
    data = jsonl(DOCS).encode()
    (workdir / "docs.jsonl.gz").write_bytes(gzip.compress(data))
    rc, out_gz, _ = run(capsys, "check", "--isolated", "--format", "jsonl", "docs.jsonl.gz")
    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(gzip.compress(data))))
    )
    rc2, out_stdin, _ = run(
        capsys, "check", "--isolated", "--format", "jsonl", "--input-format", "jsonl", "-"
    )
    plain = [json.loads(line) for line in out_gz.splitlines()]
    assert plain == [json.loads(line) for line in out_stdin.splitlines()]
    assert plain == [r for d in DOCS for r in records(check(d["text"]), d["id"])]


def test_bad_rows_are_named_counted_and_exit_2(workdir, capsys):
    lines = [
        DOCS[0],
        "not json",
        {"id": "c"},
        {"id": "d", "text": 5},
        "[1, 2]",
        "",
        {"id": True, "text": "x"},
        {"id": "f", "text": "Some 4 came.", "format": "pdf"},
        DOCS[1],
    ]
    (workdir / "bad.jsonl").write_text(jsonl(lines), encoding="utf-8")
    with open(workdir / "bad.jsonl", "ab") as f:
        f.write(b'{"id": "u", "text": "caf\xe9"}\n')
    rc, out, err = run(
        capsys, "check", "--isolated", "--format", "csv", "--format-field", "format", "bad.jsonl"
    )
    assert rc == 2
    assert err.splitlines() == [
        "bad.jsonl:2: error: invalid JSON: Expecting value at column 1",
        "bad.jsonl:3: error: missing text field 'text'",
        "bad.jsonl:4: error: text field 'text' is a number, not a string",
        "bad.jsonl:5: error: expected a JSON object, got an array",
        "bad.jsonl:7: error: id field 'id' is a boolean, not a string or integer",
        "bad.jsonl:8: error: format field 'format' is 'pdf', not one of text, markdown, html",
        "bad.jsonl:10: error: not valid UTF-8 (byte 0xe9 at byte 24)",
    ]
    rows = list(csv.DictReader(io.StringIO(out)))
    want = records(check(DOCS[0]["text"]), "a") + records(check(DOCS[1]["text"]), 2)
    assert [(r["id"], r["text"], r["status"]) for r in rows] == [
        (str(w["id"]), w["text"], w["status"]) for w in want
    ]


def test_id_field_and_text_field(workdir, capsys):
    (workdir / "x.jsonl").write_text(
        jsonl([{"key": "k1", "body": "We sold 4 cars."}, {"body": "Some 3 came."}]),
        encoding="utf-8",
    )
    rc, out, err = run(
        capsys,
        "check",
        "--isolated",
        "--format",
        "jsonl",
        "--text-field",
        "body",
        "--id-field",
        "key",
        "x.jsonl",
    )
    assert rc == 2 and err == "x.jsonl:2: error: missing id field 'key'\n"
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["k1"]
    rc, out, err = run(
        capsys, "check", "--isolated", "--format", "jsonl", "--text-field", "body", "x.jsonl"
    )
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["x.jsonl:1", "x.jsonl:2"]


def test_csv_header_and_cells(workdir, capsys):
    rc, out, _ = run(capsys, "check", "--isolated", "--format", "csv", "docs.jsonl")
    reader = csv.reader(io.StringIO(out))
    assert next(reader) == list(attribution.RECORD_FIELDS)
    first = dict(zip(attribution.RECORD_FIELDS, next(reader)))
    assert first["approximate"] == "false" and first["resolved"] == "" and first["id"] == "a"


def test_parquet(workdir, capsys):
    pq = pytest.importorskip("pyarrow.parquet")
    rc, out, err = run(
        capsys,
        "check",
        "--isolated",
        "--format",
        "parquet",
        "-o",
        "out.parquet",
        "--format-field",
        "format",
        "docs.jsonl",
    )
    assert rc == 1 and out == "" and err == ""
    table = pq.read_table(workdir / "out.parquet")
    assert table.column_names == list(attribution.RECORD_FIELDS)
    want = expected_rows()
    for w in want:
        w["id"] = str(w["id"])
    assert table.to_pylist() == want


def test_parquet_needs_an_output_file(workdir, capsys):
    rc, out, err = run(capsys, "check", "--isolated", "--format", "parquet", "docs.jsonl")
    assert rc == 2 and "needs --output-file" in err and err.count("\n") == 1


def test_jsonl_input_with_the_text_format(workdir, capsys):
    rc, out, err = run(capsys, "check", "--isolated", "--format", "concise", "docs.jsonl")
    assert rc == 1
    assert out.splitlines() == [
        "docs.jsonl[2]:1:9: ATR001 unsourced claim: '4 cars'",
        "docs.jsonl[md]:1:3: ATR001 unsourced claim: '9 dead'",
        "docs.jsonl[md]:3:6: ATR001 unsourced claim: 'Some 40 came'",
    ]


def test_row_formats_for_plain_files(workdir, capsys):
    (workdir / "a.txt").write_text(DOCS[0]["text"], encoding="utf-8")
    rc, out, err = run(capsys, "check", "--isolated", "--format", "jsonl", "a.txt", "missing.txt")
    assert rc == 2 and err == "missing.txt: error: no such file or directory\n"
    assert [json.loads(line) for line in out.splitlines()] == records(
        check(DOCS[0]["text"]), "a.txt"
    )


def test_timeout_option_validation(workdir, capsys):
    for bad in ("0", "-1", "x", "inf"):
        rc, _, err = run(capsys, "check", "--timeout", bad, "docs.jsonl")
        assert rc == 2 and "--timeout" in err and err.count("\n") == 1


def test_broken_gzip_is_an_error_after_the_good_rows(workdir, capsys):
    data = gzip.compress(jsonl(DOCS * 50).encode())
    (workdir / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    rc, out, err = run(capsys, "check", "--isolated", "--format", "jsonl", "cut.jsonl.gz")
    assert rc == 2 and "cut.jsonl.gz: error: cannot read past line" in err
    assert out.count("\n") > 0
