"""Sphinx configuration for govreport's documentation."""

from importlib import metadata
from typing import Any

import govreport

project = "govreport"
author = "The govreport authors"
copyright = "2026, The govreport authors"
release = metadata.version("govreport")  # from the git tag, through the installed metadata

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
]
myst_enable_extensions = ["colon_fence", "deflist"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]

html_theme = "furo"
html_title = "govreport"

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": False}
# Single backticks in docstrings are code, as in Markdown.
default_role = "code"
nitpicky = True
# hypothesis.find is not in the inventory of Hypothesis' documentation (below).
nitpick_ignore = [("py:func", "hypothesis.find")]
nitpick_ignore_regex = [
    # Type variables of generic signatures.
    (r"py:class", r"govreport\..*\.(T|_E|_R)"),
]

# Links into the documentation of Python, attrs, cattrs and Hypothesis. The build has
# no network, so the inventories are stored in _inventories/, taken from Debian's
# documentation packages (tools/update_inventories.sh); each link goes to the version
# of the documentation its inventory describes.
intersphinx_mapping = {
    "python": ("https://docs.python.org/3.11/", "_inventories/python.inv"),
    "attrs": ("https://www.attrs.org/en/22.2.0/", "_inventories/attrs.inv"),
    "cattrs": ("https://catt.rs/en/v22.2.0/", "_inventories/cattrs.inv"),
    "hypothesis": (
        "https://hypothesis.readthedocs.io/en/hypothesis-python-6.67.1/",
        "_inventories/hypothesis.inv",
    ),
}


doctest_global_setup = """
import datetime as dt
import importlib.util
from decimal import Decimal
import govreport

def missing(*names):
    # The tables how-to runs where its optional libraries are installed.
    return any(importlib.util.find_spec(name) is None for name in names)

if not missing("hypothesis"):
    # The examples state what to test, not how fast a busy build machine draws:
    # no deadline and no too-slow health check, as in the test suite's ci profile.
    from hypothesis import HealthCheck, settings as _settings

    _settings.register_profile(
        "docs", deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )
    _settings.load_profile("docs")
"""


def _hide_shared_base(
    _app: object, _name: str, _obj: object, _options: object, bases: list[type]
) -> None:
    """Show `object` where a class's base is govreport's private repr base.

    A private base shows as its own first base (`enum.Enum` for the worded enums).
    """
    while any(base.__name__.startswith("_") for base in bases):
        bases[:] = [base.__bases__[0] if base.__name__.startswith("_") else base for base in bases]
    bases[:] = [object if base.__module__ == "govreport._base" else base for base in bases]


def setup(app: Any) -> None:
    """Connect the hooks above."""
    app.connect("autodoc-process-bases", _hide_shared_base)


del govreport
