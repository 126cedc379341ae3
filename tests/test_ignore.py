"""The gitignore matcher (attribution._ignore): one row per rule of gitignore(5) it covers."""

from __future__ import annotations

import pytest

from attribution._ignore import compile_lines, compile_pattern, decide

# (lines of a .gitignore, path relative to it, is the path a directory, ignored?)
ROWS = [
    # plain names match at any depth, files and directories alike
    ("drafts", "drafts", True, True),
    ("drafts", "a/b/drafts", True, True),
    ("notes.md", "a/notes.md", False, True),
    ("notes.md", "a/notes.md.bak", False, False),
    # everything below a matched directory is matched too
    ("drafts", "drafts/x.md", False, True),
    # globs: * and ? never cross '/'
    ("*.html", "page.html", False, True),
    ("*.html", "site/page.html", False, True),
    ("*.html", "page.htm", False, False),
    ("a*z", "a/z", False, False),
    ("draft-?.md", "draft-1.md", False, True),
    ("draft-?.md", "draft-12.md", False, False),
    ("[ab].txt", "a.txt", False, True),
    ("[ab].txt", "c.txt", False, False),
    ("[!ab].txt", "c.txt", False, True),
    ("[a-c].txt", "b.txt", False, True),
    # a '/' at the start or in the middle anchors to the .gitignore's directory
    ("/top.md", "top.md", False, True),
    ("/top.md", "sub/top.md", False, False),
    ("docs/old", "docs/old", True, True),
    ("docs/old", "x/docs/old", True, False),
    ("docs/*.md", "docs/a.md", False, True),
    ("docs/*.md", "docs/sub/a.md", False, False),
    # a trailing '/' matches directories only (and what is below them)
    ("build/", "build", True, True),
    ("build/", "build", False, False),
    ("build/", "build/out.txt", False, True),
    ("build/", "src/build", True, True),
    # '**'
    ("**/cache", "cache", True, True),
    ("**/cache", "a/b/cache", True, True),
    ("logs/**", "logs/a/b.txt", False, True),
    ("logs/**", "logs", True, False),
    ("a/**/z.md", "a/z.md", False, True),
    ("a/**/z.md", "a/b/c/z.md", False, True),
    ("a/**/z.md", "b/a/z.md", False, False),
    # negation: the last matching line decides
    ("*.md\n!keep.md", "keep.md", False, False),
    ("*.md\n!keep.md", "drop.md", False, True),
    ("!keep.md\n*.md", "keep.md", False, True),
    # comments, blank lines, escapes
    ("# a comment\n\n*.tmp", "x.tmp", False, True),
    ("# a comment", "# a comment", False, False),
    ("\\#hash.md", "#hash.md", False, True),
    ("\\!bang.md", "!bang.md", False, True),
    ("trailing.md   ", "trailing.md", False, True),
    ("space\\ ", "space ", False, True),
    ("space\\ ", "space", False, False),
    # special characters are literal
    ("a+b(1).md", "a+b(1).md", False, True),
    ("a.md", "aXmd", False, False),
]


@pytest.mark.parametrize(
    ("lines", "path", "is_dir", "expected"),
    [pytest.param(*row, id=f"{row[0]!r} {row[1]!r}{'/' if row[2] else ''}") for row in ROWS],
)
def test_gitignore_pattern(lines, path, is_dir, expected):
    assert (decide(compile_lines(lines.splitlines()), path, is_dir) is True) is expected


@pytest.mark.parametrize("line", ["", "   ", "# comment", "/", "!"])
def test_lines_that_are_no_pattern(line):
    assert compile_pattern(line) is None


def test_no_match_is_no_verdict():
    assert decide(compile_lines(["*.md"]), "a.txt", False) is None
    assert decide(compile_lines(["!a.txt"]), "a.txt", False) is False
