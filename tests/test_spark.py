"""attribution.spark on a real local Spark session (local[2]), over a corpus slice."""

from __future__ import annotations

import pytest
from _scale import ROOT, corpus_slice, doc_example, endless_sentence, expected, require

pytestmark = pytest.mark.filterwarnings("ignore::FutureWarning", "ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def spark():
    require("pyspark")
    require("pyarrow")
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("attribution-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.memory", "1g")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "64")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def articles():
    return corpus_slice()


def test_rows_identical_to_records_of_check(spark, articles):
    import attribution.spark

    df = spark.createDataFrame([(a["id"], a["text"]) for a in articles], "id string, text string")
    got = [r.asDict() for r in attribution.spark.claims(df).collect()]
    assert got == expected(articles)
    assert len(got) > 500


def test_schema_and_integer_ids_and_findings_rows(spark, articles):
    from pyspark.sql import types as T

    import attribution.spark

    few = articles[:40]
    df = spark.createDataFrame(
        [(n, a["text"]) for n, a in enumerate(few)] + [(999, None)], "doc long, body string"
    )
    out = attribution.spark.claims(df, text="body", id="doc", rows="findings")
    assert out.columns == list(attribution.RECORD_FIELDS)
    assert out.schema["id"].dataType == T.LongType()
    assert out.schema["value"].dataType == T.DoubleType()
    got = [r.asDict() for r in out.collect()]
    assert got == expected([{"id": n, "text": a["text"]} for n, a in enumerate(few)], "findings")


def test_timeout_gives_an_error_row_and_the_others_go_on(spark):
    import attribution.spark

    df = spark.createDataFrame(
        [("slow", endless_sentence()), ("ok", "We sold 4 cars.")], "id string, text string"
    ).repartition(1)
    got = [r.asDict() for r in attribution.spark.claims(df, timeout=0.05).collect()]
    by_id = {r["id"]: r for r in got}
    assert by_id["slow"]["error"] == "timed out after 0.05 s" and by_id["slow"]["text"] is None
    assert [r for r in got if r["id"] == "ok"] == attribution.records(
        attribution.check("We sold 4 cars."), "ok"
    )


def test_bad_columns_are_clear_errors(spark):
    import attribution.spark

    df = spark.createDataFrame([("a", 1)], "id string, n long")
    with pytest.raises(ValueError, match="no column 'text'"):
        attribution.spark.claims(df)
    with pytest.raises(TypeError, match="string column"):
        attribution.spark.claims(df, text="n")


def test_the_researcher_example_of_docs_scale_md_runs(spark, articles, monkeypatch):
    monkeypatch.chdir(ROOT)  # the example reads ../shared/corpus; articles: skip without it
    namespace = {"spark": spark}
    exec(compile(doc_example("spark"), "docs/scale.md (spark)", "exec"), namespace)
    table = namespace["table"].collect()
    assert table and {"publisher", "year", "claims", "unsourced_share"} <= set(table[0].asDict())
    assert all(0.0 <= r["unsourced_share"] <= 1.0 for r in table)
    assert sum(r["claims"] for r in table) > 40_000  # the whole corpus
