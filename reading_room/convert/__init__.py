"""The converter: one raw page file → articles, debris and issues (pure stages, no file I/O).

Stages, in the order `pipeline` runs them: `decode` → `markup` (HTML input only) → `clean` →
`paragraphs` (classify, rejoin; `flattened` parts an archive's one-line headline block) → `split`
(with `headlines`) → `assemble` (metadata through `meta/`: `bylines`, `leads` for a paragraph's
opening credit, dates, keywords).  `recurring` finds a folder's furniture across pages; `explain` and `audit` account
for every piece of a file; `settings` reads `source.yml`.

Imports only `reading_room.model` and `reading_room.patterns` from outside this package.
"""
