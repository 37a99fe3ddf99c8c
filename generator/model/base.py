"""The base of every model: unknown keys are mistakes, values never change after loading."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Model(BaseModel):
    """A misspelt key (`titel:`) fails instead of being ignored; loaded data is immutable."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        validate_default=False,
        hide_input_in_errors=True,
        use_attribute_docstrings=True,
    )
