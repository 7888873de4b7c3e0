"""Collection settings for the whole tree (the tests' fixtures are in tests/conftest.py)."""

from extract import native

if native.status().active:
    # A compiled module's file is not its source, so pytest cannot collect the source's doctests;
    # tests/test_native.py runs them on the sources instead.
    collect_ignore = [name.replace(".", "/") + ".py" for name in native.MODULES]
