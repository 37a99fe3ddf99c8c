"""Adapters: the only modules that know MkDocs or the terminal."""
