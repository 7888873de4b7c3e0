from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

DATA = ROOT / "tests" / "data"
SAMPLE_TXT = DATA / "samples" / "000_e467f13259972cda.txt"
SAMPLE_DOCX = DATA / "samples" / "000_e467f13259972cda.docx"


@pytest.fixture(scope="session")
def sample_txt() -> Path:
    return SAMPLE_TXT


@pytest.fixture(scope="session")
def sample_docx() -> Path:
    return SAMPLE_DOCX


@pytest.fixture(scope="session")
def sample_table():
    from extract.readers import read_proposals

    return read_proposals(SAMPLE_TXT)


def pytest_report_header(config):
    return [f"neo4j: {os.environ.get('TIANGRAPH_NEO4J_URI', 'not started')}"]


@pytest.fixture(scope="session")
def sample_result():
    """The sample's build result (graph, mentions) from the .docx, through the real pipeline."""
    from graph import build_corpus

    return build_corpus([SAMPLE_DOCX])


@pytest.fixture(scope="session")
def sample_graph(sample_result):
    return sample_result.graph


@pytest.fixture(scope="session")
def sample_graph_dir(tmp_path_factory, sample_result):
    from graph import write_graph

    out = tmp_path_factory.mktemp("graph") / "sample"
    write_graph(sample_result, out)
    return out
