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
nitpick_ignore_regex = [
    # attrs' Attribute generic and cattrs internals are not part of the public docs.
    (r"py:.*", r"attr\..*|attrs\..*|cattrs\..*"),
    # Without network access the standard library's inventory cannot be fetched.
    (r"py:.*", r"(datetime|decimal|enum|os|typing|collections\.abc|pathlib|uuid)\..*"),
    # Nor Hypothesis' (the strategies return its SearchStrategy).
    (r"py:.*", r"hypothesis(\..*)?"),
    # Type variables of generic signatures.
    (r"py:class", r"govreport\..*\.(T|_E|_R)"),
]


doctest_global_setup = """
import datetime as dt
from decimal import Decimal
import govreport
"""


def _hide_shared_base(
    _app: object, _name: str, _obj: object, _options: object, bases: list[type]
) -> None:
    """Show `object` where a class's base is govreport's private repr base."""
    bases[:] = [object if base.__module__ == "govreport._base" else base for base in bases]


def setup(app: Any) -> None:
    """Connect the hooks above."""
    app.connect("autodoc-process-bases", _hide_shared_base)


del govreport
