"""Helpers shared by tests: throwaway servers, real third-party files to import, and the like."""
