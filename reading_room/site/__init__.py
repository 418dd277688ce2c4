"""The site as files: converted articles → Markdown pages, index pages, catalogue, search index.

`render` writes one article's page (and the escaping rules for every page), `cite` its
citations, `pages/` the index pages (dispatched by `indexes`), `catalog` the data files and
`search_index` the archive's own search; `urls` says where every page lives and how a
link to it is spelled.  Pure: returns `{path: text}`, writes nothing.

Imports `reading_room.convert`, `reading_room.model` and `reading_room.patterns`; never
`reading_room.publish`, never MkDocs.
"""
