"""One module per CLI command; each defines ``register(subparsers)``.

A command's ``register`` adds its subparser and sets ``func`` (called with the parsed
arguments, returning an exit code). The CLI finds the modules here by itself, so a new
command is a new file.
"""
