"""Reply templates: the library, the VA's own templates, drafts and inline mode."""
