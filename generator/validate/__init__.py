"""Validation: find the files, check each against its model, check how they fit together."""

from generator.validate.folder import load_ladder

__all__ = ["load_ladder"]
