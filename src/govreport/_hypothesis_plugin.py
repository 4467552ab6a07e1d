"""Registers govreport's strategies with hypothesis (the ``hypothesis`` entry point).

Hypothesis calls `_hypothesis_setup_hook` while it is being imported, so the
strategies are registered lazily: each is built the first time
``st.from_type`` asks for its type.
"""

from typing import Any


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st  # noqa: PLC0415 -- only when hypothesis runs

    def resolver(cls: type[Any]) -> Any:
        # Hypothesis passes the type it is resolving, which may be a base class
        # (`st.from_type(object)` asks every registered type): answer for *cls*.
        def resolve(_requested: type[Any]) -> Any:
            from . import strategies  # noqa: PLC0415 -- strategies import hypothesis

            return strategies.for_type(cls)

        return resolve

    from . import _records, _report, _values  # noqa: PLC0415

    for module in (_values, _records, _report):
        for name in module.__all__:
            cls = getattr(module, name)
            if isinstance(cls, type) and hasattr(cls, "__attrs_attrs__"):
                st.register_type_strategy(cls, resolver(cls))
