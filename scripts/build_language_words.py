"""Write src/hearten/content/language.json: language.toml's words, quicker to read.

Run after editing language.toml (until then hearten reads the TOML itself, a little slower):

    .venv/bin/python scripts/build_language_words.py
"""

from __future__ import annotations

from hearten.content.language import CACHE, render_cache

if __name__ == "__main__":
    CACHE.write_text(render_cache(), encoding="utf-8")
    print(f"wrote {CACHE}")
