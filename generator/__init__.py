"""Career-ladder handbook generator: YAML ladder -> validated graph -> Markdown pages."""
