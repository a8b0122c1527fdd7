"""The crisis encoder's tokenizer, weights and forward pass (numpy); see the package's docstring."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import numpy as np

MAX_TOKENS = 64  # as trained: [CLS], 62 pieces, [SEP]
BATCH = 32  # texts read at once
_EPSILON = 1e-12  # the encoder's LayerNorm epsilon
# Plain Python floats: a numpy float64 scalar (np.sqrt(2.0)) would turn every float32 array it touches into
# float64, and the matrix products after it would run at a quarter of the speed.
_ROOT_TWO = 2.0**0.5


# ---- tokenizer -------------------------------------------------------------------------------------


def _is_punctuation(ch: str) -> bool:
    code = ord(ch)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(code: int) -> bool:
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2A6DF
        or 0x2A700 <= code <= 0x2B73F
        or 0x2B740 <= code <= 0x2B81F
        or 0x2B820 <= code <= 0x2CEAF
        or 0xF900 <= code <= 0xFAFF
        or 0x2F800 <= code <= 0x2FA1F
    )


class WordPieces:
    """BERT's uncased tokenizer: clean, lower case without accents, split at spaces and punctuation,
    then each word into the longest pieces the vocabulary holds ("##" marks a piece inside a word)."""

    def __init__(self, vocabulary: list[str]):
        self.ids = {piece: i for i, piece in enumerate(vocabulary)}
        self.unknown = self.ids["[UNK]"]
        self.first = self.ids["[CLS]"]
        self.last = self.ids["[SEP]"]

    def _words(self, text: str) -> list[str]:
        cleaned = []
        for ch in text:
            code = ord(ch)
            if code in (0, 0xFFFD):
                continue
            category = unicodedata.category(ch)
            if ch in " \t\n\r" or category == "Zs":
                cleaned.append(" ")
            elif category.startswith("C"):
                continue
            elif _is_cjk(code):
                cleaned.append(f" {ch} ")
            else:
                cleaned.append(ch)
        words = []
        for word in "".join(cleaned).split():
            word = unicodedata.normalize("NFD", word.lower())
            word = "".join(ch for ch in word if unicodedata.category(ch) != "Mn")
            current = []
            for ch in word:
                if _is_punctuation(ch):
                    if current:
                        words.append("".join(current))
                        current = []
                    words.append(ch)
                else:
                    current.append(ch)
            if current:
                words.append("".join(current))
        return words

    def _pieces(self, word: str) -> list[int]:
        if len(word) > 100:
            return [self.unknown]
        pieces, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.ids:
                    pieces.append(self.ids[piece])
                    break
                end -= 1
            else:
                return [self.unknown]
            start = end
        return pieces

    def encode(self, text: str) -> list[int]:
        """[CLS], the text's pieces (as many as fit in MAX_TOKENS), [SEP]."""
        ids: list[int] = []
        for word in self._words(text):
            ids += self._pieces(word)
            if len(ids) >= MAX_TOKENS - 2:
                break
        return [self.first, *ids[: MAX_TOKENS - 2], self.last]


# ---- weights -----------------------------------------------------------------------------------------

_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """A safetensors file's arrays: an 8-byte header length, a JSON header of names, types, shapes and
    byte offsets, then the raw little-endian data."""
    data = path.read_bytes()
    size = int.from_bytes(data[:8], "little")
    header = json.loads(data[8 : 8 + size])
    body = memoryview(data)[8 + size :]
    arrays = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        start, end = entry["data_offsets"]
        array = np.frombuffer(body[start:end], dtype=_DTYPES[entry["dtype"]]).reshape(entry["shape"])
        arrays[name] = array.astype(np.float32) if array.dtype == np.float16 else array
    return arrays


def _adapted(base: dict[str, np.ndarray], adaptation) -> dict[str, np.ndarray]:
    """The base weights with our fine-tuning added: "<name>.up" @ "<name>.down" for a weight matrix kept
    in low rank, "<name>" itself for one kept whole (biases, norms, the head)."""
    weights = {name.removeprefix("bert."): array for name, array in base.items()}
    for name in adaptation.files:
        if name.endswith(".down"):
            continue
        if name.endswith(".up"):
            stem = name.removesuffix(".up")
            up = adaptation[name].astype(np.float32)
            down = adaptation[stem + ".down"].astype(np.float32)
            weights[stem] = weights[stem] + up @ down
        else:
            weights[name] = adaptation[name].astype(np.float32)
    return weights


# ---- the forward pass ----------------------------------------------------------------------------------


def _norm(x: np.ndarray, weights: dict, name: str) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(variance + _EPSILON) * weights[name + ".weight"] + weights[name + ".bias"]


def _erf(x: np.ndarray) -> np.ndarray:
    """erf to within 1.5e-7 (Abramowitz and Stegun 7.1.26): numpy has none, and GELU needs it."""
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return sign * (1.0 - poly * np.exp(-a * a))


class Encoder:
    """Probabilities that texts are the writer's own crisis, from the adapted encoder."""

    def __init__(self, weights: dict[str, np.ndarray], vocabulary: list[str], heads: int, layers: int):
        self.tokenizer = WordPieces(vocabulary)
        self.heads = heads
        self.layers = layers
        # Linear maps are kept transposed once, so each step is x @ W.
        self.w = {
            k: (np.ascontiguousarray(v.T) if k.endswith(".weight") and v.ndim == 2 else v) for k, v in weights.items()
        }

    def _dense(self, x: np.ndarray, name: str) -> np.ndarray:
        return x @ self.w[name + ".weight"] + self.w[name + ".bias"]

    def probabilities(self, texts: list[str]) -> list[float]:
        """Each text's probability, read BATCH at a time (so a long text's many passages never need more
        than a few megabytes at once)."""
        found: list[float] = []
        for at in range(0, len(texts), BATCH):
            found += self._batch([self.tokenizer.encode(t) for t in texts[at : at + BATCH]])
        return found

    def _batch(self, encoded: list[list[int]]) -> list[float]:
        width = max(map(len, encoded))
        ids = np.zeros((len(encoded), width), dtype=np.int64)
        mask = np.zeros((len(encoded), width), dtype=np.float32)
        for row, pieces in enumerate(encoded):
            ids[row, : len(pieces)] = pieces
            mask[row, : len(pieces)] = 1.0
        w = self.w
        x = _norm(self._embed(ids), w, "embeddings.LayerNorm")
        batch, width, hidden = x.shape
        size = hidden // self.heads
        shut = (1.0 - mask)[:, None, None, :] * -1e9  # padding is never attended to
        for layer in range(self.layers):
            at = f"encoder.layer.{layer}."

            def heads_of(t: np.ndarray) -> np.ndarray:
                return t.reshape(batch, width, self.heads, size).transpose(0, 2, 1, 3)

            query = heads_of(self._dense(x, at + "attention.self.query"))
            key = heads_of(self._dense(x, at + "attention.self.key"))
            value = heads_of(self._dense(x, at + "attention.self.value"))
            scores = query @ key.transpose(0, 1, 3, 2) / size**0.5 + shut
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ value).transpose(0, 2, 1, 3).reshape(batch, width, hidden)
            x = _norm(x + self._dense(context, at + "attention.output.dense"), w, at + "attention.output.LayerNorm")
            inner = self._dense(x, at + "intermediate.dense")
            inner = 0.5 * inner * (1.0 + _erf(inner / _ROOT_TWO))
            x = _norm(x + self._dense(inner, at + "output.dense"), w, at + "output.LayerNorm")
        pooled = (x * mask[:, :, None]).sum(1) / mask.sum(1, keepdims=True)
        z = pooled @ w["head.weight"].reshape(-1) + w["head.bias"].reshape(-1)[0]
        return (1.0 / (1.0 + np.exp(-z))).astype(float).tolist()

    def _embed(self, ids: np.ndarray) -> np.ndarray:
        w = self.w
        width = ids.shape[1]
        return (
            w["embeddings.word_embeddings.weight.rows"][ids]
            + w["embeddings.position_embeddings.weight.rows"][:width][None]
            + w["embeddings.token_type_embeddings.weight.rows"][0][None, None]
        )


def build(folder: Path, adaptation_file: Path) -> Encoder:
    """The encoder from the base model's folder and our adaptation (about a fifth of a second)."""
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    vocabulary = (folder / "vocab.txt").read_text(encoding="utf-8").splitlines()
    with np.load(adaptation_file) as adaptation:
        weights = _adapted(read_safetensors(folder / "model.safetensors"), adaptation)
    for table in ("word", "position", "token_type"):  # looked up by row, not multiplied: kept as they are
        weights[f"embeddings.{table}_embeddings.weight.rows"] = weights.pop(f"embeddings.{table}_embeddings.weight")
    return Encoder(weights, vocabulary, config["num_attention_heads"], config["num_hidden_layers"])
