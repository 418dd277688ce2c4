"""Running it all: a whole archive converted and written, the MkDocs build, the offline bundle.

`runner` converts an archive (cache, parallelism) and writes its pages; `store` is the only
file I/O; `sitebuild` runs `mkdocs build` in parallel parts and merges them; `bundle` zips the
built site with `zipwriter`.

May import every other layer; nothing imports it but the command line (build_site.py).
"""
