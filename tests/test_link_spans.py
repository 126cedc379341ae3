"""The link stage's span index (``_Spans``) answers as a scan over its spans would: whether a
span starts at or before an offset and ends after it, nested and overlapping spans included."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution._link import _Spans
from attribution._model import Span

spans = st.lists(
    st.tuples(st.integers(0, 200), st.integers(1, 60)).map(
        lambda p: Span(p[0], p[0] + p[1], "x" * p[1])
    ),
    max_size=30,
)


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(spans, st.integers(-5, 270))
def test_spans_hold_as_a_scan_does(items: list[Span], pos: int) -> None:
    expected = any(span.start <= pos < span.end for span in items)
    assert _Spans(items).hold(pos) is expected


def test_a_span_nested_in_an_earlier_one_does_not_hide_it() -> None:
    # the outer span starts first and ends last: the inner one, nearer by start, ends before
    outer, inner = Span(0, 50, "o" * 50), Span(10, 20, "i" * 10)
    assert _Spans([inner, outer]).hold(30)
    assert not _Spans([inner, outer]).hold(50)
