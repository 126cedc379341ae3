"""Regenerate docs/report-seed.png: the HTML report of the seed article, as Chromium shows it.

    python docs/make_report_screenshot.py            # writes docs/report-seed.png
    python docs/make_report_screenshot.py --html /tmp/seed.html   # also keep the page

Uses the real engine (``attribution.check``) and headless Chromium (``apt-get install
chromium``). The first claim that has a source is focused, so the picture shows the popup and
the lines linking the claim to its source and cue.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import attribution
from attribution._lint import FileResult
from attribution._reporters.html import render

ROOT = Path(__file__).resolve().parents[1]
SEED = "seeds/petro-icc-netanyahu.txt"
WIDTH = 1200


def chromium(binary: str, url: str, *args: str, height: int, width: int = WIDTH) -> str:
    """Run headless Chromium on ``url`` with ``args`` in a ``width`` x ``height`` window and
    a throwaway profile; its standard output. Also used by tests/test_html_report.py."""
    with tempfile.TemporaryDirectory() as profile:
        proc = subprocess.run(
            [
                binary,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                f"--user-data-dir={profile}",
                f"--window-size={width},{height}",
                *args,
                url,
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
    if proc.returncode != 0:
        raise RuntimeError(f"chromium exited with {proc.returncode}: {proc.stderr[-2000:]}")
    return proc.stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "report-seed.png")
    ap.add_argument("--html", type=Path, help="also write the HTML page here")
    args = ap.parse_args()
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary is None:
        print("chromium not found (apt-get install -y chromium)", file=sys.stderr)
        return 2

    text = (ROOT / SEED).read_text(encoding="utf-8")
    report = attribution.check(text)
    result = FileResult(path=SEED, text=text, source=text, report=report, findings=report.findings)
    page = render([result])
    sourced = [i for i, c in enumerate(report.claims, 1) if c.attributions]
    focus = f"#f0-c{sourced[0]}" if sourced else ""

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.html"
        path.write_text(page, encoding="utf-8")
        # Size the window to the whole page: a page that does not scroll keeps the focused
        # claim (and its popup) where they are, and shows everything.
        dom = chromium(binary, path.as_uri(), "--dump-dom", height=4000)
        m = re.search(r'data-height="(\d+)"', dom)
        height = int(m.group(1)) if m else 1800
        chromium(binary, path.as_uri() + focus, f"--screenshot={args.out.resolve()}", height=height)
    if args.html:
        args.html.write_text(page, encoding="utf-8")
    print(f"wrote {args.out} ({WIDTH}x{height}, {len(report.claims)} claims)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
