"""The compiled finders (extract/native.py): in use when built, the same output as the sources,
not used for other sources, and a failed build leaves nothing behind."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from extract import native

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"

#: Every mention of every table the tests have, one JSON line each, in a fresh process.
DUMP = """
import json, sys
from pathlib import Path
from extract import extract_table, load_aliases, native
from extract.readers import read_proposals
aliases = load_aliases()
out = sys.stdout
out.write(json.dumps(native.status().active) + "\\n")
for path in sys.argv[1:]:
    for m in extract_table(read_proposals(path), aliases=aliases):
        out.write(json.dumps([Path(path).name, m.case, m.suggestion, m.field, m.type, m.name, m.text, m.start, m.end,
                              m.sentence, m.rule, m.source], ensure_ascii=False) + "\\n")
"""


def _run(code: str, *args: str, pure: bool = False, cwd: Path = ROOT, **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k != "TIANGRAPH_PURE"}
    environment.update(env)
    if pure:
        environment["TIANGRAPH_PURE"] = "1"
    return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, env=environment, capture_output=True,
                          text=True, encoding="utf-8", check=False)


def _require_active() -> None:
    if not native.status().active:
        if os.environ.get("TIANGRAPH_REQUIRE_NATIVE") == "1":
            pytest.fail(f"TIANGRAPH_REQUIRE_NATIVE=1 but the compiled finders are not in use: {native.status().reason}")
        pytest.skip(f"the compiled finders are not in use: {native.status().reason}")


def test_the_compiled_finders_are_in_use_once_built():
    _require_active()
    import extract.finders.site
    import extract.mentions

    folder = native.status().folder
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    for module in (extract.finders.site, extract.mentions):
        assert Path(module.__file__).is_relative_to(folder) and module.__file__.endswith(suffix)
    import extract.canon  # not compiled: its functions are replaced in tests

    assert extract.canon.__file__.endswith("canon.py")


def test_compiled_and_source_finders_find_the_same_mentions_in_every_table():
    _require_active()
    tables = sorted(str(p) for p in DATA.glob("heldout*/*.txt")) + sorted(str(p) for p in DATA.glob("samples/*.txt"))
    assert len(tables) > 300
    compiled, pure = _run(DUMP, *tables), _run(DUMP, *tables, pure=True)
    assert compiled.returncode == 0 and pure.returncode == 0, compiled.stderr[-2000:] + pure.stderr[-2000:]
    compiled_lines, pure_lines = compiled.stdout.splitlines(), pure.stdout.splitlines()
    assert (compiled_lines[0], pure_lines[0]) == ("true", "false")  # each ran what it was meant to
    assert len(compiled_lines) > 40_000
    assert compiled_lines[1:] == pure_lines[1:]


def test_the_doctests_of_the_compiled_modules_pass_on_their_sources():
    files = [name.replace(".", "/") + ".py" for name in native.MODULES]
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--doctest-modules", *files],
                          cwd=ROOT, env=dict(os.environ, TIANGRAPH_PURE="1"), capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout[-3000:]
    assert " passed" in done.stdout.splitlines()[-1]


def test_pure_in_the_environment_runs_the_sources():
    done = _run("from extract import native; import extract.finders.unit as u; print(native.status().reason); print(u.__file__)",
                pure=True)
    assert done.returncode == 0, done.stderr
    reason, file = done.stdout.splitlines()
    assert "TIANGRAPH_PURE" in reason and file.endswith("unit.py")


def test_a_build_is_for_its_sources_only(tmp_path):
    _require_active()
    shutil.copytree(ROOT / "extract", tmp_path / "extract", ignore=shutil.ignore_patterns("__pycache__"))
    package = tmp_path / "extract"
    key = native.source_key(package)
    assert native.source_key(package) == key == native.source_key(ROOT / "extract")
    (package / "finders" / ".#site.py").symlink_to(tmp_path / "gone")  # an editor's lock file counts for nothing
    assert native.source_key(package) == key
    site = package / "finders" / "site.py"
    site.write_text(site.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    assert native.source_key(package) != key
    # the edited copy, imported instead of the checkout, next to the build of the checkout: its sources run
    code = ("import extract, extract.finders.site as s; from extract import native; "
            "print(extract.__file__); print(native.status().reason); print(s.__file__)")
    done = _run(code, cwd=tmp_path, TIANGRAPH_NATIVE_DIR=str(native.status().folder.parent))
    assert done.returncode == 0, done.stderr
    package_file, reason, file = done.stdout.splitlines()
    assert package_file.startswith(str(tmp_path)) and "not built for these sources" in reason
    assert file == str(site)


@pytest.mark.parametrize("damaged", ["group", "extract.finders.site"])
def test_a_damaged_build_is_not_loaded_and_extract_still_imports(tmp_path, damaged):
    _require_active()
    builds = tmp_path / "builds"
    folder = builds / native.status().folder.name
    shutil.copytree(native.status().folder, folder)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    name = manifest["group"] if damaged == "group" else damaged
    (folder / manifest["files"][name]).write_bytes(b"not a shared library")
    code = ("import extract.finders.site as s; from extract import native, extract_table; "
            "print(native.status().reason); print(s.__file__)")
    done = _run(code, TIANGRAPH_NATIVE_DIR=str(builds))
    assert done.returncode == 0, done.stderr
    reason, file = done.stdout.splitlines()
    assert "does not load" in reason and file.endswith("site.py")


def test_a_build_of_the_wrong_shape_leaves_extract_importable(tmp_path):
    builds = tmp_path / "builds"
    folder = builds / native.source_key()
    folder.mkdir(parents=True)
    (folder / "manifest.json").write_text('{"files": ["a", "b"], "group": 3}', encoding="utf-8")
    done = _run("from extract import native; print(native.status().reason)", TIANGRAPH_NATIVE_DIR=str(builds))
    assert done.returncode == 0, done.stderr
    assert "not built for these sources" in done.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="the C compiler is named by CC on POSIX systems only")
def test_a_failed_build_says_so_in_one_line_and_leaves_nothing(tmp_path):
    if shutil.which("gcc") is None or importlib_missing("mypyc"):
        pytest.skip("no C compiler or mypyc here")
    builds = tmp_path / "builds"
    half_made = builds / native.source_key()
    half_made.mkdir(parents=True)  # a build killed half-way (or damaged) is in the way: moved aside, not trusted
    (half_made / "extract").mkdir()
    tiangraph = Path(sys.executable).with_name("tiangraph")
    done = subprocess.run([str(tiangraph), "native", "build"], cwd=ROOT, capture_output=True, text=True, check=False,
                          env=dict(os.environ, TIANGRAPH_NATIVE_DIR=str(builds), CC="false", LDSHARED="false"))
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: mypyc failed") and "false" in lines[0], done.stderr
    assert not any(builds.iterdir())  # the half-made build, the work folder and the trash are all gone


def test_an_unwritable_folder_is_one_line_too(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    tiangraph = Path(sys.executable).with_name("tiangraph")
    done = subprocess.run([str(tiangraph), "native", "build"], cwd=ROOT, capture_output=True, text=True, check=False,
                          env=dict(os.environ, TIANGRAPH_NATIVE_DIR=str(blocker / "builds")))
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: cannot write") and str(blocker) in lines[0], done.stderr


def importlib_missing(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is None
