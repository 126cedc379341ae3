"""The language server (``attribution server``), driven as an editor drives it: a real
subprocess, JSON-RPC messages with Content-Length headers written by this file, over its stdin
and stdout. Every wait has a time limit, so a hung server fails the test instead of CI.

The plain helpers of ``attribution._server`` (positions, hover text, suppression edits,
settings) are tested directly in the tables at the end.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from attribution import Config, check_document
from attribution._server import (
    MISSING,
    Analysis,
    Lines,
    Settings,
    hover_text,
    kind_for,
    suppressions,
)

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 20.0  # seconds for any one answer; a healthy server answers in milliseconds

UNSOURCED = "About 250 volunteers turned up on Sunday.\n"
SOURCED = "The harbour board said 40 ferries were cancelled.\n"
VAGUE = "Some experts say 30% of the nets were torn.\n"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


class Client:
    """A minimal LSP client: frames messages, reads the server's on a thread."""

    def __init__(self, cwd: Path, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "attribution", "server", *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=cwd,
            env=_env(),
        )
        self.messages: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.notifications: list[dict[str, Any]] = []
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        stream = self.proc.stdout
        while True:
            headers: dict[str, str] = {}
            while True:
                line = stream.readline()
                if not line:
                    self.messages.put(None)
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode("ascii").partition(":")
                headers[name.strip().lower()] = value.strip()
            body = stream.read(int(headers["content-length"]))
            self.messages.put(json.loads(body.decode("utf-8")))

    def send(self, message: dict[str, Any]) -> None:
        assert self.proc.stdin is not None
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method: str, params: Any) -> None:
        self.send({"method": method, "params": params})

    def _next(self, deadline: float) -> dict[str, Any]:
        try:
            message = self.messages.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise AssertionError("the server did not answer in time") from None
        assert message is not None, f"the server closed its output: {self._stderr()}"
        if "method" in message and "id" in message:  # a request to the client: answer it
            self.send({"id": message["id"], "result": None})
        return message

    def request(self, method: str, params: Any) -> Any:
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, "params": params})
        deadline = time.monotonic() + TIMEOUT
        while True:
            message = self._next(deadline)
            if message.get("id") == self.next_id and "method" not in message:
                assert "error" not in message, message["error"]
                return message.get("result")
            self.notifications.append(message)

    def wait(
        self, method: str, where: Callable[[dict[str, Any]], bool] = lambda p: True
    ) -> dict[str, Any]:
        """The params of the next notification ``method`` that ``where`` accepts (earlier
        ones that arrived during requests first)."""
        for n, message in enumerate(self.notifications):
            if message.get("method") == method and where(message["params"]):
                del self.notifications[n]
                return message["params"]  # type: ignore[no-any-return]
        deadline = time.monotonic() + TIMEOUT
        while True:
            message = self._next(deadline)
            if message.get("method") == method and where(message["params"]):
                return message["params"]  # type: ignore[no-any-return]
            self.notifications.append(message)

    def diagnostics(self, uri: str, version: int | None = None) -> list[dict[str, Any]]:
        params = self.wait(
            "textDocument/publishDiagnostics",
            lambda p: p["uri"] == uri and (version is None or p.get("version") == version),
        )
        return params["diagnostics"]  # type: ignore[no-any-return]

    def initialize(self, root: Path, options: Any = None, **capabilities: Any) -> Any:
        result = self.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": root.as_uri(),
                "capabilities": capabilities,
                "initializationOptions": options,
            },
        )
        self.notify("initialized", {})
        return result

    def open(self, uri: str, text: str, language: str = "plaintext", version: int = 1) -> None:
        self.notify(
            "textDocument/didOpen",
            {
                "textDocument": {
                    "uri": uri,
                    "languageId": language,
                    "version": version,
                    "text": text,
                }
            },
        )

    def change(self, uri: str, text: str, version: int) -> None:
        self.notify(
            "textDocument/didChange",
            {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]},
        )

    def stop(self) -> int:
        """shutdown, exit; the server's exit code."""
        assert self.request("shutdown", None) is None
        self.notify("exit", None)
        try:
            return self.proc.wait(timeout=TIMEOUT)
        finally:
            self.close()

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=TIMEOUT)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()

    def _stderr(self) -> str:
        if self.proc.poll() is None or self.proc.stderr is None:
            return ""
        return self.proc.stderr.read().decode("utf-8", "replace")[-2000:]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Client]:
    """One server, with a short debounce, shared by the tests that open documents of their
    own (each under its own ``tmp_path``, so none sees another's files or settings)."""
    root = tmp_path_factory.mktemp("server")
    c = Client(root)
    try:
        c.initialize(root, {"debounce": 30})
        yield c
    finally:
        c.close()


def _codes(diagnostics: list[dict[str, Any]]) -> list[str]:
    return [d["code"] for d in diagnostics]


def _span(d: dict[str, Any]) -> tuple[int, int, int, int]:
    r = d["range"]
    return (r["start"]["line"], r["start"]["character"], r["end"]["line"], r["end"]["character"])


def _apply(text: str, edit: dict[str, Any]) -> str:
    """``text`` with one TextEdit applied (UTF-16 positions)."""
    lines = Lines(text)
    r = edit["range"]
    start = lines.offset(r["start"]["line"], r["start"]["character"])
    end = lines.offset(r["end"]["line"], r["end"]["character"])
    return text[:start] + edit["newText"] + text[end:]


# --- the session an editor has ---------------------------------------------------------------


def test_a_whole_session_over_stdio(tmp_path: Path) -> None:
    """initialize, didOpen, didChange, hover, codeAction, shutdown, exit: each as a client
    sends it, each answer checked."""
    c = Client(tmp_path)
    try:
        result = c.initialize(tmp_path, {"debounce": 50})
        capabilities = result["capabilities"]
        assert capabilities["positionEncoding"] == "utf-16"
        assert capabilities["hoverProvider"]
        assert capabilities["codeActionProvider"]
        assert result["serverInfo"]["name"] == "attribution"

        uri = (tmp_path / "story.txt").as_uri()
        c.open(uri, UNSOURCED + SOURCED)
        diagnostics = c.diagnostics(uri, 1)
        assert _codes(diagnostics) == ["ATR001"]
        (d,) = diagnostics
        assert _span(d) == (0, 6, 0, 9)  # "250"
        assert (d["severity"], d["source"]) == (2, "attribution")
        assert "250" in d["message"]

        c.change(uri, SOURCED + VAGUE + UNSOURCED, 2)
        diagnostics = c.diagnostics(uri, 2)
        assert _codes(diagnostics) == ["ATR002", "ATR001"]
        assert [_span(d) for d in diagnostics] == [(1, 17, 1, 20), (2, 6, 2, 9)]

        hover = c.request(
            "textDocument/hover",
            {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 23}},
        )
        value = hover["contents"]["value"]
        assert "sourced" in value and "The harbour board" in value and "said" in value
        assert "named" in value
        assert hover["range"] == {
            "start": {"line": 0, "character": 23},
            "end": {"line": 0, "character": 33},
        }  # the claim phrase "40 ferries"
        nothing = c.request(
            "textDocument/hover",
            {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 2}},
        )
        assert nothing is None

        text = SOURCED + VAGUE + UNSOURCED
        actions = c.request(
            "textDocument/codeAction",
            {
                "textDocument": {"uri": uri},
                "range": diagnostics[1]["range"],
                "context": {"diagnostics": [diagnostics[1]]},
            },
        )
        titles = [a["title"] for a in actions]
        assert titles == ["Suppress ATR001 on this line", "Suppress ATR001 in this file"]
        assert all(a["kind"] == "quickfix" for a in actions)
        (edit,) = actions[0]["edit"]["changes"][uri]
        assert edit["newText"] == "<!-- attribution-disable-next-line ATR001 -->\n"
        fixed = _apply(text, edit)
        c.change(uri, fixed, 3)
        assert _codes(c.diagnostics(uri, 3)) == ["ATR002"]

        assert c.stop() == 0
    finally:
        c.close()


def test_exit_without_shutdown_exits_1(tmp_path: Path) -> None:
    c = Client(tmp_path)
    try:
        c.initialize(tmp_path)
        c.notify("exit", None)
        assert c.proc.wait(timeout=TIMEOUT) == 1
    finally:
        c.close()


# --- positions over the wire -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("encodings", "agreed", "start"),
    [
        pytest.param(None, "utf-16", 16, id="default-utf16-emoji-counts-two"),
        pytest.param(["utf-32"], "utf-32", 15, id="utf32-emoji-counts-one"),
        pytest.param(["utf-8", "utf-16"], "utf-8", 18, id="utf8-emoji-counts-four"),
    ],
)
def test_emoji_before_a_claim_is_counted_in_the_agreed_encoding(
    tmp_path: Path, encodings: list[str] | None, agreed: str, start: int
) -> None:
    """The checker counts code points (the claim "250" starts at 15); the protocol counts
    the agreed code units, UTF-16 unless the client offers another."""
    c = Client(tmp_path)
    try:
        general = {"positionEncodings": encodings} if encodings else {}
        result = c.initialize(tmp_path, {"debounce": 0}, general=general)
        assert result["capabilities"]["positionEncoding"] == agreed
        uri = (tmp_path / "emoji.txt").as_uri()
        c.open(uri, "Harbour \N{PARTY POPPER} day: 250 volunteers turned up on Sunday.\n")
        (d,) = c.diagnostics(uri, 1)
        assert _span(d) == (0, start, 0, start + 3)
        hover = c.request(
            "textDocument/hover",
            {"textDocument": {"uri": uri}, "position": {"line": 0, "character": start + 1}},
        )
        assert hover is not None and "unsourced" in hover["contents"]["value"]
        assert hover["range"]["start"] == {"line": 0, "character": start}
    finally:
        c.close()


# --- kinds, settings, debounce ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "language", "text", "spans"),
    [
        pytest.param(
            "a.md",
            "markdown",
            "# Crowds of 300\n\nSee `250 people` here, but\n*about 250* volunteers came.\n",
            [(3, 7, 3, 10)],
            id="markdown-prose-only-positions-in-the-file",
        ),
        pytest.param(
            "a.html",
            "html",
            "<h1>300 crowds</h1>\n<p>In all, <b>about 250</b> volunteers came.</p>\n",
            [(1, 20, 1, 23)],
            id="html-prose-only-positions-in-the-file",
        ),
        pytest.param(
            "notes", "plaintext", UNSOURCED, [(0, 6, 0, 9)], id="language-id-beats-no-extension"
        ),
        pytest.param(
            "a.txt", "markdown", "`250 people` came.\n", [], id="language-id-beats-extension"
        ),
    ],
)
def test_documents_are_read_by_kind(
    client: Client,
    tmp_path: Path,
    name: str,
    language: str,
    text: str,
    spans: list[tuple[int, int, int, int]],
) -> None:
    uri = (tmp_path / name).as_uri()
    client.open(uri, text, language)
    assert [_span(d) for d in client.diagnostics(uri, 1)] == spans


@pytest.mark.parametrize(
    ("table", "path", "codes", "severities"),
    [
        pytest.param("", "story.txt", ["ATR002", "ATR001"], [2, 2], id="no-table-defaults"),
        pytest.param('ignore = ["ATR001"]', "story.txt", ["ATR002"], [2], id="ignore-drops-a-rule"),
        pytest.param(
            'severity = { ATR001 = "error" }',
            "sub/dir/story.txt",
            ["ATR002", "ATR001"],
            [2, 1],
            id="severity-from-a-pyproject-two-levels-up",
        ),
        pytest.param(
            'min-severity = "error"\nseverity = { ATR002 = "error" }',
            "story.txt",
            ["ATR002"],
            [1],
            id="min-severity",
        ),
        pytest.param(
            'exclude = ["drafts"]', "drafts/story.txt", [], [], id="excluded-directory-unchecked"
        ),
        pytest.param('allow = ["30%"]', "story.txt", ["ATR001"], [2], id="allow"),
    ],
)
def test_settings_come_from_the_nearest_pyproject(
    client: Client,
    tmp_path: Path,
    table: str,
    path: str,
    codes: list[str],
    severities: list[int],
) -> None:
    body = f"[tool.attribution]\n{table}\n" if table else "[project]\nname = 'x'\n"
    (tmp_path / "pyproject.toml").write_text(body, encoding="utf-8")
    uri = (tmp_path / path).as_uri()
    client.open(uri, VAGUE + UNSOURCED)
    diagnostics = client.diagnostics(uri, 1)
    assert _codes(diagnostics) == codes
    assert [d["severity"] for d in diagnostics] == severities


def test_invalid_configuration_is_shown_and_defaults_apply(client: Client, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.attribution]\nselect = ["ATR999"]\n', encoding="utf-8"
    )
    uri = (tmp_path / "story.txt").as_uri()
    client.open(uri, UNSOURCED)
    assert _codes(client.diagnostics(uri, 1)) == ["ATR001"]
    shown = client.wait("window/showMessage", lambda p: str(tmp_path) in p["message"])
    assert "pyproject.toml" in shown["message"] and "ATR999" in shown["message"]


def test_edits_to_pyproject_apply_from_the_next_check(client: Client, tmp_path: Path) -> None:
    uri = (tmp_path / "story.txt").as_uri()
    client.open(uri, UNSOURCED)
    assert _codes(client.diagnostics(uri, 1)) == ["ATR001"]
    (tmp_path / "pyproject.toml").write_text(
        '[tool.attribution]\nignore = ["ATR001"]\n', encoding="utf-8"
    )
    client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    assert _codes(client.diagnostics(uri, 1)) == []


def test_changes_in_a_burst_are_checked_once_after_the_debounce(tmp_path: Path) -> None:
    c = Client(tmp_path)
    try:
        c.initialize(tmp_path, {"debounce": 400})
        uri = (tmp_path / "story.txt").as_uri()
        c.open(uri, SOURCED)
        assert c.diagnostics(uri, 1) == []  # on open: at once
        sent = time.monotonic()
        for version in (2, 3, 4):
            c.change(uri, SOURCED + UNSOURCED * (version - 1), version)
        published = c.wait("textDocument/publishDiagnostics", lambda p: p["uri"] == uri)
        assert time.monotonic() - sent >= 0.4
        assert published["version"] == 4  # the last version's, not the first's
        assert _codes(published["diagnostics"]) == ["ATR001"] * 3
        time.sleep(0.6)  # past another debounce: any late publication has been sent by now
        c.request(
            "textDocument/hover",
            {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}},
        )
        assert [
            n for n in c.notifications if n.get("method") == "textDocument/publishDiagnostics"
        ] == []
    finally:
        c.close()


def test_closing_a_document_clears_its_diagnostics(client: Client, tmp_path: Path) -> None:
    uri = (tmp_path / "story.txt").as_uri()
    client.open(uri, UNSOURCED)
    assert _codes(client.diagnostics(uri, 1)) == ["ATR001"]
    client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    assert client.diagnostics(uri) == []


# --- quick fixes in every kind ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "language", "text", "line_fix", "file_fix"),
    [
        pytest.param(
            "a.txt",
            "plaintext",
            "Intro line.\n  " + UNSOURCED + VAGUE,
            "  <!-- attribution-disable-next-line ATR001 -->\n",
            "<!-- attribution-disable ATR001 -->\n",
            id="text-comment-line-above-keeps-indent",
        ),
        pytest.param(
            "a.txt",
            "plaintext",
            "Intro line.\r\n" + UNSOURCED.replace("\n", "\r\n") + VAGUE.replace("\n", "\r\n"),
            "<!-- attribution-disable-next-line ATR001 -->\r\n",
            "<!-- attribution-disable ATR001 -->\r\n",
            id="text-crlf-keeps-crlf",
        ),
        pytest.param(
            "a.md",
            "markdown",
            "---\ntitle: x\n---\nA first line,\n" + UNSOURCED + "\n" + VAGUE,
            " <!-- attribution-disable-line ATR001 -->",
            "<!-- attribution-disable ATR001 -->\n",
            id="markdown-line-end-keeps-the-paragraph-and-file-after-front-matter",
        ),
        pytest.param(
            "a.html",
            "html",
            "<!DOCTYPE html>\n<p>A first line,\n" + UNSOURCED + "</p><p>" + VAGUE + "</p>\n",
            "<!-- attribution-disable-next-line ATR001 -->\n",
            "<!-- attribution-disable ATR001 -->\n",
            id="html-comment-line-above-file-after-doctype",
        ),
        pytest.param(
            "a.html",
            "html",
            '<p>A first <a\nhref="x">line</a> about 250 volunteers.</p><p>' + VAGUE + "</p>\n",
            " <!-- attribution-disable-line ATR001 -->",
            "<!-- attribution-disable ATR001 -->\n",
            id="html-line-above-inside-a-tag-falls-back-to-line-end",
        ),
    ],
)
def test_quick_fixes_insert_a_comment_that_silences_the_finding(
    client: Client,
    tmp_path: Path,
    name: str,
    language: str,
    text: str,
    line_fix: str,
    file_fix: str,
) -> None:
    uri = (tmp_path / name).as_uri()
    client.open(uri, text, language)
    diagnostics = client.diagnostics(uri, 1)
    assert _codes(diagnostics) == ["ATR001", "ATR002"]
    target = diagnostics[0]
    actions = client.request(
        "textDocument/codeAction",
        {
            "textDocument": {"uri": uri},
            "range": target["range"],
            "context": {"diagnostics": [target]},
        },
    )
    assert [a["title"] for a in actions] == [
        "Suppress ATR001 on this line",
        "Suppress ATR001 in this file",
    ]
    assert [a["diagnostics"][0]["code"] for a in actions] == ["ATR001", "ATR001"]
    for version, (action, fix) in enumerate(zip(actions, (line_fix, file_fix)), start=2):
        (edit,) = action["edit"]["changes"][uri]
        assert edit["newText"] == fix
        client.change(uri, _apply(text, edit), version)
        assert _codes(client.diagnostics(uri, version)) == ["ATR002"]


def test_code_actions_only_where_a_finding_is(client: Client, tmp_path: Path) -> None:
    uri = (tmp_path / "story.txt").as_uri()
    client.open(uri, SOURCED + UNSOURCED)
    client.diagnostics(uri, 1)
    here = {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 3}}
    params = {"textDocument": {"uri": uri}, "range": here, "context": {"diagnostics": []}}
    assert client.request("textDocument/codeAction", params) == []
    there = {"start": {"line": 1, "character": 7}, "end": {"line": 1, "character": 7}}
    only_refactor = {"diagnostics": [], "only": ["refactor"]}
    params = {"textDocument": {"uri": uri}, "range": there, "context": only_refactor}
    assert client.request("textDocument/codeAction", params) is None


# --- without the extra --------------------------------------------------------------------------

HIDE_PYGLS = """
import sys

class Hide:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("pygls", "lsprotocol"):
            raise ImportError(f"No module named {name!r}")
        return None

sys.meta_path.insert(0, Hide())
from attribution.cli import main
sys.exit(main(["server"]))
"""


def test_without_pygls_server_says_what_to_install_and_exits_2(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", HIDE_PYGLS],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_env(),
        timeout=TIMEOUT,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "pip install 'attribution[server]'" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_the_core_never_imports_pygls() -> None:
    code = (
        "import sys, attribution, attribution.cli, attribution._server\n"
        "attribution.check_document('About 250 people came.', 'html')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pygls', 'lsprotocol')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=_env(), check=True
    ).stdout
    assert out.strip() == "[]"


# --- the plain helpers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "offset", "encoding", "position"),
    [
        pytest.param("ab\ncd", 4, "utf-16", (1, 1), id="second-line"),
        pytest.param("ab\r\ncd", 5, "utf-16", (1, 1), id="crlf-is-one-break"),
        pytest.param("ab\rcd", 4, "utf-16", (1, 1), id="lone-cr-breaks-a-line"),
        pytest.param("a\u2028b", 2, "utf-16", (0, 2), id="u2028-is-no-break"),
        pytest.param("🎉 250", 2, "utf-16", (0, 3), id="astral-counts-two-in-utf16"),
        pytest.param("🎉 250", 2, "utf-8", (0, 5), id="astral-counts-four-in-utf8"),
        pytest.param("é 250", 2, "utf-8", (0, 3), id="latin-counts-two-in-utf8"),
        pytest.param("🎉 250", 2, "utf-32", (0, 2), id="utf32-is-code-points"),
        pytest.param("ab", 9, "utf-16", (0, 2), id="past-the-end-clamps"),
    ],
)
def test_positions(text: str, offset: int, encoding: Any, position: tuple[int, int]) -> None:
    lines = Lines(text, encoding)
    assert lines.position(offset) == position
    assert lines.offset(*position) == min(offset, len(text))


@pytest.mark.parametrize(
    ("text", "line", "character", "offset"),
    [
        pytest.param("ab\ncd", 0, 99, 2, id="past-a-line-end-is-its-end"),
        pytest.param("ab\r\ncd", 0, 99, 2, id="past-a-crlf-line-end-is-before-the-break"),
        pytest.param("ab\ncd", 7, 0, 5, id="past-the-last-line-is-the-end"),
        pytest.param("🎉x", 0, 1, 1, id="inside-a-surrogate-pair-is-after-it"),
    ],
)
def test_offsets_of_out_of_range_positions(
    text: str, line: int, character: int, offset: int
) -> None:
    assert Lines(text).offset(line, character) == offset


@pytest.mark.parametrize(
    ("uri", "language", "kind"),
    [
        ("file:///a/story.md", "markdown", "markdown"),
        ("file:///a/story.txt", "html", "html"),
        ("file:///a/story.htm", "", "html"),
        ("file:///a/story.md", "restructuredtext", "markdown"),
        ("untitled:Untitled-1", "plaintext", "text"),
        ("untitled:Untitled-1", None, "text"),
    ],
)
def test_kind_for(uri: str, language: str | None, kind: str) -> None:
    assert kind_for(uri, language) == kind


@pytest.mark.parametrize(
    ("options", "debounce", "warnings"),
    [
        (None, 0.15, 0),
        ({}, 0.15, 0),
        ({"debounce": 0}, 0.0, 0),
        ({"debounce": 300}, 0.3, 0),
        ({"debounce": -1}, 0.15, 1),
        ({"debounce": "fast"}, 0.15, 1),
        ({"debounce": True}, 0.15, 1),
        ([], 0.15, 1),
    ],
)
def test_settings_from_initialization_options(
    options: object, debounce: float, warnings: int
) -> None:
    settings, said = Settings.from_options(options)
    assert settings.debounce == debounce
    assert len(said) == warnings


@pytest.mark.parametrize(
    ("text", "markdown", "parts"),
    [
        pytest.param(
            UNSOURCED,
            True,
            ["**unsourced** count claim: About 250 volunteers", "No source"],
            id="unsourced",
        ),
        pytest.param(
            VAGUE,
            True,
            ["**sourced** percent claim: 30%", "Source: Some experts (vague); cue: say"],
            id="vague-source",
        ),
        pytest.param(
            "Harbour_Board chief Ann Lee said 40 ferries sailed.",
            True,
            ["Source: Harbour\\_Board chief Ann Lee (named); cue: said"],
            id="markdown-in-a-source-is-escaped",
        ),
        pytest.param(
            VAGUE, False, ["sourced percent claim: 30%\nSource: Some experts"], id="plain-text"
        ),
        pytest.param(
            SOURCED.strip() + " Another 120 were stranded.",
            True,
            ["**carried** count claim: 120", "carried from an earlier sentence); cue: said"],
            id="carried",
        ),
        pytest.param(
            UNSOURCED,
            True,
            ["Why: no cue in its sentence, and none carried into it", "[no-cue]"],
            id="why-unsourced",
        ),
        pytest.param(
            SOURCED.strip() + " Another 120 were stranded.",
            False,
            ["Why: no cue of its own, after an attributed sentence", "[carried]"],
            id="why-carried",
        ),
    ],
)
def test_hover_text(text: str, markdown: bool, parts: list[str]) -> None:
    report = check_document(text, explain=True)
    shown = hover_text(report.claims[-1], text, markdown)
    for part in parts:
        assert part in shown


def test_line_fix_silences_the_findings_line_and_no_other() -> None:
    """The same finding on two lines: the line fix for the second goes right above it (a
    comment above the first line would silence the wrong one and is never offered)."""
    text = UNSOURCED + UNSOURCED
    report = check_document(text)
    analysis = Analysis(text, "text", Config(), report)
    first, second = report.findings
    (line, whole) = suppressions(analysis, second)
    assert line.offset == len(UNSOURCED)  # the second line only, not the first
    assert whole.offset == 0
    assert suppressions(Analysis(text, "text", Config(), None), first) == []
    assert "pip install 'attribution[server]'" in MISSING


# --- docs/editors.md --------------------------------------------------------------------------


def _fenced(page: Path, info: str) -> list[str]:
    blocks, body, inside = [], [], False
    for line in page.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            if inside:
                blocks.append("\n".join(body))
            inside, body = not inside and line[3:].strip() == info, []
        elif inside:
            body.append(line)
    return blocks


def test_editor_setups_run_this_server() -> None:
    """The VS Code settings and the Helix configuration parse, and start ``attribution
    server`` with options this server reads (Lua is not run; its command is checked)."""
    page = ROOT / "docs" / "editors.md"
    (vscode,) = _fenced(page, "json")
    settings = json.loads(vscode)
    command = [settings["glspc.server.command"], *settings["glspc.server.commandArguments"]]
    assert command == ["attribution", "server"]
    assert Settings.from_options(settings["glspc.server.initializationOptions"])[1] == ()
    assert {kind_for("file:///x", i) for i in settings["glspc.server.languageId"]} == {
        "text",
        "markdown",
        "html",
    }
    (helix,) = _fenced(page, "toml")
    server = tomllib.loads(helix)["language-server"]["attribution"]
    assert [server["command"], *server["args"]] == ["attribution", "server"]
    assert Settings.from_options(server["config"])[1] == ()
    lua = _fenced(page, "lua")
    assert len(lua) == 2 and all('"attribution", "server"' in block for block in lua)
