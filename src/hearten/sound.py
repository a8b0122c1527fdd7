"""A soft bell, made on the spot as WAV bytes, so hearten ships no sound files."""

from __future__ import annotations

import io
import math
import struct
import wave

# (frequency ratio, loudness, decay per second): a few inharmonic partials make it a bell.
PARTIALS = ((1.0, 1.0, 1.6), (2.76, 0.35, 3.2), (5.4, 0.12, 6.0))
LOUDEST = 0.6  # the WAV's peak at bell_volume 100; the default 60 is a soft 0.36


def loudness(percent) -> float:
    """The bell_volume setting (0 to 100) as a WAV volume for bell_wav (0 means silent: do not ring)."""
    return round(LOUDEST * max(0, min(100, float(percent))) / 100, 4)


def bell_wav(
    *, frequency: float = 528.0, seconds: float = 3.0, volume: float = 0.35, sample_rate: int = 22050
) -> bytes:
    """A decaying bell tone as a mono 16-bit WAV file."""
    if (
        not 20 <= frequency <= 5000
        or not 0.05 <= seconds <= 30
        or not 0 < volume <= 1
        or not 8000 <= sample_rate <= 96000
    ):
        raise ValueError("bell settings out of range")
    total = sum(level for _, level, _ in PARTIALS)
    attack = 0.008 * sample_rate  # a few milliseconds' fade-in so it starts without a click
    count = int(seconds * sample_rate)
    frames = bytearray()
    for i in range(count):
        t = i / sample_rate
        sample = sum(
            level * math.exp(-decay * t) * math.sin(2 * math.pi * frequency * ratio * t)
            for ratio, level, decay in PARTIALS
        )
        sample *= volume / total * min(1.0, i / attack) * min(1.0, (count - i) / attack)
        frames += struct.pack("<h", int(max(-1.0, min(1.0, sample)) * 32767))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(sample_rate)
        out.writeframes(bytes(frames))
    return buffer.getvalue()
