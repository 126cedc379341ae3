"""Claim rows from a Spark DataFrame of articles: ``attribution.spark.claims(df)``.

Needs the ``spark`` extra (``pip install 'attribution[spark]'``: pyspark and pyarrow). The
checker runs in Spark's Python workers over Arrow batches (``DataFrame.mapInArrow``), one
article at a time, and each article's rows are exactly :func:`attribution.records` of
:func:`attribution.check` (or of :func:`attribution.check_document` with ``format``).
See docs/scale.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ._batch import check_one
from ._config import Config
from ._documents import KINDS, Kind
from ._records import FIELD_TYPES, RECORD_FIELDS, ROWS, Rows, error_record

if TYPE_CHECKING:
    from pyspark.sql import DataFrame
    from pyspark.sql.types import StructType

__all__ = ["claims", "schema"]


def schema(id_type: Any = None) -> StructType:
    """The Spark schema of the claim rows (:data:`attribution.RECORD_FIELDS`, all nullable);
    ``id`` has ``id_type`` (a Spark ``DataType``; string by default)."""
    from pyspark.sql import types as T

    types = {
        "int": T.LongType(),
        "float": T.DoubleType(),
        "bool": T.BooleanType(),
        "str": T.StringType(),
    }
    return T.StructType(
        [
            T.StructField(name, (id_type or T.StringType()) if kind == "id" else types[kind], True)
            for name, kind in FIELD_TYPES.items()
        ]
    )


def claims(
    df: DataFrame,
    text: str = "text",
    id: str = "id",
    *,
    format: Kind | None = None,
    rows: Rows = "claims",
    config: Config | None = None,
    timeout: float | None = None,
) -> DataFrame:
    """One row per claim (``rows="findings"``: per reported finding) of every article in
    ``df``, whose column ``text`` holds the article and ``id`` its id (any Spark type: the
    rows' ``id`` column has the same).

    The rows are :func:`attribution.records` of each article; a null text gives none. With
    ``timeout`` (seconds), an article that takes longer gives one row with its ``id`` and
    ``error`` set, every other field null, and the others go on. Lazy, like any
    transformation: nothing runs until an action (``count``, ``write``, a query).
    """
    if text not in df.columns:
        raise ValueError(f"no column {text!r} in the DataFrame (columns: {', '.join(df.columns)})")
    if id not in df.columns:
        raise ValueError(f"no column {id!r} in the DataFrame (columns: {', '.join(df.columns)})")
    if format is not None and format not in KINDS:
        raise ValueError(f"format must be one of {', '.join(KINDS)} or None; got {format!r}")
    if rows not in ROWS:
        raise ValueError(f"rows must be 'claims' or 'findings', got {rows!r}")
    if config is not None and not isinstance(config, Config):
        raise TypeError(f"config must be an attribution.Config, got {type(config).__name__}")
    from pyspark.sql import types as T

    text_type = df.schema[text].dataType
    if not isinstance(text_type, T.StringType):
        raise TypeError(f"column {text!r} must be a string column, not {text_type.simpleString()}")
    out_schema = schema(df.schema[id].dataType)
    settings = (config or Config(), format, rows, timeout)

    def check_batches(batches: Iterator[Any]) -> Iterator[Any]:
        return arrow_batches(batches, text, id, settings)

    return df.select(id, text).mapInArrow(check_batches, out_schema)


def arrow_batches(
    batches: Iterator[Any],
    text: str,
    id: str,
    settings: tuple[Config, Kind | None, Rows, float | None],
) -> Iterator[Any]:
    """The claim rows of Arrow record batches of ``(id, text)``, as Arrow record batches
    (shared with :mod:`attribution.dask`)."""
    import pyarrow as pa

    config, format, rows, timeout = settings
    out_schema: Any = None
    for batch in batches:
        if out_schema is None:
            id_type = batch.schema.field(id).type
            out_schema = arrow_schema(id_type)
        columns: dict[str, list[Any]] = {name: [] for name in RECORD_FIELDS}
        ids = batch.column(id).to_pylist()
        texts = batch.column(text).to_pylist()
        for doc_id, doc in zip(ids, texts):
            if doc is None:
                continue
            payload, error = check_one((doc_id, doc, format), config, timeout, "rows", rows)
            for row in payload if error is None else [error_record(doc_id, error)]:
                for name in RECORD_FIELDS:
                    columns[name].append(row[name])
        yield pa.RecordBatch.from_pydict(columns, schema=out_schema)


def arrow_schema(id_type: Any) -> Any:
    """The claim rows' Arrow schema, ``id`` of ``id_type``."""
    from ._archive import arrow_schema as schema_for

    return schema_for(id_type)
