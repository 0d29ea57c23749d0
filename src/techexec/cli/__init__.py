"""The command line: thin Typer commands over the data, the questions and the renderers."""
