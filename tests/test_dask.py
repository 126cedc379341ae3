"""attribution.dask on a real local distributed cluster with two workers, over a corpus slice."""

from __future__ import annotations

import pytest
from _scale import ROOT, corpus_slice, doc_example, endless_sentence, expected, require

pytestmark = pytest.mark.filterwarnings("ignore::FutureWarning", "ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def client():
    require("dask")
    require("distributed")
    require("pyarrow")
    from distributed import Client, LocalCluster

    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with Client(cluster) as c:
        assert len(c.scheduler_info()["workers"]) == 2
        yield c
    cluster.close()


@pytest.fixture(scope="module")
def articles():
    return corpus_slice()


def test_bag_rows_identical_to_records_of_check(client, articles):
    import dask.bag as db

    import attribution.dask

    bag = db.from_sequence(articles, npartitions=6)
    assert attribution.dask.claims(bag).compute() == expected(articles)
    pairs = db.from_sequence([(a["id"], a["text"]) for a in articles[:30]], npartitions=2)
    assert attribution.dask.claims(pairs, rows="findings").compute() == expected(
        articles[:30], "findings"
    )


def test_dataframe_rows_identical_to_records_of_check(client, articles):
    import dask.dataframe as dd
    import pandas as pd
    import pyarrow as pa

    import attribution.dask

    frame = dd.from_pandas(pd.DataFrame(articles), npartitions=6)
    out = attribution.dask.claims(frame)
    assert list(out.columns) == list(attribution.RECORD_FIELDS)
    got = pa.Table.from_pandas(out.compute(), preserve_index=False).to_pylist()
    assert got == expected(articles)


def test_integer_ids_keep_their_type(client, articles):
    import dask.dataframe as dd
    import pandas as pd
    import pyarrow as pa

    import attribution.dask

    few = [{"id": n, "text": a["text"]} for n, a in enumerate(articles[:20])]
    out = attribution.dask.claims(dd.from_pandas(pd.DataFrame(few), npartitions=2)).compute()
    assert pa.Table.from_pandas(out, preserve_index=False).to_pylist() == expected(few)


def test_timeout_in_a_worker_thread(client):
    import dask.bag as db

    import attribution.dask

    bag = db.from_sequence([("slow", endless_sentence()), ("ok", "We sold 4 cars.")], 1)
    got = attribution.dask.claims(bag, timeout=0.05).compute()
    assert got[0]["id"] == "slow" and got[0]["error"] == "timed out after 0.05 s"
    assert got[1:] == attribution.records(attribution.check("We sold 4 cars."), "ok")


def test_bad_input_is_a_clear_error(client):
    import attribution.dask

    with pytest.raises(TypeError, match="dask.bag.Bag or dask.dataframe.DataFrame"):
        attribution.dask.claims([1, 2])
    with pytest.raises(ValueError, match="rows"):
        attribution.dask.claims([1], rows="all")  # type: ignore[arg-type]


def test_the_researcher_example_of_docs_scale_md_runs(client, articles, monkeypatch):
    monkeypatch.chdir(ROOT)  # the example reads ../shared/corpus; articles: skip without it
    namespace: dict[str, object] = {}
    exec(compile(doc_example("dask"), "docs/scale.md (dask)", "exec"), namespace)
    table = namespace["table"]
    assert {"publisher", "year", "claims", "unsourced_share"} <= set(table.reset_index().columns)
    assert int(table["claims"].sum()) > 40_000
