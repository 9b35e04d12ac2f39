"""The handbook site's search: finds what staff type, in every language (docs/site.md, "Search").

MkDocs Material's search runs lunr in a web worker. The generator keeps Material's worker and its search box
and changes three things, all from the site hook:

* :mod:`.content` keeps out of the index what nobody searches for (the journey diagram's Mermaid source, the
  severity and change badges inside item headings) and the forbidden-phrases table, whose phrases
  :mod:`.entries` gives an entry each;
* :mod:`.index` writes the index once, as UTF-8, with those entries, naming the lunr "language" ``handbook``;
* :mod:`.script` writes that language's script: the lunr-languages stemmer of the page's language, the fold
  tables of :mod:`generator.textnorm` and ``handbook.js`` (folding, stemming, Hebrew prefix letters, prefix and
  typo matching, ranking by the number of words matched).

:mod:`.material` pins the Material version this was tested with.
"""
