"""`tiangraph viz`: the site of a built graph and a single focused view, through the real entry point."""

from __future__ import annotations

import subprocess
import sys


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "tiangraph.cli", *map(str, args)], capture_output=True, text=True)


def test_viz_writes_the_site(sample_graph_dir):
    r = _cli("viz", sample_graph_dir)
    assert r.returncode == 0, r.stderr
    index = sample_graph_dir / "site" / "index.html"
    assert r.stdout.strip() == f"Site: {index}"
    assert "学习强安" in index.read_text(encoding="utf-8") or (sample_graph_dir / "site" / "pages").exists()


def test_viz_with_two_processes_writes_the_same_site(sample_graph_dir, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    assert _cli("viz", sample_graph_dir, "-o", one).returncode == 0
    r = _cli("viz", sample_graph_dir, "-o", two, "--jobs", "2")
    assert r.returncode == 0, r.stderr
    files = sorted(p.relative_to(one).as_posix() for p in one.rglob("*") if p.is_file())
    assert len(files) > 100 and files == sorted(p.relative_to(two).as_posix() for p in two.rglob("*") if p.is_file())
    assert all((one / f).read_bytes() == (two / f).read_bytes() for f in files)


def test_viz_focus_writes_one_view(sample_graph_dir, tmp_path):
    out = tmp_path / "view.html"
    r = _cli("viz", sample_graph_dir, "--focus", "学习强安", "--depth", "2", "-o", out)
    assert r.returncode == 0, r.stderr
    html = out.read_text(encoding="utf-8")
    import re

    assert "学习强安" in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)


def test_viz_unknown_focus_lists_close_matches(sample_graph_dir, tmp_path):
    r = _cli("viz", sample_graph_dir, "--focus", "学习强", "-o", tmp_path / "v.html")
    assert r.returncode == 1 and r.stderr.startswith("Error: ") and "学习强安" in r.stderr
    assert not (tmp_path / "v.html").exists()
