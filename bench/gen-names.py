#!/usr/bin/env python3
"""gen-names.py N: one long invented article, in English with Chinese
sentences, where every paragraph names new people, organizations and events
(N paragraphs, about 275 bytes each).  Repeating real articles repeats their
names; this checks that extraction stays linear in an article's length when
the number of entities grows with it.  Output on standard output."""
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000


def code(k):
    """Four lower-case letters, distinct for each k < 26**4."""
    s = ""
    for _ in range(4):
        s += chr(ord("a") + k % 26)
        k //= 26
    return s


out = ["Lakeside Forum report", "2024-11-21", "",
       "The Lakeside Digital Charity Forum was held in Hangzhou on November 20, 2024, "
       "hosted by the China Internet Development Foundation and organized by the "
       "Zhejiang Charity Federation."]
for k in range(n):
    c = code(k)
    out.append(f"Zhang We{c}, director of the Mo{c} Charity Foundation, said at the forum "
               f"that the Ha{c} Network Alliance would help rural schools. Professor Li Na{c} "
               f"of the Tian{c} University delivered a keynote speech at the Ke{c} Innovation "
               f"Summit in Wuhan.")
    if k % 3 == 0:
        a, b, d, e = (chr(0x4E00 + (k * m) % 20000) for m in (1, 7, 13, 3))
        out.append(f"记者王秀{a}报道，{b}{d}基金会理事长陈{e}在论坛上致辞。")
print("\n".join(out))
