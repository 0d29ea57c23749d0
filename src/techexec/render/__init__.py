"""Renderers: a result as text for people, Markdown, JSON/YAML documents or a graph. They never read files."""
