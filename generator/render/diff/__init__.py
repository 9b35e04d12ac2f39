"""The change reports: text for terminals, Markdown for pull requests, JSON for scripts, and the site's
"What changed" page. Each works from a :class:`~generator.render.context.RenderContext` whose ``changes``
is the :class:`~generator.diff.ChangeSet`."""
