"""Index pages of the site, one small module per kind (the `indexes` module dispatches).

- `common`: slugs, relative links, pagination, list items, front matter of a listing page;
- `issues`: publication → year → month calendar → day (issue) pages, undated lists, and the
  printed order that gives every article its previous/next;
- `facets`: authors, keywords, people, places, organisations, series — index + one page each;
- `home`, `sources`, `feeds`: the home page, source-file pages, RSS and JSON Feed.

Every page is plain Markdown (+ a little HTML), every source-derived string escaped by
`render.md_text` / `render.html_text`, every link a relative `.md` link MkDocs checks in
`--strict` mode and rewrites for either URL style.  Page size is bounded by `PER_PAGE`, never
by the size of the archive.

Does not: write files, decide metadata.
"""
