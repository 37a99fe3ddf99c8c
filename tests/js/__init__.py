"""Python tests of the page script, run in Node (a package, so its conftest is js.conftest)."""
