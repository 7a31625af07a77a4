#!/usr/bin/env python3
"""Writes the alarm sounds of CommandDesk (our own, generated: no third-party audio).

    python3 resources/sounds/make-sounds.py      # rewrites the three WAV files beside it

urgent.wav   overdue live window: a fast two-tone 960/720 Hz alternation, 1.2 s
warning.wav  due-soon live window or a new live incident: two 660 Hz beeps, 0.8 s
drill.wav    any drill alarm (演练): a soft falling 523/392 Hz chime, 1.0 s — clearly not a live alarm
16-bit mono PCM at 22050 Hz; short fades at each tone's edges so nothing clicks.
"""
import math
import os
import struct
import wave

RATE = 22050


def tone(freq, seconds, amplitude=0.6, fade=0.01):
    n = int(RATE * seconds)
    f = int(RATE * fade)
    out = []
    for i in range(n):
        env = min(1.0, i / f if f else 1.0, (n - i) / f if f else 1.0)
        out.append(amplitude * env * math.sin(2 * math.pi * freq * i / RATE))
    return out


def silence(seconds):
    return [0.0] * int(RATE * seconds)


def write(name, samples):
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), name)
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples))


urgent = []
for _ in range(4):
    urgent += tone(960, 0.15, 0.7) + tone(720, 0.15, 0.7)
write("urgent.wav", urgent)

write("warning.wav", tone(660, 0.25) + silence(0.15) + tone(660, 0.25) + silence(0.15))

drill = []
for freq in (523.25, 392.0):
    drill += tone(freq, 0.45, 0.35, fade=0.05) + silence(0.05)
write("drill.wav", drill)
