#!/usr/bin/env python3
"""Writes a CRM-style bulk input for the CLI's sandbox run (issue 11 bulk measurement).

usage: make-bulk-input.py LINES OUT   (deterministic: fixed seed)
  - ~75 % distinct numbers (the rest repeats of earlier lines)
  - mostly valid mobile/fixed numbers of five countries (HR, DE, GB, US, FR), three spellings
  - ~3 % junk: too short, too long, unallocated ranges, text
"""
import random
import sys

lines, out = int(sys.argv[1]), sys.argv[2]
rng = random.Random(11)


def d(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def valid():
    c = rng.randrange(5)
    if c == 0:   # HR mobile 91/92/95/98/99 + 7 digits, fixed Zagreb 1 + 7
        return "+385 " + rng.choice(["91", "92", "95", "98", "99"]) + " " + d(7) if rng.random() < .8 else "+385 1 " + d(7)
    if c == 1:   # DE mobile 151/160/170/171/176 (+8/+7 digits), fixed Berlin 30 + 8
        r = rng.random()
        if r < .7:
            return "+49 " + rng.choice(["151", "152", "157", "176"]) + " " + d(8)
        return "+49 30 " + d(8)
    if c == 2:   # GB mobile 74xx/75xx/78xx + 6, London 20 7/8 + 7
        return "+44 7" + rng.choice(["4", "5", "8"]) + rng.choice("0123") + d(1) + " " + d(6) if rng.random() < .8 else "+44 20 " + rng.choice("78") + d(7)
    if c == 3:   # NANP: common area codes, exchange 2-9xx
        area = rng.choice(["201", "212", "213", "312", "415", "503", "617", "702", "713", "917"])
        return "+1 " + area + " " + rng.choice("23456789") + d(2) + " " + d(4)
    # FR mobile 6/7 + 8 digits, fixed Paris 1 + 8
    return "+33 " + rng.choice(["6", "7", "1"]) + " " + d(8)


def junk():
    r = rng.randrange(4)
    if r == 0:
        return "+385 91 " + d(3)            # too short
    if r == 1:
        return "+49 151 " + d(12)           # too long
    if r == 2:
        return "+1 212 0" + d(2) + " " + d(4)   # NANP exchange starting 0: never allocated
    return "call me maybe"


def spell(n):
    r = rng.random()
    if r < .6:
        return n
    if r < .8:
        return "00" + n[1:].replace(" ", "")
    return n.replace(" ", "")


seen = []
with open(out, "w") as f:
    for i in range(lines):
        if seen and rng.random() < 0.25:
            f.write(rng.choice(seen) + "\n")
            continue
        n = junk() if rng.random() < 0.03 else spell(valid())
        seen.append(n)
        f.write(n + "\n")
