"""Claim rows from a Dask bag or DataFrame of articles: ``attribution.dask.claims(data)``.

Needs the ``dask`` extra (``pip install 'attribution[dask]'``: dask, distributed, pandas and
pyarrow). Each partition is checked where it lies, one article at a time, and each article's
rows are exactly :func:`attribution.records` of :func:`attribution.check` (or of
:func:`attribution.check_document` with ``format``). See docs/scale.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ._batch import check_one
from ._config import Config
from ._documents import KINDS, Kind
from ._records import ROWS, Rows, error_record
from .spark import arrow_batches, arrow_schema

__all__ = ["claims"]

Settings = tuple[Config, Kind | None, Rows, float | None]


def claims(
    data: Any,
    text: str = "text",
    id: str = "id",
    *,
    format: Kind | None = None,
    rows: Rows = "claims",
    config: Config | None = None,
    timeout: float | None = None,
) -> Any:
    """One row per claim (``rows="findings"``: per reported finding) of every article in
    ``data``, lazily.

    - A ``dask.dataframe.DataFrame`` with columns ``text`` and ``id`` gives a Dask DataFrame
      of the rows (Arrow-backed columns, nulls kept; ``id`` of the input's type, integer or
      string).
    - A ``dask.bag.Bag`` of dicts (keys ``text`` and ``id``), ``(id, text)`` pairs or plain
      texts (id None) gives a bag of row dicts, :data:`attribution.RECORD_FIELDS` in order.

    A null text gives no rows. With ``timeout`` (seconds), an article that takes longer gives
    one row with its ``id`` and ``error`` set, and the others go on.
    """
    if format is not None and format not in KINDS:
        raise ValueError(f"format must be one of {', '.join(KINDS)} or None; got {format!r}")
    if rows not in ROWS:
        raise ValueError(f"rows must be 'claims' or 'findings', got {rows!r}")
    if config is not None and not isinstance(config, Config):
        raise TypeError(f"config must be an attribution.Config, got {type(config).__name__}")
    settings: Settings = (config or Config(), format, rows, timeout)
    import dask.bag as db
    import dask.dataframe as dd

    if isinstance(data, db.Bag):
        bag: Any = data
        return bag.map_partitions(_bag_partition, text, id, settings)
    if isinstance(data, dd.DataFrame):
        return _dataframe(data, text, id, settings)
    raise TypeError(
        f"claims() expects a dask.bag.Bag or dask.dataframe.DataFrame, got {type(data).__name__}"
    )


def _bag_partition(
    items: Iterable[Any], text: str, id: str, settings: Settings
) -> list[dict[str, Any]]:
    config, format, rows, timeout = settings
    out: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, dict):
            doc_id, doc = item.get(id), item.get(text)
        elif isinstance(item, tuple | list) and len(item) == 2:
            doc_id, doc = item
        else:
            doc_id, doc = None, item
        if doc is None:
            continue
        payload, error = check_one((doc_id, doc, format), config, timeout, "rows", rows)
        out.extend(payload if error is None else [error_record(doc_id, error)])
    return out


def _dataframe(df: Any, text: str, id: str, settings: Settings) -> Any:
    import pandas as pd
    import pyarrow as pa

    for column in (text, id):
        if column not in df.columns:
            names = ", ".join(map(str, df.columns))
            raise ValueError(f"no column {column!r} in the DataFrame (columns: {names})")
    id_type = pa.int64() if pd.api.types.is_integer_dtype(df[id].dtype) else pa.string()
    meta = arrow_schema(id_type).empty_table().to_pandas(types_mapper=pd.ArrowDtype)
    return df[[id, text]].map_partitions(
        _frame_partition, text, id, id_type, settings, meta=meta, align_dataframes=False
    )


def _frame_partition(part: Any, text: str, id: str, id_type: Any, settings: Settings) -> Any:
    import pandas as pd
    import pyarrow as pa

    ids = pa.array(part[id].tolist(), type=id_type, from_pandas=True)
    texts = pa.array(part[text].tolist(), type=pa.string(), from_pandas=True)
    batch = pa.RecordBatch.from_arrays([ids, texts], names=[id, text])
    batches: Iterator[Any] = arrow_batches(iter([batch]), text, id, settings)
    table = pa.Table.from_batches(list(batches), schema=arrow_schema(id_type))
    return table.to_pandas(types_mapper=pd.ArrowDtype)
