"""Helpers shared by tests: real third-party files to import, built on the fly."""
