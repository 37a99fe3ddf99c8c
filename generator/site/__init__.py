"""The site: addresses, pages, rendering, text safety, macros, redirects, the docs tree."""
