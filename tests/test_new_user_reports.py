"""What a new user tried in ten minutes, and what the spec says each gives.

Each row is a sentence (or a phrase in a sentence written for this suite) that a first-time
user reported as wrong, with the spec's answer: the claim token and its status and source, or
no claim at all over a span. One row per report, named after it.
"""

from __future__ import annotations

import pytest

import attribution

# (id, text, claim token, status, source text or None, kind or None)
CLAIMS = [
    # sources by position and shape: heads on no word list, before and after the figure
    (
        "grid-operator-end-cue",
        "The storm left about 3,000 homes without power, the regional grid operator said.",
        "3,000",
        "sourced",
        "the regional grid operator",
        "named",
    ),
    (
        "fire-brigade-end-cue",
        "About 3,000 homes lost power, the fire brigade said.",
        "3,000",
        "sourced",
        "the fire brigade",
        "named",
    ),
    (
        "firefighters-end-cue",
        "About 3,000 homes lost power, firefighters said.",
        "3,000",
        "sourced",
        "firefighters",
        "anonymous",
    ),
    (
        "landlord-inverted",
        "About 3,000 homes lost power, said the landlord.",
        "3,000",
        "sourced",
        "the landlord",
        "named",
    ),
    (
        "pollster-before",
        "The pollster said 3,000 homes had lost power.",
        "3,000",
        "sourced",
        "The pollster",
        "named",
    ),
    (
        "think-tank-end-cue",
        "About 3,000 homes lost power, the think tank said.",
        "3,000",
        "sourced",
        "the think tank",
        "named",
    ),
    (
        "jury-inverted",
        "About 3,000 homes lost power, said the jury.",
        "3,000",
        "sourced",
        "the jury",
        "named",
    ),
    # carry
    (
        "another-after-ministry",
        "The health ministry said 40 people died. Another 120 were injured.",
        "120",
        "carried",
        "The health ministry",
        "named",
    ),
    (
        "of-that-sum-after-ministry",
        "The finance ministry said the budget would total $30bn. "
        "Of that sum, health spending would reach $4bn.",
        "$4bn",
        "carried",
        "The finance ministry",
        "named",
    ),
    (
        "food-prices-after-figures",
        "Figures published on Friday showed inflation rose to 3%. Food prices rose 1.2%.",
        "1.2%",
        "carried",
        "Figures",
        "vague",
    ),
    # claims that were missed
    (
        "told-outlet-count",
        "The mayor told AFP 30 people had died.",
        "30",
        "sourced",
        "The mayor",
        "named",
    ),
    (
        "told-reuters-count",
        "The minister told Reuters 500 jobs would go.",
        "500",
        "sourced",
        "The minister",
        "named",
    ),
    ("told-the-bbc-count", "He told the BBC 12 people were hurt.", "12", "sourced", "He", "named"),
    (
        "mixed-number-pct",
        "The bank cut its rate to 9-1/2 pct.",
        "9-1/2 pct",
        "unsourced",
        None,
        None,
    ),
    ("space-thousands", "About 12 000 people marched.", "12 000", "unsourced", None, None),
    ("narrow-space-scale", "The bridge cost $2\u202fbn.", "$2\u202fbn", "unsourced", None, None),
    (
        "sterling-word",
        "The bid was worth three billion stg.",
        "three billion stg",
        "unsourced",
        None,
        None,
    ),
    ("cruzados", "The fare rose to 1.26 cruzados.", "1.26 cruzados", "unsourced", None, None),
    (
        "multiplier-triple",
        "Rents could triple in the city centre.",
        "triple",
        "unsourced",
        None,
        None,
    ),
    ("multiplier-doubled", "Exports doubled last year.", "doubled", "unsourced", None, None),
    (
        "share-a-fourth",
        "The chain will shut more than a fourth of its depots.",
        "a fourth",
        "unsourced",
        None,
        None,
    ),
    (
        "article-as-number",
        "Stocks stood at just over a mln bales.",
        "a mln",
        "unsourced",
        None,
        None,
    ),
    (
        "number-word-after-dateline",
        "OSLO (Reuters) - Three ministers resigned on Monday.",
        "Three",
        "unsourced",
        None,
        None,
    ),
    (
        "n-or-m-percent",
        "She said 31 or 32 percent would suit her.",
        "31 or 32 percent",
        "sourced",
        "She",
        "named",
    ),
    # sources and kinds
    (
        "agentless-estimated-at",
        "Damage is estimated at $2bn.",
        "$2bn",
        "sourced",
        "is estimated at",
        "vague",
    ),
    (
        "research-firm-in-apposition",
        "According to research from mail analysts the Vikby Group, up to 45% of mail is spam.",
        "45%",
        "sourced",
        "mail analysts the Vikby Group",
        "named",
    ),
    (
        "outlet-previously-reported",
        "Harbor Insider reported last month that 300 staff would go.",
        "300",
        "sourced",
        "Harbor Insider",
        "named",
    ),
    (
        "a-doctor-anonymous",
        "A doctor said 12 patients had died.",
        "12",
        "sourced",
        "A doctor",
        "anonymous",
    ),
    (
        "a-witness-anonymous",
        "A witness said 12 people ran.",
        "12",
        "sourced",
        "A witness",
        "anonymous",
    ),
]

# (id, text, span that no claim token may overlap)
NOT_CLAIMS = [
    ("age-set-off-by-commas", "The suspect, 19, appeared in court.", "19"),
    ("age-in-brackets", "Mr Lee (52) was charged.", "52"),
    ("ages-aged-and", "The twins, aged 20 and 22, were charged.", "20 and 22"),
    ("duration-or", "The repair takes an hour or two.", "two"),
    ("duration-between", "Work will take between three and six months.", "three and six"),
    ("duration-time", "The plant will close in ten years' time.", "ten"),
    ("duration-half-century", "The bridge has stood for half a century.", "half"),
    ("duration-next-range", "Prices will fall over the next 12-18 months.", "12-18"),
    ("date-span-fair", "Visitors flocked to the 12-15 March fair.", "12-15"),
    ("date-and", "The talks are set for June 3 and 4.", "3 and 4"),
    ("fiscal-quarters", "Sales fell in the first two quarters of fiscal 1991.", "two"),
    ("index-name", "The FTSE 100 closed higher.", "100"),
    ("film-title", 'She starred in a film called "28 Days".', "28"),
    ("race-name", "She won the 5,000m in Oslo.", "5,000"),
    ("denomination", "He paid with a $20 note.", "$20"),
    ("phone-groups", "Call the hotline on 0800 555 010 for help.", "555"),
    ("idiom-two-minds", "Voters are in two minds about the plan.", "two"),
    ("one-determiner", "The flood hit one small town in the valley.", "one"),
    ("one-subject", "One neighbour knocked on the door.", "One"),
    ("one-pronoun", "The club built one it named after him.", "one"),
    ("one-favour", "The referee seemed to favour one side.", "one"),
    (
        "re-mention-the-three",
        "Three men were arrested. The three left the court on bail.",
        "three left",
    ),
    (
        "re-mention-the-two-rivals",
        "Two firms bid for the port. The two rivals met on Monday.",
        "two rivals",
    ),
    (
        "re-mention-grant",
        "The city gave the school an $8 million grant. The $8 million grant pays for a gym.",
        "$8 million grant pays",
    ),
    ("list-count-of-itself", "Here are 5 tips for the winter.", "5"),
]


def _claims(text: str):
    return attribution.check(text).claims


@pytest.mark.parametrize(
    "text,token,status,source,kind", [r[1:] for r in CLAIMS], ids=[r[0] for r in CLAIMS]
)
def test_claim(text: str, token: str, status: str, source: str | None, kind: str | None) -> None:
    start = text.index(token)
    hits = [c for c in _claims(text) if c.token.start == start]
    assert len(hits) == 1, [(c.text, c.token.start) for c in _claims(text)]
    claim = hits[0]
    assert claim.text == token
    assert claim.status == status
    if source is None:
        assert claim.attributions == ()
    else:
        first = claim.attributions[0]
        assert (first.source.text, first.kind) == (source, kind)


@pytest.mark.parametrize("text,span", [r[1:] for r in NOT_CLAIMS], ids=[r[0] for r in NOT_CLAIMS])
def test_not_a_claim(text: str, span: str) -> None:
    start = text.rindex(span)
    end = start + len(span)
    overlapping = [c.text for c in _claims(text) if c.token.start < end and start < c.token.end]
    assert overlapping == []
