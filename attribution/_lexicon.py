"""Word lists the stages compile their patterns from. Data, not code.

Every table is a plain tuple/frozenset/dict of lowercase strings unless said otherwise. The
stages build their compiled patterns from these once, at import.
"""

from __future__ import annotations

# --- segmentation ---------------------------------------------------------------------------

ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st gen lt col capt cmdr sgt rep reps sen sens gov pres rev hon mt ft
    adm maj supt insp det cpl pvt messrs mme mlle
    jan feb mar apr jun jul aug sep sept oct nov dec
    no nos vol vols pp fig figs approx est dept univ assn ave blvd rd hwy
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont
    neb nev okla ore pa penn tenn tex va vt wash wis wyo
    e.g i.e cf al
    """.split()
)
"""Words that take a period without ending the sentence (matched lowercase, without the dot)."""

ABBREVIATIONS_ENDING_SENTENCES = frozenset(
    "inc corp co ltd plc bros llc etc a.m p.m u.s u.k u.n e.u".split()
)
"""Abbreviations that end a sentence only when a typical sentence opener follows."""

SENTENCE_STARTERS = frozenset(
    """
    The A An This That These Those There Then It Its He She His Her They Their Them We Our I You
    In On At As For From By With Without After Before During While When If But And Or So Yet
    However Meanwhile Also Still Some Many Most More Other Others Such Mr Mrs Ms Dr Shares Sales
    Analysts Officials Police Earlier Later Last Next Under Over Its Since Although Though
    Both Each Every No Not One Two Three Four Five Six Seven Eight Nine Ten
    """.split()
)
"""Capitalised words that, after an ambiguous abbreviation, signal a new sentence."""
