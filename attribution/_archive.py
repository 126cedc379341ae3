"""The command line's archive mode: JSONL (optionally gzip) rows in, claim rows out.

:func:`read_jsonl` turns each line of a JSONL file into a job for :mod:`._batch` or a
:class:`BadRow` naming its line; the row writers write :mod:`._records` rows as JSON Lines,
CSV or Parquet, a row at a time (Parquet a batch at a time), so memory stays flat.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
from collections.abc import Callable, Iterator
from typing import IO, Any

import attrs

from ._documents import KINDS, Kind
from ._records import FIELD_TYPES, RECORD_FIELDS

ROW_FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")
"""The ``--format`` names that write records."""

JSONL_SUFFIXES: tuple[str, ...] = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
"""Names read as JSONL when ``--input-format`` is ``auto``."""

GZIP_MAGIC = b"\x1f\x8b"


@attrs.frozen
class Fields:
    """Where a JSONL row keeps its parts."""

    text: str = "text"
    """The field holding the document (``--text-field``)."""
    id: str = "id"
    """The field holding its id (``--id-field``)."""
    id_required: bool = False
    """Whether a row without :attr:`id` is bad (the field was named on the command line);
    otherwise such a row's id is ``PATH:LINE``."""
    format: str | None = None
    """The field naming the row's format, ``text``, ``markdown`` or ``html``
    (``--format-field``); rows without it, or all rows when None, are plain text."""


@attrs.frozen
class Row:
    """A good JSONL row: a document to check."""

    line: int
    """1-based line number in its file."""
    id: Any
    """Its id (a JSON string or integer), or ``PATH:LINE``."""
    text: str
    """The document."""
    kind: Kind
    """How to read it."""


@attrs.frozen
class BadRow:
    """A JSONL line that is no document: reported, counted, skipped."""

    line: int
    """1-based line number in its file."""
    error: str
    """Why, in one line."""


class ArchiveError(Exception):
    """A JSONL file that cannot be read on (unreadable, a broken gzip stream)."""


def is_jsonl(path: str) -> bool:
    """Whether ``path``'s name says JSONL."""
    return path.lower().endswith(JSONL_SUFFIXES)


def open_binary(path: str, stdin: Callable[[], IO[bytes]]) -> IO[bytes]:
    """The file (or standard input for ``-``), gunzipped when it starts as gzip does."""
    if path == "-":
        raw = stdin()
    else:
        try:
            raw = open(path, "rb")  # noqa: SIM115 - handed to the caller, who closes it
        except OSError as exc:
            raise ArchiveError(f"cannot read: {exc.strerror or exc}") from None
    peek = raw.peek(2)[:2] if isinstance(raw, io.BufferedReader) else b""
    if peek == GZIP_MAGIC or (not peek and path.lower().endswith(".gz")):
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    return raw


def read_jsonl(stream: IO[bytes], path: str, fields: Fields) -> Iterator[Row | BadRow]:
    """Each non-blank line of ``stream`` as a :class:`Row` or a :class:`BadRow`. Raises
    :class:`ArchiveError` when the stream itself breaks (a truncated gzip file)."""
    n = 0
    try:
        for n, raw in enumerate(stream, 1):  # noqa: B007 - n is read after the loop
            if not raw.strip():
                continue
            yield _row(raw, n, path, fields)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise ArchiveError(f"cannot read past line {n}: {exc}") from None


def _row(raw: bytes, n: int, path: str, fields: Fields) -> Row | BadRow:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return BadRow(n, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at byte {exc.start})")
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return BadRow(n, f"invalid JSON: {exc.msg} at column {exc.colno}")
    except RecursionError:
        return BadRow(n, "invalid JSON: nested too deeply")
    if not isinstance(data, dict):
        return BadRow(n, f"expected a JSON object, got {_json_type(data)}")
    if fields.text not in data:
        return BadRow(n, f"missing text field {fields.text!r}")
    text = data[fields.text]
    if not isinstance(text, str):
        return BadRow(n, f"text field {fields.text!r} is {_json_type(text)}, not a string")
    if fields.id in data:
        doc_id = data[fields.id]
        if isinstance(doc_id, bool) or not isinstance(doc_id, str | int):
            return BadRow(
                n, f"id field {fields.id!r} is {_json_type(doc_id)}, not a string or integer"
            )
    elif fields.id_required:
        return BadRow(n, f"missing id field {fields.id!r}")
    else:
        doc_id = f"{path}:{n}"
    kind: Kind = "text"
    if fields.format is not None and fields.format in data:
        value = data[fields.format]
        if value not in KINDS:
            return BadRow(
                n, f"format field {fields.format!r} is {value!r}, not one of {', '.join(KINDS)}"
            )
        kind = value
    return Row(n, doc_id, text, kind)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def position(stream: IO[bytes]) -> int:
    """How many bytes of the file under ``stream`` were read (for gzip, compressed bytes)."""
    try:
        if isinstance(stream, gzip.GzipFile) and stream.fileobj is not None:
            return stream.fileobj.tell()
        return stream.tell()
    except (OSError, ValueError):
        return 0


def file_size(path: str) -> int | None:
    """The size of ``path`` in bytes, or None (standard input, unreadable)."""
    if path == "-":
        return None
    try:
        return os.path.getsize(path)
    except OSError:
        return None


# --- writers ----------------------------------------------------------------------------------


class JsonlWriter:
    """One JSON object per line, keys in :data:`RECORD_FIELDS` order."""

    def __init__(self, write: Callable[[str], None]) -> None:
        self._write = write

    def rows(self, rows: list[dict[str, Any]]) -> None:
        if rows:
            self._write(
                "".join(json.dumps(r, ensure_ascii=False, allow_nan=False) + "\n" for r in rows)
            )

    def close(self) -> None:
        pass


def csv_value(value: Any) -> str:
    """A record value as a CSV cell: empty for null, ``true``/``false`` for booleans."""
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


class CsvWriter:
    """RFC 4180 CSV with a header row of :data:`RECORD_FIELDS`."""

    def __init__(self, write: Callable[[str], None]) -> None:
        self._write = write
        self._buffer = io.StringIO()
        self._csv = csv.writer(self._buffer, lineterminator="\n")
        self._csv.writerow(RECORD_FIELDS)
        self._flush()

    def _flush(self) -> None:
        self._write(self._buffer.getvalue())
        self._buffer.seek(0)
        self._buffer.truncate()

    def rows(self, rows: list[dict[str, Any]]) -> None:
        if rows:
            self._csv.writerows([csv_value(r[k]) for k in RECORD_FIELDS] for r in rows)
            self._flush()

    def close(self) -> None:
        pass


class ParquetUnavailable(RuntimeError):
    """The Parquet format needs pyarrow."""


def arrow_schema(id_type: Any = None) -> Any:
    """The records' Arrow schema (``id_type`` an Arrow type; string by default)."""
    import pyarrow as pa

    types = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "str": pa.string()}
    return pa.schema(
        [
            pa.field(name, (id_type or pa.string()) if kind == "id" else types[kind])
            for name, kind in FIELD_TYPES.items()
        ]
    )


class ParquetWriter:
    """Parquet, written a row group at a time; ids are written as strings."""

    BATCH = 16_384

    def __init__(self, path: str) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise ParquetUnavailable(
                "the parquet format needs pyarrow: pip install 'attribution[parquet]'"
            ) from None
        self._pa = pa
        self._schema = arrow_schema()
        self._writer = pq.ParquetWriter(path, self._schema)
        self._pending: list[dict[str, Any]] = []

    def rows(self, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            if row["id"] is not None and not isinstance(row["id"], str):
                row = {**row, "id": str(row["id"])}
            self._pending.append(row)
        if len(self._pending) >= self.BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            table = self._pa.Table.from_pylist(self._pending, schema=self._schema)
            self._writer.write_table(table)
            self._pending = []

    def close(self) -> None:
        self._flush()
        self._writer.close()
