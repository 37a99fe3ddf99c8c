"""Reading YAML: ladder files into plain data that keeps every value's place."""
