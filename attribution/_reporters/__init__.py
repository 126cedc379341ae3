"""Stage 6: reporters. Each turns a sequence of :class:`~attribution._lint.FileResult` into text."""
