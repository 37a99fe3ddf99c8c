"""Tools over a resolved ladder: diff, export, schemas, field reference, scaffolds, versions."""
