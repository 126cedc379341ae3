"""Table-driven tests of claim detection (spec section 1 and the claim clarifications of 5).

Every sentence here is written for this suite. A should-find row names the claim token as
it must appear (``claim.text``), its kind, value and bound; a should-skip row names a
substring that no claim token may overlap.
"""

from __future__ import annotations

import pytest

import attribution


def _claim_at(text: str, needle: str):
    """The single claim whose token overlaps the last occurrence of ``needle``."""
    start = text.rfind(needle)
    assert start >= 0, f"{needle!r} not in {text!r}"
    end = start + len(needle)
    report = attribution.check(text)
    hits = [c for c in report.claims if c.token.start < end and start < c.token.end]
    return hits, report


# (id, sentence, expected token, kind, value, bound)
FIND = [
    ("count-before-an-adjective-after-the-stays-a-claim", "Lund's 200 tested riders were all well.", "200", "count", 200, "exact"),
    ("guard-unforced-errors-over-a-season-count", "The Swede made 40 unforced errors this season.", "40", "count", 40, "exact"),
    ("guard-a-long-way-out-is-a-distance", "The wreck lies 300 yards out from the pier.", "300", "measure", 300, "exact"),
    ("guard-paid-back-a-sum-counts", "Lund paid back four million crowns in May.", "four million crowns", "money", 4e6, "exact"),
    ("offer-after-a-word-and-a-slash", "Vik barges traded 115 pct bid/122 offered.", "122", "count", 122, "exact"),
    ("bare-move-then-its-level-is-two-claims-move", "The Lund berth count rose 17 to 90 last week.", "17", "count", 17, "exact"),
    ("bare-move-then-its-level-is-two-claims-level", "The Lund berth count rose 17 to 90 last week.", "90", "count", 90, "exact"),
    ("bare-move-above-its-level-is-two-claims", "Vik Ferries rose 12 to 4.38 on heavy trade.", "4.38", "count", 4.38, "exact"),
    ("bare-range-of-a-move-stays-one-claim", "Lund oats dipped 0.35 to 0.55 a bushel.", "0.35 to 0.55", "count", 0.35, "exact"),
    ("scaled-count-of-time-units-is-a-total", "Riders logged 2.4 million hours on the Vik line in May.", "2.4 million", "count", 2.4e6, "exact"),
    ("count-before-long-term-is-no-duration", "Lund has lost more than 8,000 long term care beds.", "8,000", "count", 8000, "more than"),
    ("one-point-after-a-move-counts", "The Vik index rose one point on Monday.", "one", "count", 1, "exact"),
    ("one-point-after-a-hedge-counts", "Gains of more than one point lifted Lund bonds.", "one", "count", 1, "more than"),
    ("guard-count-at-places-after-youngest-counts", "The youngest of the Vik crews arrived at 10 ports.", "10", "count", 10, "exact"),
    ("guard-age-of-a-fleet-counts", "The age of the Lund fleet rose to 300 ships.", "300", "count", 300, "exact"),
    ("count-after-older-than-of-a-group", "The ferry line is older than 12 of its rivals.", "12", "count", 12, "exact"),
    ("count-of-a-plural-s-whose-is-no-age", "Children of 40 countries took part in Vik.", "40", "count", 40, "exact"),
    ("halves-are-no-tie", "Vik and Lund split the ferry 50-50 between them.", "50-50", "count", 50, "exact"),
    ("degrees-celsius-keep-their-capital", "Lund was 13 Celsius at noon on Monday.", "13", "count", 13, "exact"),
    ("alternatives-spelled-under-ten-then-digits", "Fares at the Lund ferry rose by nine or 10 per cent.", "nine or 10 per cent", "percent", 9, "exact"),
    ("sum-of-preferred-stock-counts", "The ferry line settled the fee with nine dlrs of preferred stock.", "nine dlrs", "money", 9, "exact"),
    ("ratio-joined-by-to-is-one-claim", "The ferry board backed the plan by a 12-to-11 vote.", "12-to-11", "ratio", 12 / 11, "exact"),
    ("ratio-in-words-joined-by-to-is-one-claim", "The guild erased a two-to-one lead.", "two-to-one", "ratio", 2, "exact"),
    ("singular-ct-is-a-sum", "Vik Ferries Shr one ct vs nine cts.", "one ct", "money", 1, "exact"),
    ("scale-glued-by-a-hyphen-is-one-sum", "Imports reached about $3-trillion worth of goods.", "$3-trillion", "money", 3e12, "about"),
    ("scale-inside-hyphenated-amount-is-one-sum", "The 171-billion-dlr deficit grew.", "171-billion-dlr", "money", 171e9, "exact"),
    ("scale-and-currency-glued-by-hyphens-is-one-sum", "Vik Oil signed a 15-mln-dlr ferry deal.", "15-mln-dlr", "money", 15e6, "exact"),
    ("rate-per-unit-after-a-slash-dlrs", "Vik crude fetched 18 dlrs/bbl this year.", "18 dlrs", "money", 18, "exact"),
    ("rate-per-unit-after-a-slash-sign", "Membership costs $12/month at the club.", "$12", "money", 12, "exact"),
    ("bid-and-offer-quote-with-decimals", "The mark closed at 1.2490/2510 in Lund.", "1.2490/2510", "count", 1.249, "exact"),
    ("bid-and-offer-quote-whole-offer", "Call money fell to 3.90/4.0 after the move.", "3.90/4.0", "count", 3.9, "exact"),
    ("one-of-the-eight-may-count-first", "An envoy from one of the eight said more ports agreed.", "eight", "count", 8, "exact"),
    ("partitive-of-the-few-other-nouns-counts", "Two of the three remaining ferry lines cut fares.", "Two of the three", "ratio", 2 / 3, "exact"),
    ("dashed-range-after-from-is-one-claim", "There are anywhere from 225-250 staff in the hall.", "225-250", "count", 225, "exact"),
    ("season-tally-of-tries-counts", "Lund has run in 14 tries this season.", "14", "count", 14, "exact"),
    ("penalties-with-no-kick-count", "The firm paid three penalties to the regulator.", "three", "count", 3, "exact"),
    ("points-added-to-growth-count", "Exports added 0.4 point to growth in May.", "0.4", "count", 0.4, "exact"),
    ("best-of-with-a-unit-is-a-measure", "Her best of 20.94 metres won the event.", "20.94", "measure", 20.94, "exact"),
    ("scored-twice-this-season-counts", "Lund has scored twice this season.", "twice", "ratio", 2, "exact"),
    ("by-low-to-high-percent-is-a-range", "The reforms would cut paperwork by 65 to 70 pct.", "65 to 70 pct", "percent", 65, "exact"),
    ("full-percentage-stated-as-a-fact", "The vaccine is 100% effective.", "100%", "percent", 100, "exact"),
    ("count-before-abbreviated-compass-region", "Police held 500 S. Korean workers.", "500", "count", 500, "exact"),
    ("all-n-of-a-possessive-first-mention", "The panel has all four of the state's former governors.", "four", "count", 4, "exact"),
    ("story-after-a-bracketed-correction-note",
     "(This version of the story fixes the quay's name) LUND - Work on the $150 million quay began.",
     "$150 million", "money", 150000000, "exact"),
    ("rate-before-per-counts", "The town had 31 cases per 10,000 residents.", "31", "count", 31, "exact"),
    ("list-with-comma-before-and-counts", "A port of 12,000, 31-year-old Ana Vik runs the mill.", "12,000", "count", 12000, "exact"),
    ("distance-from-yards-without-a-shot-counts", "The wall stood from 25 yards away.", "25", "measure", 25, "exact"),
    ("family-of-counted-children-counts", "A family of six children was rescued.", "six", "count", 6, "exact"),
    ("two-then-a-one-word-descriptor-is-two", "The council granted two one-week delays.", "two", "count", 2, "exact"),
    ("number-words-of-one-number", "Two thousand five hundred people came.", "Two thousand five hundred", "count", 2500, "exact"),
    ("a-count-in-the-world-is-no-rank", "Only 300 of the owls remain in the world.", "300", "count", 300, "exact"),
    ("number-word-after-a-month-ending-a-sentence", "The mill closed in March. Seven workers lost their jobs.", "Seven", "count", 7, "exact"),
    ("distance-stated-as-a-fact", "Floods covered 300 metres of the road.", "300", "measure", 300, "exact"),
    ("ranging-from-to-is-a-range", "Fares ranging from 2 to 9 euros were cut.", "2 to 9 euros", "money", 2, "exact"),
    # digits, separators, decimals
    ("digits-separator", "The flood displaced 1,250 families in the valley.", "1,250", "count", 1250, "exact"),
    ("digits-decimal-measure", "Inspectors seized 3.5 tonnes of cocaine.", "3.5", "measure", 3.5, "exact"),
    ("digits-plain", "Rescuers found 47 survivors under the bridge.", "47", "count", 47, "exact"),
    ("count-after-singular-age", "Children under the age of 5 and 300 adults were treated.", "300", "count", 300, "exact"),
    ("hard-wrapped-line-start", "Cases rose to\n5. Officials said so.", "5", "count", 5, "exact"),
    ("figure-after-died-at", "Some 12 patients died at two hospitals.", "two", "count", 2, "exact"),
    ("count-after-a-colon-is-no-item", "Cases at the mill: 49. Cases at the port: 26.", "49", "count", 49, "exact"),
    ("count-on-a-line-after-a-one-word-label", "Sales, 66\n\nCosts, 12", "66", "count", 66, "exact"),
    ("died-then-a-speed-counts", "Ten died when the bus hit a wall at 50 mph.", "50", "measure", 50, "exact"),
    ("two-counts-joined-by-and-stay-two", "Sales rose 16 and 17 pct.", "16", "count", 16, "exact"),
    ("next-rounds-of-talks-count", "The next 12 rounds of talks start in May.", "12", "count", 12, "exact"),
    ("count-last-year-is-no-period", "Sales were 75 last year.", "75", "count", 75, "exact"),
    ("last-power-of-two-before-a-noun-counts", "The last 16 ferries left the port.", "16", "count", 16, "exact"),
    ("last-count-of-a-whole-counts", "The last six of 20 jets arrive in May.", "six", "count", 6, "exact"),
    ("level-after-will-be-is-no-age", "The toll on the bridge will be 34 from May.", "34", "count", 34, "exact"),
    ("figure-after-he-was", "By May he was 12 points ahead in the polls.", "12", "measure", 12, "exact"),
    ("figure-after-contraction-with-unit", "He’s 6 feet tall, the file says.", "6", "measure", 6, "exact"),
    ("count-after-reference-and", "Flight 9 and 40 others were delayed.", "40", "count", 40, "exact"),
    ("vote-tally-running-down", "It was rejected in a 2-1 court decision.", "2-1", "count", 2, "exact"),
    ("seat-tally-running-down", "Labour holds a 31-29 edge on the council.", "31-29", "count", 31, "exact"),
    ("dashed-tally-after-by", "The council passed the budget by 31-12.", "31-12", "count", 31, "exact"),
    ("dashed-range-after-by", "Fares will rise by 5-10% next year.", "5-10%", "percent", 5, "exact"),
    ("figure-after-year-to", "Staff numbers fell from 90 in 2019 to 75 last year.", "75", "count", 75, "exact"),
    ("count-all-first-mention", "He knew all four members of the board.", "four", "count", 4, "exact"),
    ("count-all-before-preposition", "Of the 90 clinics, all eight in Vik stayed open.", "eight", "count", 8, "exact"),
    ("count-over-after-non-person", "Firms with over 60 staff must report.", "60", "count", 60, "more than"),
    ("count-capital-run-then-noun", "OSLO (Wire) - Three Labour Party members quit.", "Three", "count", 3, "exact"),
    ("amount-attributive-majority", "The party won a 92 seat majority.", "92", "count", 92, "exact"),
    ("amount-attributive-increase", "Mines expect a 50 tonne increase in output.", "50", "measure", 50, "exact"),
    # scale words
    ("scale-million", "The city has 1.5 million residents.", "1.5 million", "count", 1.5e6, "exact"),
    ("scale-k", "The union represents 45k workers.", "45k", "count", 45e3, "exact"),
    ("scale-bn-dollar", "The company lost $3bn last year.", "$3bn", "money", 3e9, "exact"),
    ("scale-m-pound", "Exports fell to £4.5m in March.", "£4.5m", "money", 4.5e6, "exact"),
    ("scale-tn-dollar", "Global debt hit $3tn by the end of the year.", "$3tn", "money", 3e12, "exact"),
    ("scale-mln-dlrs", "Revenue reached 840 mln dlrs in the quarter.", "840 mln dlrs", "money", 840e6, "exact"),
    # currencies
    ("currency-us-dollar", "The fund raised US$20bn from investors.", "US$20bn", "money", 20e9, "exact"),
    ("currency-euro-sign", "The deal was worth €750 million to the club.", "€750 million", "money", 750e6, "exact"),
    ("currency-euros-word", "Lenders wrote down 12 billion euros of debt.", "12 billion euros", "money", 12e9, "exact"),
    ("currency-yen-word", "The airline spent 500 billion yen on new planes.", "500 billion yen", "money", 500e9, "exact"),
    ("currency-ringgit", "The state paid RM2.5 billion to contractors.", "RM2.5 billion", "money", 2.5e9, "exact"),
    ("currency-pounds-word", "The project will cost 2.4 million pounds.", "2.4 million pounds", "money", 2.4e6, "exact"),
    # percentages
    ("percent-sign", "Turnout was 12% among young voters.", "12%", "percent", 12, "exact"),
    ("percent-word", "Prices rose 12 percent over the year.", "12 percent", "percent", 12, "exact"),
    ("per-cent", "Unemployment fell to 4.7 per cent in June.", "4.7 per cent", "percent", 4.7, "exact"),
    ("pct", "Shares gained 3 pct on the news.", "3 pct", "percent", 3, "exact"),
    ("percentage-points", "Support slipped by 2 percentage points among farmers.", "2 percentage points", "percent", 2, "exact"),
    # number words
    ("word-simple", "Rebels killed three soldiers near the border.", "three", "count", 3, "exact"),
    ("word-hyphen-compound", "Twenty-five protesters were arrested outside the embassy.", "Twenty-five", "count", 25, "exact"),
    ("word-and-compound", "The council hired one hundred and twenty new teachers.", "one hundred and twenty", "count", 120, "exact"),
    ("word-one-counting", "The storm killed one person near the coast.", "one", "count", 1, "exact"),
    # fractions and multipliers
    ("fraction-two-thirds", "Two-thirds of the villages lost power.", "Two-thirds", "ratio", 2 / 3, "exact"),
    ("fraction-half-of", "Half of the respondents backed the plan.", "Half", "ratio", 0.5, "exact"),
    ("fraction-a-third-of", "A third of the crops were destroyed by frost.", "A third", "ratio", 1 / 3, "exact"),
    ("multiplier-twice", "The price of bread rose twice as fast as wages.", "twice", "ratio", 2, "exact"),
    ("once-as-a-frequency", "Most ferry crews check the hulls at least once a month.", "once", "ratio", 1, "at least"),
    # a fraction of a scale word, and "and a half": one amount
    ("fraction-of-a-million", "Half a million tenants lost their homes.", "Half a million", "count", 5e5, "exact"),
    ("fraction-of-a-million-with-of", "The storm cut power to a quarter of a million homes.",
     "a quarter of a million", "count", 2.5e5, "exact"),
    ("fraction-of-a-dozen", "Half a dozen ferries sank in the storm.", "Half a dozen", "count", 6, "exact"),
    ("fraction-of-a-percentage-point", "The bank cut its rate by a quarter of a percentage point.",
     "a quarter of a percentage point", "percent", 0.25, "exact"),
    ("and-a-half-million", "In all, four and a half million voters turned out.", "four and a half million", "count", 4.5e6, "exact"),
    ("hyphenated-and-a-half-million-is-one-claim", "And one-and-a-half million riders paid more.", "one-and-a-half million", "count", 1.5e6, "exact"),
    ("a-half-dozen-is-one-claim", "The yard hired over a half dozen welders.", "a half dozen", "count", 6, "more than"),
    ("a-half-hyphen-dozen-is-one-claim", "Lund sent a half-dozen ferries north.", "a half-dozen", "count", 6, "exact"),
    ("a-quarter-million-is-one-claim", "Nearly a quarter million riders use the line.", "a quarter million", "count", 250_000, "about"),
    ("a-half-hyphen-billion-is-one-claim", "Vik spent a half-billion crowns on berths.", "a half-billion crowns", "money", 5e8, "exact"),
    ("and-a-half-multiplier", "Rents rose three and a half times faster than pay.", "three and a half", "count", 3.5, "exact"),
    ("frequency-times-a-year", "The committee meets four times a year.", "four", "count", 4, "exact"),
    # ranges and ratios: one claim each
    ("range-to", "Officials counted 10 to 15 bodies in the rubble.", "10 to 15", "count", 10, "exact"),
    ("range-hyphen", "The clinic treats 10-15 patients an hour.", "10-15", "count", 10, "exact"),
    ("range-between", "Between 10 and 20 boats capsized in the harbour.", "Between 10 and 20", "count", 10, "exact"),
    ("ratio-in", "Nearly 3 in 10 adults smoke in the region.", "3 in 10", "ratio", 0.3, "about"),
    ("range-in-words-after-by-before-a-percent-is-one-claim", "Vik aims to raise fares by seven to eight pct this year.", "seven to eight pct", "percent", 7, "exact"),
    ("ratio-out-of", "The team won 23 out of 88 matches this decade.", "23 out of 88", "ratio", 23 / 88, "exact"),
    ("one-per-unit-counts", "Holders get one vote per share.", "one", "count", 1, "exact"),
    ("one-thing-per-unit-counts", "The ferry will carry one lifejacket per seat.", "one", "count", 1, "exact"),
    ("partitive-with-a-determiner-is-one-claim", "Vik have won 11 of their 15 games.", "11 of their 15", "ratio", 11 / 15, "exact"),
    ("partitive-with-the-is-one-claim", "Ms Lund won 181 of the 305 votes.", "181 of the 305", "ratio", 181 / 305, "exact"),
    ("partitive-with-a-word-of-position-is-one-claim", "Vik have lost six of their last 11 games.", "six of their last 11", "ratio", 6 / 11, "exact"),
    ("partitive-with-remaining-is-one-claim", "Lund Ferries sold 40 of its remaining 90 boats.", "40 of its remaining 90", "ratio", 40 / 90, "exact"),
    ("guard-partitive-without-a-determiner-stays-two-claims", "Seven of 192 members voted no.", "192", "count", 192, "exact"),
    ("guard-partitive-before-a-model-number-stays-two-claims", "Vik expects to sell 500 of its 777-200 jets.", "500", "count", 500, "exact"),
    # hedges become the bound and stay out of the token
    ("hedge-more-than", "More than 40 people died in the fire.", "40", "count", 40, "more than"),
    ("hedge-at-least", "At least 12 miners were trapped underground.", "12", "count", 12, "at least"),
    ("hedge-about", "About 300 troops crossed the border.", "300", "count", 300, "about"),
    ("hedge-some", "Some 40 million people live below the line.", "40 million", "count", 40e6, "about"),
    ("hedge-up-to", "Up to 5,000 jobs could be cut.", "5,000", "count", 5000, "up to"),
    ("hedge-fewer-than", "Fewer than 100 tickets remain for the concert.", "100", "count", 100, "fewer than"),
    # multiplier words in "-fold"; a dashed vote tally beside another is no set score
    ("multiplier-fold", "Online sales grew tenfold in a decade.", "tenfold", "ratio", 10, "exact"),
    # regression: a noun that also names things ("unit 5", "line 2") made a multiplier after it
    # a reference
    ("multiplier-after-a-reference-noun", "The Vik unit halved its loss in May.", "halved", "ratio", 0.5, "exact"),
    ("fraction-after-a-reference-noun", "Oats volume tripled to 27,600 lots.", "tripled", "ratio", 3, "exact"),
    ("vote-tally-run", "The board voted 7-2, 5-4 on the two motions.", "7-2", "count", 7, "exact"),
    # a change then a level ("rose 4 percent to $52.10") are two claims, not a range
    ("change-then-level-change", "Shares rose 4 percent to $52.10 in late trading.", "4 percent", "percent", 4, "exact"),
    ("change-then-level-level", "Shares rose 4 percent to $52.10 in late trading.", "$52.10", "money", 52.1, "exact"),
    ("money-then-count-not-a-range", "Claims fell from 4,410 cases worth £95m to 3,902 cases.", "3,902", "count", 3902, "exact"),
    ("hedged-count-before-street-name", "About 300 Main Street shops closed.", "300", "count", 300, "about"),
    ("half-after-a-hedge-before-a-participle", "Nearly half surveyed said no.", "half", "ratio", 0.5, "about"),
    # two amounts in one currency or scale, the second larger within a tenfold: one spread
    ("spread-of-two-amounts-same-scale", "Aides put the bill at $40 billion to $45 billion over a decade.", "$40 billion to $45 billion", "money", 40e9, "exact"),
    ("spread-of-two-amounts-no-scale", "Plots sell for $12,500 to $30,000 each.", "$12,500 to $30,000", "money", 12500, "exact"),
    ("spread-of-two-percentages", "Staff will take a 10% to 20% cut in pay.", "10% to 20%", "percent", 10, "exact"),
    ("change-then-level-percentages-are-two", "Joblessness rose 0.1 pct to 6.7 pct.", "6.7 pct", "percent", 6.7, "exact"),
    ("spread-currency-written-once", "Repairs will cost 3 mln to 5 mln dlrs.", "3 mln to 5 mln dlrs", "money", 3e6, "exact"),
    ("change-verb-then-two-amounts-change", "The stock gained $2 to $14 in an hour.", "$2", "money", 2, "exact"),
    ("change-ing-verb-then-two-amounts-level", "Reserves grew, after falling 1.7 billion to 13.9 billion in May.", "13.9 billion", "count", 13.9e9, "exact"),
    ("falling-amounts-are-two", "The fund shrank from a peak of $120bn to $4.6bn.", "$4.6bn", "money", 4.6e9, "exact"),
    # "dozen" multiplies the number before it, as "hundred" does
    ("a-dozen", "A dozen lifeboats were launched.", "A dozen", "count", 12, "exact"),
    ("two-dozen", "The storm felled two dozen oaks.", "two dozen", "count", 24, "exact"),
    # a number after a month is a day only when it can be one
    ("after-month-not-a-day", "In February 300 walkers joined the march.", "300", "count", 300, "exact"),
    ("after-month-and-comma", "Since October, 12 ferries have been withdrawn.", "12", "count", 12, "exact"),
    ("percent-range-after-month", "Fares rose in May 10-15% on the year.", "10-15%", "percent", 10, "exact"),
    # a count opening the content after a hearer named in capitals ("told AFP 30 people")
    ("count-after-told-acronym", "The mayor told KTV 40 homes had flooded.", "40", "count", 40, "exact"),
    ("count-after-told-the-outlet", "A nurse told the Courier 12 wards were shut.", "12", "count", 12, "exact"),
    # a mixed number, thousands set off by a space, a scale after a narrow space: one claim
    ("mixed-number-pct", "The bond pays 7-1/4 pct a year.", "7-1/4 pct", "percent", 7.25, "exact"),
    ("thousands-space", "Some 14 000 tenants signed the petition.", "14 000", "count", 14000, "about"),
    ("thousands-thin-space", "Some 14\u2009000 tenants signed the petition.", "14\u2009000", "count", 14000, "about"),
    ("thousands-narrow-nbsp", "Some 14\u202f000 tenants signed the petition.", "14\u202f000", "count", 14000, "about"),
    ("scale-after-narrow-nbsp", "The port cost €3\u202fbn to build.", "€3\u202fbn", "money", 3e9, "exact"),
    # currency words of old market copy
    ("by-range-of-amounts-of-one-size", "The strike would cut Vik profits by $40m to $60m.", "$40m to $60m", "money", 4e7, "exact"),
    ("guard-by-change-then-its-level", "Vik sales rose by $40m to $600m.", "$40m", "money", 4e7, "exact"),
    ("guard-by-percent-change-then-its-level", "Vik raised its stake by 45 pct to 80 pct.", "45 pct", "percent", 45, "exact"),
    # regression: the year a change is measured on began a range with the level after it
    ("year-base-of-a-change-is-no-range-start", "Vik imports rose 3.3 pct on 1987 to 310.4 billion crowns.", "310.4 billion crowns", "money", 310.4e9, "exact"),
    ("currency-stg", "Reserves fell by four billion stg in May.", "four billion stg", "money", 4e9, "exact"),
    ("currency-cruzados", "Beans sold at 2.35 cruzados a kilo.", "2.35 cruzados", "money", 2.35, "exact"),
    # a currency's singular before the noun it sizes, as market copy writes it
    ("currency-singular-before-its-noun", "Vik raised a 300 mln guilder loan.", "300 mln guilder", "money", 3e8, "exact"),
    ("currency-singular-peseta", "Lund unveils an 80 billion peseta plan.", "80 billion peseta", "money", 8e10, "exact"),
    # multipliers in every word class, a frequency, fractions before an aside or a verb
    ("multiplier-double-what", "Rents are now nearly double what they were.", "double", "ratio", 2, "about"),
    ("multiplier-triple-object", "The new plant can triple the town's output.", "triple", "ratio", 3, "exact"),
    ("multiplier-verb-doubled", "Ticket sales doubled after the redesign.", "doubled", "ratio", 2, "exact"),
    ("multiplier-verb-tripled", "The fine was tripled on appeal.", "tripled", "ratio", 3, "exact"),
    ("multiplier-verb-halved", "The council halved its grant to the museum.", "halved", "ratio", 0.5, "exact"),
    ("year-then-amount-is-no-range", "Losses at the Vik works halved in 2003 to $120m.", "$120m", "money", 120000000, "exact"),
    ("points-then-a-rate-is-no-range", "The Lund rate was cut 5/8 percentage points to 4.5 pct.", "5/8 percentage points", "percent", 0.625, "exact"),
    ("frequency-twice-a-year", "Twice a year, the board publishes its accounts.", "Twice", "ratio", 2, "exact"),
    ("fraction-a-fourth-of", "More than a fourth of the orchards were sold.", "a fourth", "ratio", 0.25, "more than"),
    ("fraction-before-dash-aside", "Nearly a third – 30% – of the members left.", "a third", "ratio", 1 / 3, "about"),
    ("fraction-before-verb", "A quarter said they would move.", "A quarter", "ratio", 0.25, "exact"),
    ("article-as-one-with-scale", "Stocks stood at just over a mln tonnes.", "a mln", "measure", 1e6, "more than"),
    ("number-word-after-dateline", "OSLO (Wire) - Four ferries ran aground on Monday.", "Four", "count", 4, "exact"),
    ("range-or-percent", "She said 14 or 15 percent would do.", "14 or 15 percent", "percent", 14, "exact"),
    ("tally-after-plural-possessive", "Labour has 52 seats to the Greens' 38.", "38", "count", 38, "exact"),
    ("one-hedged-count", "Only one clinic has reported a case.", "one", "count", 1, "exact"),
    ("one-after-a-move-before-a-rank-step", "The Vik film slid one place to number seven.", "one", "count", 1, "exact"),
    ("range-of-firms-is-no-game-score", "The plan is limited to 30-40 small firms in Lundby.", "30-40", "count", 30, "exact"),
    ("size-with-x-measures", "The rack measures 60x63cm when open.", "60", "count", 60, "exact"),
    ("count-before-comma-and-shift-compound", "The mills restart with three, and two-shift mills with one.", "three", "count", 3, "exact"),
    ("dash-between-two-units-is-no-range", "Vik shares rose 15 cents - 2.1% - in Oslo.", "15 cents", "money", 15, "exact"),
    ("percent-after-a-sum-and-a-dash", "Vik shares rose 15 cents - 2.1% - in Oslo.", "2.1%", "percent", 2.1, "exact"),
    ("n-time-champion-is-a-tally", "She is a four-time champion at the Lundby open.", "four", "count", 4, "exact"),
    ("named-count-before-capitalised-adjective", "The ministry named 39 Russian trading firms on its list.", "39", "count", 39, "exact"),
    ("hyphenated-unit-before-amount-head", "The poll gave the Greens a nine-point lead.", "nine", "count", 9, "exact"),
    ("hyphenated-vote-majority", "She held the seat with a 4,000-vote majority.", "4,000", "count", 4000, "exact"),
    ("one-point-cut-counts", "Dealers expect a one-point cut in rates.", "one", "count", 1, "exact"),
    ("half-point-cut", "Dealers expect a half-point cut in rates.", "a half", "ratio", 0.5, "exact"),
    ("bare-fraction-before-point", "Deposit rates rose 1/4 point on Friday.", "1/4", "count", 0.25, "exact"),
    ("bare-fraction-before-pct", "The managers share a fee of 5/8 pct.", "5/8 pct", "percent", 0.625, "exact"),
    ("bare-fraction-price-move", "Vikco closed up 3/8 at 21-1/4 on Tuesday.", "3/8", "count", 0.375, "exact"),
    ("count-after-a-name-number-before-its-noun", "Vikstar 12 and 40 others left early.", "40", "count", 40, "exact"),
    ("count-after-a-date-and-its-number", "Cases hit 900 by April 20, and 82 died.", "82", "count", 82, "exact"),
    ("one-counted-per-period", "Guests are limited to one visit every three years.", "one", "count", 1, "exact"),
    ("one-counted-per-unit-of-time", "The line carries one tonne a day.", "one", "measure", 1, "exact"),
    ("glued-m-after-the-last-stays-millions", "The bank raised the last 300m from funds.", "300m", "count", 300e6, "exact"),
    ("glued-label-in-a-closed-paragraph-is-body-text", "Vik:Vik's port logged 31 crossings in May.", "31", "count", 31, "exact"),
    ("the-and-a-word-before-a-figure-gives-it-anew", "Guests pay a 15 pct levy. Ms Vik termed the present 15 pct rate too high.", "15 pct", "percent", 15, "exact"),
    ("guard-the-original-with-a-new-count-is-a-claim", "Lund sent 40 boats. The original 50 boats had sailed.", "50", "count", 50, "exact"),
    ("same-value-written-otherwise-is-no-re-mention", "It took 20 years. Its current 20% stake is small.", "20%", "percent", 20, "exact"),
    ("n-time-after-the-is-a-tally", "Vik beat the two-time Lund open runner-up.", "two", "count", 2, "exact"),
    ("n-times-champion-is-a-tally", "The race lost nine-times champion Ada Vik.", "nine", "count", 9, "exact"),
    ("rate-after-a-bare-the-is-news", "Vik pays $3 a shift more. Vik is keeping the $3 a shift rise.", "$3", "money", 3, "exact"),
    ("bare-fraction-move-ending-its-clause", "Vikco traded at 21-1/4, down 3/8, on Tuesday.", "3/8", "count", 0.375, "exact"),
    ("bare-fraction-move-then-its-price", "Vikco fell 5/8 to 20-1/4 on Tuesday.", "5/8", "count", 0.625, "exact"),
    ("price-after-a-fraction-move-is-its-own-claim", "Vikco fell 5/8 to 20-1/4 on Tuesday.", "20-1/4", "count", 20.25, "exact"),
    ("bare-fraction-of-a-unit", "Lund banks bid 1/16 of a point lower.", "1/16", "count", 0.0625, "exact"),
    ("bare-fraction-before-lower", "Vik notes were 9/32 lower at noon.", "9/32", "count", 0.28125, "exact"),
    ("fraction-to-a-percentage-stays-one-range", "Output fell an adjusted 1/2 to one pct.", "1/2 to one pct", "percent", 0.5, "exact"),
    ("bid-offer-quote-is-one-claim", "Three-month money was quoted at 9-5/8 1/2 pct.", "9-5/8 1/2 pct", "percent", 9.625, "exact"),
    ("now-count-after-a-common-noun-is-no-age", "The fleet, now 13, is the port's largest.", "13", "count", 13, "exact"),
    ("also-count-after-a-common-noun-is-no-age", "The fleet, also 13, is the port's largest.", "13", "count", 13, "exact"),
    ("one-in-list-of-counts", "The owners came from abroad: two from Peru, one from Chad.", "one", "count", 1, "exact"),
    ("one-object-of-past-verb", "The blast injured one officer at the gate.", "one", "count", 1, "exact"),
    ("one-before-and-another-count", "Each Vik holder gets one share and two warrants.", "one", "count", 1, "exact"),
    ("one-before-and-another-count-of-people", "Ms Lund leaves one son and two daughters.", "one", "count", 1, "exact"),
    ("one-speaker-noun-after-a-hedge-counts", "At least one skipper said the port was shut.", "one", "count", 1, "at least"),
    ("one-before-toll-participle", "Two guards were killed and one wounded in the raid.", "one", "count", 1, "exact"),
    ("definite-first-mention-superlative", "The firm fired the two most senior bankers.", "two", "count", 2, "exact"),
    ("definite-first-mention-partitive", "Vik Bank is one of the six banks that bid.", "six", "count", 6, "exact"),
    ("glued-m-decimal-millions", "The film made a total of 204.3m in a month.", "204.3m", "count", 204.3e6, "exact"),
    # a list that gaps its verb and noun after a first count: each name's number counts too
    # a part and its whole after a name's possessive, plain counts: one ratio
    ("partitive-after-a-name-s-possessive-is-one-ratio", "Vik holds 33 of the Lund Senate's 90 seats.", "33 of the Lund Senate's 90", "ratio", 33 / 90, "exact"),
    ("guard-partitive-after-a-name-s-number-leaves-the-whole", "Vik has a stand in Hall 25 of the 30 halls.", "30", "count", 30, "exact"),
    ("guard-partitive-after-a-sentence-opening-hedge-stays-one", "Some 36 of the 47 ferries sank.", "36 of the 47", "ratio", 36 / 47, "about"),
    ("partitive-after-my-is-one-ratio", "Two of my five uncles were born in Lund.", "Two of my five", "ratio", 2 / 5, "exact"),
    ("guard-partitive-after-a-possessive-with-scales-stays-two", "Vik bought 2,400,000 of Lund's 31.5 mln shares.", "2,400,000", "count", 2400000, "exact"),
    ("guard-partitive-before-a-year-stays-a-count", "Two of Vik's 1999 films won prizes.", "Two", "count", 2, "exact"),
    ("guard-glued-unit-before-an-amount-counts", "The show tracked her 14lb weight gain.", "14", "measure", 14, "exact"),
    # a multiplier's base form after "to" or a modal, a hedge between or not, is a verb
    ("multiplier-after-to-and-a-hedge-before-a-noun-is-a-verb", "Vik hopes to nearly double fares by May.", "double", "ratio", 2, "about"),
    ("multiplier-after-a-modal-and-a-two-word-hedge-is-a-verb", "The new yard should more than double Vik's output.", "double", "ratio", 2, "more than"),
    ("multiplier-after-a-modal-before-a-noun-is-a-verb", "The Lund levy could triple ferry costs.", "triple", "ratio", 3, "exact"),
    ("one-cent-keeps-its-currency", "The Vik dividend rose to 5 cents from one cent.", "one cent", "money", 1, "exact"),
    ("one-place-moved-after-only-counts", "The Vik single slipped only one place to five.", "one", "count", 1, "exact"),
    ("one-before-each-counts", "Two firms are from Vik, with one each from Lund and Ost.", "one", "count", 1, "exact"),
    ("one-noun-each-counts", "The pair wrote one song each for the Vik album.", "one", "count", 1, "exact"),
    ("bid-and-offer-quote-keeps-its-currency", "The Vik crown began at 1.8255/65 marks on Monday.", "1.8255/65 marks", "money", 1.8255, "exact"),
    ("glued-data-unit-before-of-is-a-measure", "The Vik player can hold 70GB of songs.", "70", "measure", 70, "exact"),
    ("guard-half-cut-by-stays-a-share", "Vik cut its fleet by half.", "half", "ratio", 0.5, "exact"),
    ("gapped-list-item-after-a-name-counts", "Vik Port has logged 140 arrivals, Lund Harbour 88, Ost 61 and Nord Bay 37.", "88", "count", 88, "exact"),
    ("gapped-list-last-item-after-and-counts", "Vik Port has logged 140 arrivals, Lund Harbour 88, Ost 61 and Nord Bay 37.", "37", "count", 37, "exact"),
]

# (id, sentence, expected token): approximate quantity words, no exact value
APPROXIMATE = [
    ("quantity-said-twice-is-one", "There were thousands and thousands of fans at Lund.", "thousands and thousands"),
    ("dozens-of", "Dozens of people were injured in the blast.", "Dozens"),
    ("scores-of", "Scores of homes were flattened by the storm.", "Scores"),
    ("hundreds-of", "Hundreds of workers joined the strike.", "Hundreds"),
    ("a-couple-thousand-is-one-quantity", "The club has a couple thousand members.", "a couple thousand"),
    ("a-couple-dozen-is-one-quantity", "Vik let go a couple dozen welders.", "a couple dozen"),
    ("a-couple-of-dozen-is-one-quantity", "Vik logged a couple of dozen leaks.", "a couple of dozen"),
    ("a-few-dozen-is-one-quantity", "Only a few dozen riders came.", "a few dozen"),
    ("several-dozen-is-one-quantity", "Several dozen skippers met the mayor.", "Several dozen"),
    ("thousands-of", "Thousands of fans filled the square.", "Thousands"),
    ("tens-of-thousands-of", "Tens of thousands of people marched through the capital.", "Tens of thousands"),
    ("millions-of", "Millions of viewers watched the final.", "Millions"),
    ("hundreds-of-billions-is-one-quantity", "The slump cost ferry lines hundreds of billions of crowns.", "hundreds of billions"),
    ("tens-of-billions-is-one-quantity", "Tens of billions of crowns were lost.", "Tens of billions"),
    ("several-hundreds-before-noun", "Several hundreds migrants reached the island.", "Several hundreds"),
    ("thousands-standing-alone", "Thousands marched to the harbour on Sunday.", "Thousands"),
    ("by-the-thousands", "Seabirds died by the thousands that winter.", "thousands"),
    ("hundreds-of-thousands-standing-alone", "Hundreds of thousands lost power.", "Hundreds of thousands"),
    ("trillions-standing-alone", "The debt could reach trillions.", "trillions"),
]

# (id, sentence, substring that no claim token may overlap)
SKIP = [
    ("age-after-a-superlative-of-age", "Ms Vik became the youngest Lund store manager at 19.", "19"),
    ("guard-at-one-point-is-an-idiom", "At one point the Lund index rose.", "one"),
    ("age-as-subject-of-a-move-from", "The Vik pension age will rise from 60 to 67.", "60"),
    ("age-as-subject-of-a-move-to", "The Vik pension age will rise from 60 to 67.", "67"),
    ("guard-scaled-years-ago-is-a-date", "The Vik rocks formed 40 million years ago.", "40 million"),
    ("multiplier-after-to-before-a-titled-word-is-an-adjective", "Ms Vik stormed to double Lund gold.", "double"),
    ("multiplier-before-check-is-an-idiom", "It pays to double check the seals.", "double"),
    # "half" as a noun after a determiner or possessive, ending its phrase: a half of a pitch
    ("half-after-a-name-and-the-ending-its-phrase-is-a-place", "Vik made a rare run into the Lund half and scored.", "half"),
    ("half-after-our-own-before-a-full-stop-is-a-place", "Lund rarely left the shelter of their own half.", "half"),
    ("capitalised-half-inside-a-sentence-is-a-name", "The genius of games like Half Vik 2 is the plot.", "Half"),
    ("half-time-after-of-is-a-point-of-the-match", "Vik scored a goal on each side of half time.", "half"),
    # a number glued to its unit before the noun it sizes is a descriptor
    ("glued-unit-after-a-before-a-noun-is-a-descriptor", "It has a 9kg drum and a lid.", "9"),
    ("guard-glued-unit-after-a-possessive-before-a-noun-is-a-descriptor", "Nothing rivals Vik's 60GB player.", "60"),
    # a scorer's minute after a name is no gapped count: the first has no plural noun
    ("guard-scorers-minutes-after-a-singular-are-no-gapped-list", "Goals: Vik 40, Lund 48 pen, Ost 60, Nord 72.", "60"),
    ("guard-one-for-each-is-a-pronoun", "The vote is one for each Lund member to weigh.", "one"),
    ("one-after-a-verb-framing-a-quote-is-the-speaker-s", '"Fares will rise," commented one trader.', "one"),
    ("guard-partitive-of-years-is-no-ratio", "She sat out the final two of her nine years as skipper.", "nine"),
    ("guard-partitive-of-last-years-is-no-ratio", "She missed two of her last nine years at sea.", "nine"),
    ("size-of-a-unit-after-the-is-a-descriptor", "The 7,000 tonne Vik ferry sank in the strait.", "7,000"),
    ("size-of-a-group-after-the-is-a-descriptor", "She quit the 30 member Lund cabinet on Friday.", "30"),
    ("age-after-older-than-bounds-a-group", "Only Lund skippers older than 65 may apply.", "65"),
    ("age-after-as-young-as-bounds-a-group", "Vik crews took on deckhands as young as 14.", "14"),
    ("age-range-before-age-group", "The 15 to 24 age group was hit hardest in Vik.", "15"),
    ("age-range-before-age-bracket", "Skippers in the 19-34 age band shop most.", "19-34"),
    ("age-after-retired-at", "The Lund skipper retired at 65.", "65"),
    ("age-after-left-school-at", "The Lund skipper left school at 15 to fish.", "15"),
    ("age-after-a-boy-of", "A boy of 14 was hurt at the Vik quay.", "14"),
    ("half-time-is-a-point-of-a-match", "Vik replaced Lund at half time.", "half"),
    ("first-hour-of-a-span-of-times-with-to", "The Vik clinic is open from 3 to 6 p.m. on Fridays.", "3"),
    ("race-time-after-a-placing", "Ana Vik finished second in 7.91 in the Lund hurdles.", "7.91"),
    ("age-range-before-age-category", "The 30-49 age category grew in Vik.", "30-49"),
    ("guard-a-time-with-dotted-pm-is-no-pence", "The Vik ferry leaves at 4p.m. daily.", "4"),
    ("a-larger-level-pair-is-a-tie", "The sides were tied at 27-27 late on.", "27-27"),
    ("age-after-younger-than-bounds-a-group", "Fares are free for children younger than 13.", "13"),
    ("digits-before-a-titled-currency-word-name-a-rapper", "The Vik rapper 40 Cent sang at the fair.", "40"),
    ("digits-before-a-titled-time-unit-name-a-show", "She told the Vik show 90 Minutes that she would go.", "90"),
    ("digits-before-a-titled-measure-name-a-film", "The film 31 Grams won the Lund prize.", "31"),
    ("duration-with-a-plus-lower-bound", "The skipper has sailed the Lund route for 30+ years.", "30"),
    ("number-one-in-weeks-is-a-rank-and-a-span", "It gave the choir their third number one in four weeks.", "one"),
    ("one-to-one-is-a-manner", "The skippers held one-to-one talks.", "one"),
    ("age-group-side-without-its-hyphen", "Vik's under 14 boys won the ferry cup.", "14"),
    ("a-noun-or-two-is-a-loose-few", "He forged a letter or two for the guild.", "two"),
    ("once-or-twice-is-a-loose-few", "The crews meet once or twice a day.", "twice"),
    ("dividend-naming-preferred-stock", "It will redeem its 4.50 dlr cumulative preferred stock.", "4.50"),
    ("game-number-before-won-the-is-no-currency", "Vikquest 2 won the best game award.", "won"),
    ("glued-pound-after-digits-is-a-weight-descriptor", "The 300-pound lineman ran.", "300"),
    ("figure-of-speech-feel-100", "\"I feel 100% again,\" the striker said.", "100%"),
    ("figure-of-speech-am-100", "\"Physically I am 100% now,\" she said.", "100%"),
    ("winning-margin-far-after-beat", "The teacher beat the Irish international Jo Byrne by 40 metres in the race.", "40"),
    ("race-name-before-full-stop", "He won the men's 9km race. Riley ran well.", "9"),
    ("race-named-by-its-distance", "He won the men's 9km race on Sunday.", "9"),
    ("race-final-by-its-distance", "She won the 400m final in Oslo.", "400"),
    ("race-named-by-distance-alone", "Kvist won the 200m at the indoor meeting in Oslo.", "200m"),
    ("race-named-by-distance-womens", "She took the women's 800m in a season's best.", "800m"),
    ("stretch-of-a-race", "She drew clear over the final three kilometres.", "three"),
    ("winning-margin", "The teacher beat her rival by 40 metres in the race.", "40"),
    ("range-of-time-units-without-period-word", "The bridge should open 12 to 18 months from now.", "12 to 18"),
    # dates, times, years, decades, periods
    ("date-month-day", "The talks resumed on October 7 in Cairo.", "October 7"),
    ("date-abbrev-month", "The talks resumed on Oct. 7 in Cairo.", "Oct. 7"),
    ("date-day-month", "The talks resumed on 7 October in Cairo.", "7 October"),
    ("year", "The law was passed in 2023 after a long debate.", "2023"),
    ("decade", "The factory closed in the 1990s.", "1990s"),
    ("decade-apostrophe", "The band was popular in the '90s.", "'90s"),
    ("quarter-code", "Sales were weak in Q1 for the retailer.", "Q1"),
    ("time-pm", "The vote closes at 3 p.m. on Thursday.", "3 p.m."),
    ("time-span", "The hall is open 6-9 p.m. on weekdays.", "6-9 p.m."),
    ("date-slash", "The outage began on 7/10 and lasted a week.", "7/10"),
    ("second-quarter", "Profits improved in the second quarter.", "second"),
    ("half-an-hour", "The fire started half an hour after midnight.", "half"),
    ("scores-without-of-stay-scores", "The scores were level at half-time.", "scores"),
    ("freecall-number-in-groups", "Witnesses can ring the hotline on 1800 555 012 at any hour.", "555 012"),
    ("world-rank-reached", "The Swedish pair climbed to 17 in the world this season.", "17"),
    ("knockout-round-last-16", "The pair reached the last 16 in Lund.", "16"),
    ("run-in-list-first-item", "Here are our tips. 1. Show that you can work alone.", "1"),
    ("run-in-list-next-item", "Our tips: 1. Work alone. 2. Be on time.", "2"),
    ("slideshow-count-is-furniture", "Ferries ran late.\n\nSlideshow (4 Images)\n\nCrews went home.", "4"),
    ("range-of-years-after-by", "It sped up the shift by three to five years.", "three"),
    ("match-stretch-next-games", "She won the next five games and the set.", "five"),
    ("match-stretch-first-goals", "Lund netted the first three goals of the game for Vik.", "three"),
    ("match-stretch-last-points", "He lost the last four points of the tie-break.", "four"),
    ("periods-counted-after-previous", "Output slid after two previous quarters in the black.", "two"),
    ("periods-counted-successive", "Output fell for four successive quarters.", "four"),
    ("knockout-round-last-eight-of", "She lost in the last eight of the cup.", "eight"),
    ("a-one-two-is-no-count", "A quick one-two set up the winning goal.", "one-two"),
    ("the-last-half-is-a-period", "Orders slowed after a busy last half of 1998.", "half"),
    ("list-number-glued-to-a-question", "How do ferries cope in storms?4. What do crews earn?", "4"),
    ("and-a-half-years", "She ran the agency for three and a half years.", "three and a half"),
    ("duration-abbreviated-months", "Nine mths net profit 4.1 mln vs 3.2 mln", "Nine"),
    ("reference-list-later-items", "The lawyers say Clauses 12, 15 and 19 of the act are unclear.", "19"),
    ("reference-list-second-item", "Both Chapters 4 and 7 were rewritten.", "7"),
    ("later-number-after-a-name-and-its-number", "She flew on Vikstar 13 and 16 as a pilot.", "16"),
    ("later-numbers-after-a-name-list", "It aired on Lundvision 2, 5 and 9 in May.", "5"),
    ("age-after-contraction", "I'm 73 and he's 76, so we stay home.", "76"),
    ("age-after-curly-contraction", "She’s 66 and takes her temperature daily.", "66"),
    ("clock-minutes", "The meeting starts at 10:30 on Monday.", "10:30"),
    ("season-years", "He scored nine goals in the 2023-24 season.", "2023-24"),
    ("year-span-between", "Between 2010 and 2020 the town built 300 homes.", "2010 and 2020"),
    ("apostrophe-year", "The mill shut in '03 after a fire.", "03"),
    ("month-range-end", "The festival runs June 12-Sept. 16 in the park.", "16"),
    ("date-month-comma-day", "The photo was taken on May, 18, 2024, in the square.", "18"),
    ("date-month-day-range", "The poll was conducted Nov. 3-8 in ten states.", "3-8"),
    ("date-month-comma-day-year", "Photo taken May, 18 2024. Credit: staff", "18"),
    # durations, terms, ages
    ("duration-for-years", "She lived abroad for three years before returning.", "three"),
    ("duration-descriptor", "The sides agreed a 10-day truce on Sunday.", "10"),
    ("duration-within-hours", "The results are expected within 24 hours.", "24"),
    ("jail-term", "He was jailed for 14 years by the court.", "14"),
    ("terms", "She served two terms as mayor.", "two"),
    ("historical-span", "The ruins date back 2,000 years.", "2,000"),
    ("age-hyphenated", "A 62-year-old man was detained by officers.", "62"),
    ("age-aged", "The driver, aged 45, was unhurt.", "45"),
    ("age-apposition", "Mr Smith, 66, said the plan would fail.", "66"),
    ("age-apposition-after-now", "Hedda Vik, now 78, still rows on the fjord each day.", "78"),
    ("age-apposition-after-now-and", "The choir sang for Arvo Lind, now 91 and nearly blind.", "91"),
    ("bare-age-was-when", "The old skipper was 19 when he first sailed the fjord.", "19"),
    ("age-apposition-after-also", "A day later her cousin Tove Lind, also 19, fell ill.", "19"),
    ("age-apposition-after-both", "Ola and Per Lind, both 24, rowed the fjord.", "24"),
    ("age-apposition-after-then", "Arvo Lind, then 17, was sent to sea.", "17"),
    ("half-before-a-state", "The mill was left half built.", "half"),
    ("half-before-an-adjective-state", "The ferry sailed half empty.", "half"),
    ("time-unit-and-a-half", "He spent a year and a half in office.", "a half"),
    ("number-after-hash", "The red costs $15 (item #559931).", "559931"),
    ("car-number-after-hash", "She drove the #4 car to a win.", "4"),
    ("apposed-age-before-a-dash", "Her attacker, Warren Lund, 17 - who was jailed in May - wept.", "17"),
    ("age-after-a-hedge", "She won the seat at the age of just 28.", "28"),
    ("age-after-age-to", "They backed cutting the voting age to 16.", "16"),
    ("ages-from-to", "The plan lifts the pension age from 60 to 65.", "65"),
    ("street-address-number", "The envoys met at 10 Harbour Street on Monday.", "10"),
    ("street-address-after-of", "They stood at the door of 12 Vik Street at noon.", "12"),
    ("house-number-before-a-compass-point-and-numbered-street", "The shop at 1450 W. 62nd St. shut early.", "1450"),
    ("first-of-two-race-distances-before-a-title", "The world 300m and 600m record holder went home early.", "300m"),
    ("glued-metres-as-a-race-stretch", "Vik pulled clear of the pack in the final 300m.", "300m"),
    ("glued-metres-before-world-record", "He is short of Lund's 60m world record.", "60m"),
    ("once-as-an-adverb", "The talks once looked doomed, the union said.", "once"),
    ("once-opening-a-clause", "Once the plan passed, the ferries sailed.", "Once"),
    ("think-twice-is-an-idiom", "Savers should think twice before they buy gold bars.", "twice"),
    ("bare-stretch-after-a-match-unit", "Ada took the first four games but Lund won the next five.", "five"),
    ("race-distance-before-runners", "Ada Vik is among the quickest 800m runners this winter.", "800m"),
    ("race-distances-before-a-plural-title", "She won the 200m and 400m titles in Oslo.", "400m"),
    ("timing-in-minutes-and-seconds", "Ada Vik won in 7:39.89 as Lund was second.", "39.89"),
    ("house-number-before-compass-point", "The clinic at 4301 W. Harbour Ave. opens on Monday.", "4301"),
    ("house-number-before-compass-point-and-name", "Tests are given at the Vik Centre, 1229 N. Lundgren, in the mornings.", "1229"),
    ("all-n-of-the-group-re-mentions", "Five sailors fell ill.\n\nAll five of the sailors left the ship.", "five"),
    ("sum-said-again-after-the-with-no-noun",
     "Vik could take a sure £700 or gamble for £30,000. Vik chose the £700, and walked away.", "£700"),
    ("read-more-paragraph-is-furniture",
     "Fares rose.\n\nRead more: Vik calls it the best idea. We had 5 skippers weigh in on it.", "5"),
    ("correction-paragraph-is-furniture",
     "Fares rose.\n\nCorrection: A previous draft of this story gave the fare as $40. The fare is in fact $30.",
     "$30"),
    ("age-year-old-after-a-space", "The 12 year-old mare won again.", "12"),
    ("age-month-old-after-a-space", "A 3 month-old foal was sold.", "3"),
    ("age-range-dashed", "Voters aged 18-24 backed the party.", "18-24"),
    ("age-range-between", "Voters aged between 18 and 24 backed the party.", "18 and 24"),
    ("age-range-ages-of", "People between the ages of 18 and 24 were polled.", "18"),
    ("age-range-ages-of-upper", "People between the ages of 18 and 24 were polled.", "24"),
    ("age-then-count", "Children under the age of 5 and 300 adults were treated.", "5"),
    # ordinals and ranks
    ("ordinal-word", "She was the first woman to lead the party.", "first"),
    ("ordinal-unit", "Soldiers from the 2nd Brigade entered the town.", "2nd"),
    ("ordinal-largest", "It is the third-largest city in the province.", "third"),
    ("roman-numeral-war", "The museum covers World War II in detail.", "II"),
    ("rank", "The university is ranked 114 in the world.", "114"),
    # names, codes, identifiers
    ("covid-19", "The COVID-19 pandemic closed the schools.", "19"),
    ("g7", "Leaders of the G7 met in Italy.", "G7"),
    ("f-16", "The air force bought new F-16 jets.", "16"),
    ("boeing-737", "The airline grounded its Boeing 737 fleet.", "737"),
    ("article-51", "The country invoked Article 51 of the charter.", "51"),
    ("resolution", "The council adopted Resolution 2728 last month.", "2728"),
    ("bracketed-letter-name", "Savers moved their cash into 401(k) plans.", "401"),
    ("subsection-glued-to-section", "The ban breaks Section 14(1) of the charter.", "1"),
    ("numeric-ticker-in-brackets", "Shares of Vik Motor (7201.T) and Lund Oil (600028.SS) fell.", "600028"),
    ("oxford-list-of-durations-first", "Firms cut the course to six, four, or even two weeks.", "six"),
    ("oxford-list-of-durations-middle", "Firms cut the course to six, four, or even two weeks.", "four"),
    ("idiom-a-thing-or-two", "The old pilots know a thing or two about fog.", "two"),
    ("subsection-after-subsection", "Under clause 12(3)(a), the fee is waived.", "3"),
    ("windows-10", "The office still runs Windows 10 on its laptops.", "10"),
    ("camel-case-name", "The shop sold out of the iPhone 15 by noon.", "15"),
    ("glued-capital-letter-name", "Vandals damaged two 5G masts near the port.", "5G"),
    ("phone-trunk-zero", "Call 0800 123 4567 for help.", "0800 123 4567"),
    ("phone-international", "Readers can call +1 212-555-0187 with tips.", "+1 212-555-0187"),
    ("phone-local", "Call 555-0187 for details.", "555-0187"),
    ("phone-us-bracketed", "Customers can call 1 (855) 839-6253 for help.", "1 (855) 839-6253"),
    ("channel-4", "The programme aired on Channel 4 last night.", "4"),
    ("no-10", "Aides at No 10 declined to comment.", "10"),
    ("nine-eleven", "The attacks of 9/11 changed airport security.", "9/11"),
    ("url", "Details are posted at https://example.org/page/2024/report-55.html for readers.",
     "https://example.org/page/2024/report-55.html"),
    # descriptors
    ("descriptor-nation-bloc", "The 27-nation bloc agreed new sanctions.", "27"),
    ("descriptor-member-council", "The 15-member Security Council met on Tuesday.", "15"),
    ("descriptor-page-ruling", "The judge issued a nine-page ruling.", "nine"),
    # sports scores
    ("score-won", "The home side won 3-1 in the final.", "3-1"),
    ("score-defeat", "The club suffered a 2-0 defeat at home.", "2-0"),
    ("score-set-run", "It ended in a 6-4, 6-0 result for the champion.", "6-4, 6-0"),
    ("tie-break-past-seven-points-after-a-set", "Vik beat Lund 6-3 7-6 (11-9) on grass.", "11-9"),
    ("score-running-down", "Their 2-1 loss at home ended the run.", "2-1"),
    ("score-level", "It stayed 1-1 until the last minute.", "1-1"),
    ("betting-odds", "The veteran is the 3-1 favourite to win.", "3-1"),
    ("score-before-loss", "After the 24-17 Cup loss, the coach quit.", "24-17"),
    ("score-before-down", "The visitors were 21-10 down at the break.", "21-10"),
    ("score-before-word-ending-sentence", "A late try put Leeds 26-20 ahead. The crowd rose.", "26-20"),
    ("year-span-one-digit", "The 2005-6 budget was cut.", "2005-6"),
    # pronoun / determiner "one"
    ("one-of-the", "She is one of the candidates for the post.", "one"),
    ("no-one", "No one answered the door at the house.", "one"),
    ("one-another", "The neighbours help one another in winter.", "one"),
    ("one-day", "One day the factory will reopen.", "One"),
    # vague quantifiers
    ("several", "Several witnesses described a loud bang.", "Several"),
    ("many", "Many residents fled before the storm.", "Many"),
    ("a-few", "A few shops remained open.", "few"),
    # definite re-mention of a counted group
    ("of-the-two-with-no-noun-after", "Fares rose, or tolls did, or a mix of the two, in Vik.", "two"),
    ("neither-of-the-two-before-a-verb", "Lund and Vik met. Neither of the two would comment.", "two"),
    ("re-mention", "Two countries signed the accord. The two countries will meet again in spring.",
     "two countries"),
    # page furniture
    ("reporting-by", "(Reporting by Jane Doe; Editing by John Roe)", "Reporting by Jane Doe"),
    ("correction-note-of-a-dated-story",
     "(This version of the May 3rd story corrects the cost to $4 million from $5 million) LUND - The ferry sailed.",
     "$4 million"),
    ("page-of", "Page 2 of 5", "Page 2 of 5"),
    ("see-also-link-line-is-furniture", "Ferries ran late.\n\nSEE ALSO: Dockers say the strike could cost $9 million a day\n\nCrews went home.", "$9 million"),
    ("see-more-link-line-is-furniture", "Ferries ran late.\n\nSee more: 31 cheap crossings you can book now", "31"),
    ("exchange-rate-footnote-is-furniture", "Fares rose 5%, the line said.\n\n($1 = 75.7770 Vik crowns)", "75.7770"),
    ("hour-in-words-before-oclock", "The ferry left after five o'clock on Monday.", "five"),
    ("label-glued-to-a-headline-is-a-link", "Ferries ran late.\n\nPort news:Vik Lines to cut 31 crossings in May\n\nMore soon.", "31"),
    ("more-link-line-is-furniture", "Ferries ran late.\n\nMore: Vik's launch of 2 ferries is delayed", "2"),
    ("list-marker", "The plan has two aims: 1) cut costs and 2) hire staff.", "1)"),
    ("numbered-item-after-blank-line", "Here is the plan.\n\n3. Cheaper fares for commuters", "3"),
    ("numbered-item-after-sentence-line", "Three steps follow:\n2) Talk to your bank", "2"),
    # ages at death
    ("age-at-death", "Ms Lund, a nurse for 30 years, died at 81.", "81"),
    ("age-at-death-before-preposition", "The singer dies at 74 after a short illness.", "74"),
    ("age-after-she-was", "When she was 14, her family moved to Leeds.", "14"),
    ("age-after-i-was-before-when", "I was 19 when the mill shut.", "19"),
    ("age-after-who-is", "Ms Lund, who is 45, runs the farm alone.", "45"),
    ("age-on-a-line-of-its-own-after-a-name", "The dead include:\n\nCynthia Vik, 66\n\nLund, April 11", "66"),
    ("age-on-a-line-after-a-name-with-a-nickname", "Those lost:\n\nTova “Tiv” Brink, 91\n\nAnd more", "91"),
    ("first-age-of-a-pair-written-on-the-last", "The wage covers 16 and 17-year-olds.", "16"),
    ("first-age-word-of-a-pair", "The club serves five and six-year-olds.", "five"),
    ("first-age-of-a-pair-years-old", "Her sons, 5 and 7 years old, ran too.", "5"),
    ("age-at-death-after-a-place", "The conductor has died in Lund at 50.", "50"),
    ("capitalised-sum-words-name-a-film", "She starred in Million Dollar Baby last year.", "Million Dollar"),
    ("age-after-who-was", "The boy, who was 13 at the time, gave evidence.", "13"),
    ("age-after-she-will-be", "The next Games fall in May, when she will be 34.", "34"),
    ("age-after-he-would-be", "By the vote he would be 70, the oldest candidate yet.", "70"),
    ("age-apposition-common-noun", "The driver, 23, was cut free by firefighters.", "23"),
    ("age-bracketed-after-name", "Ms Ortiz (41) denies the charge.", "41"),
    ("age-list-after-aged", "Two brothers aged 17 and 19 were arrested.", "19"),
    ("name-after-told-outlet", "She told KTV Radio 2 the plan was dead.", "2"),
    ("multiplier-adjective-before-noun", "Guests booked a double room by the sea.", "double"),
    ("multiplier-verb-as", "The hall doubled as a clinic in the war.", "doubled"),
    ("multiplier-capitalised-name", "He joined Triple Oak Media in May.", "Triple"),
    ("fraction-ordinal-before-noun", "She won a fourth term in May.", "fourth"),
    ("fraction-ordinal-after-verb", "The visitors scored a third before the break.", "third"),
    ("fraction-period-after-amount", "Members pay $40 a quarter for the hall.", "quarter"),
    ("duration-alternatives", "The repairs will take two or three weeks.", "two"),
    ("vague-one-or-two", "Only one or two stalls opened on the day.", "one or two"),
    ("rank-alternatives", "He may bat at number six or seven.", "seven"),
    ("age-alternatives", "She left school at age 15 or 16.", "15"),
    # durations around "or", "to", "between" and "time"; counted quarters
    ("duration-unit-or-number", "The site will reopen in a day or two.", "two"),
    ("duration-range-after-next", "Rents may climb over the next 9-15 months.", "9-15"),
    ("duration-between-words", "The survey takes between two and four weeks to run.", "two and four"),
    ("duration-years-time", "The bridge will be paid off in twenty years' time.", "twenty"),
    ("duration-adjective-before-unit", "Buyers have 14 working days to cancel.", "14"),
    ("duration-counted-quarters", "The mill has lost money for five quarters.", "five quarters"),
    ("duration-fraction-of-century", "The pier stood for three-quarters of a century.", "three-quarters"),
    # days after a month, days before one
    ("date-month-days-and", "The fair is on April 11 and 12 this year.", "12"),
    ("date-first-day-of-a-span-before-the-month", "The expo runs from 6 to 9 January in Lund.", "6"),
    ("date-first-day-of-a-pair-before-the-month", "The regatta is held on 20 and 21 August.", "20"),
    ("date-first-day-of-a-dashed-span-after-from", "The fair runs from 10-20 February.", "10"),
    ("relay-legs", "She won silver in the 4x100m relay.", "4"),
    ("part-of-a-series", "Part two will follow on Friday.", "two"),
    ("date-month-days-through", "The fair runs June 24 through 26 in Vik.", "26"),
    ("date-month-days-until", "The strike lasts from May 3 until 9 at the port.", "9"),
    ("date-days-range-before-month", "The 8-10 June show sold out.", "8-10"),
    # names, race distances, sizes, denominations
    ("name-after-called", "They watched a film called 40 Winters at the club.", "40"),
    ("race-distance-metres", "She won the 1,500m and 5,000m in Oslo.", "5,000m"),
    ("race-distance-before-race-word", "The world 400m champion will run in Vik.", "400m"),
    ("race-distance-before-event-name", "She set a record in the 60m hurdles.", "60m"),
    ("size-descriptor-metres", "Waves battered the 40m trawler off the cape.", "40m"),
    ("denomination-note", "He paid with a $50 note at the till.", "$50"),
    ("leading-zero-clock-time", "The ban runs between 2300 and 0600 each night.", "2300 and 0600"),
    ("leading-zero-code", "He was cast to play 007 in the new film.", "007"),
    ("one-before-a-preposition-and-a-period-is-no-count", "It was one for a third week in Lund.", "one"),
    ("two-digit-leading-zero-name", "Her hits include Vik Road and 04 Lund Lights.", "04"),
    ("code-part-after-letters-and-digits", "The airline ordered ten A340-300 jets.", "300"),
    # the base of a rate (spec 5: in "7.5 per 100 people" the claim is 7.5); a household's size
    ("rate-base-after-per", "The town had 31 cases per 10,000 residents.", "10,000"),
    ("rate-base-money-after-per", "The bonds pay 1,050 crowns per 1,000 crowns of principal.", "1,000 crowns"),
    ("household-size-family", "A family of five would pay 12% more.", "five"),
    ("household-size-apposed", "Lena Vik, a mother of three, runs the shop.", "three"),
    ("place-reached-by-a-move-of-places", "The Vik film fell two places to seven in the chart.", "seven"),
    ("place-reached-by-a-move-of-a-place", "The Lund single slipped a place to three.", "three"),
    ("age-opening-at", "At 84, the painter still works every day.", "84"),
    ("ages-of-two-names-joined-by-and", "Lee, 48 and Vik, 73, are both to rest for a week.", "48"),
    ("age-after-a-person-noun-and-now", "Her father, now 90, still rows every day.", "90"),
    ("age-at-an-event-after-a-name", "Ana Vik, 13 when she left, was found in May.", "13"),
    # "one" as pronoun or determiner, not a count
    ("one-pronoun-before-preposition", "Three cubs were found, one near the dam and one in a barn.", "one"),
    ("one-pronoun-before-participle", "Fans were angry, with one writing that the club had failed.", "one"),
    ("one-pronoun-before-past-participle", "The kiln fires three glazes, including one tinted with ash.", "one"),
    ("one-pronoun-before-naming-word", "She keeps two ponies, one called Bramble.", "one"),
    ("one-before-a-speaker-and-verb", "Lund has 9.5 billion crowns in cash, one analyst said.", "one"),
    ("one-before-any-phrase-and-verb", "Lund has 9.5 billion crowns, one Vik Bank dealer said.", "one"),
    # regression: the word ending the sentence before was read as a verb acting on "One"
    ("one-opening-after-a-verb-in-ed", "Trading stalled. One expert saw a 9 pct drop.", "One"),
    ("one-after-an-inverted-verb", '"Rates will drift," predicted one broker at a Lund bank.', "one"),
    ("one-after-another", "As the storm battered one harbour after another, fares rose.", "one"),
    ("age-bound-number-word", "The show is unsuitable for children under seven.", "seven"),
    ("one-pronoun-after-if", "Nobody wants a strike, but if one starts, the port will shut.", "one"),
    ("one-pronoun-the-only-one", "Vik Mills is the only one to hold a licence in the valley.", "one"),
    ("clock-time-before-a-us-time-zone", "The result is due after 1400 CST today.", "1400"),
    ("clock-time-before-local-time", "The quake struck at 2130 local time.", "2130"),
    ("called-file-name", "The program is a file called 7610.theme.zip on the phone.", "7610"),
    ("two-goal-lead-is-a-game-event", "Lund held a two-goal lead at the break.", "two"),
    ("score-after-from-and-before-down", "Lund came back from 4-1 down in the third set.", "4-1"),
    ("ascending-score-after-from-and-before-down", "But from 0-2 down, Vik broke serve.", "0-2"),
    ("race-time-after-personal-best", "Ravi Lund set a personal best of 21.07 in the heat.", "21.07"),
    ("race-time-after-clocking", "She won the sprint by clocking 7.41 in Vik.", "7.41"),
    ("match-event-kicked-points", "The fly-half kicked 17 points as Lund won.", "17"),
    ("match-event-scoring-twice", "Vik came back, scoring twice late on.", "twice"),
    ("match-event-tries", "The visitors ran in two tries before the break.", "two"),
    ("match-event-kicked-penalties", "Lund slotted three more late penalties and Vik lost.", "three"),
    ("match-event-match-points", "Vik fought off four match points in the decider.", "four"),
    ("match-event-aces", "The Swede served eight aces in the final.", "eight"),
    ("match-event-unforced-errors", "The Swede made 19 unforced errors in the final.", "19"),
    ("tennis-game-points", "Nadal passed him to go 15-40 and two break points up.", "15-40"),
    ("half-time-is-no-tally", "The visitors led 9-3 at half-time in Lundby.", "half"),
    ("one-time-payment-is-no-count", "Each farm gets a one-time payment this spring.", "one"),
    ("size-unit-before-amount-head", "The ride ends in a 200-foot drop to the lake.", "200"),
    ("ten-day-decline-is-a-duration", "Shares ended a 10-day decline on Friday.", "10"),
    ("rating-out-of-ten-is-no-quote", "Critics gave the ferry film 7.5/10 in May.", "7.5"),
    ("guard-name-before-a-slash-and-digits", "The old OS/2 system still runs in Vik.", "2"),
    ("guard-path-after-a-domain-and-a-slash", "Read more at vik.rs/3 on the site.", "3"),
    ("slashed-date-without-unit", "The fair runs 7/8 to 9/8 in the hall.", "7"),
    ("slashed-date-after-on-is-no-move", "The fair opens on 7/8, in the hall.", "7"),
    ("slashed-date-before-a-slashed-date", "Cases rose from 3/16 to 4/2 in Lund.", "3"),
    ("one-contrast-another", "Buyers switch from one bank to another each year.", "one"),
    ("one-determiner-generic", "The rules tend to favour one region over the rest.", "one"),
    # definite re-mentions and a list's count of itself
    ("re-mention-the-two-named", "Norway and Chile signed a pact. Talks between the two nations went on.", "two"),
    ("re-mention-those-two", "The mayor backed two plans, but those two plans stalled.", "two plans stalled"),
    ("re-mention-money-seen", "The city won a $3 million grant. The $3 million grant pays for buses.", "$3 million grant pays"),
    ("re-mention-after-a-possessive-and-a-word", "Vik holds 37.5 pct of Lund. It may sell its current 37.5 pct holding.", "37.5 pct holding"),
    ("re-mention-after-the-original", "Four friends formed the Vik band. The original four members split.", "four members"),
    ("re-mention-after-the-same", "Lund sent 40 boats north. The same 40 boats sailed home.", "40 boats sailed"),
    ("re-mention-of-a-rate-after-extra", "Staff get $600 a week. Few asked for the extra $600 a week.", "$600 a week."),
    ("re-mention-before-a-preposition", "Vik gave $300 million in grants. Lund kept the $300 million in grants.", "$300 million in grants."),
    ("re-mention-after-a-names-possessive", "Vik asked for $44 billion. Lund cut Vik's $44 billion request.", "$44 billion request"),
    ("list-count-here-are", "Here are 7 ways to cut your energy bill.", "7"),
    ("list-count-these", "Can these 9 chains survive the winter?", "9"),
    # a year, then "to": no range with the figure after it
    ("year-then-to-figure", "Staff numbers fell from 90 in 2019 to 75 last year.", "2019"),
    ("year-span-after-from", "She coached the side from 2011-16 before moving abroad.", "2011-16"),
    # re-mentions after "all": no noun of its own, or the number and noun given before
    ("re-mention-all-pronoun", "They hired Ana, Ben and Carl, and all three were later promoted.", "three"),
    ("re-mention-all-noun-seen", "The zoo had four cubs this spring. All four cubs are thriving.", "four cubs are"),
    ("list-count-here-are-the", "Here are the 10 films we liked most this year.", "10"),
    # set phrases, pronoun "one" before any preposition, a name opening the sentence
    ("formation-the-back-four", "Lund often lines up in the back four for Vik.", "four"),
    ("formation-a-front-five", "Vik struggled against a front five in May.", "five"),
    ("idiom-in-two-minds", "The mayor is in two minds about the tram plan.", "two"),
    ("idiom-high-five", "The pair shared a high five at the finish.", "five"),
    ("one-pronoun-before-near", "Two cubs were found, one near the dam.", "one"),
    ("name-number-word-after-dateline", "LUND (Wire) - Nine Pines Group said it would close a mill.", "Nine"),
    # durations with a modifier, ages bounding a group, sizes as adjectives without a hyphen
    ("duration-more-weeks", "The curfew will last for two more weeks.", "two"),
    ("duration-or-more-unit", "Some families have waited for 10 or more years.", "10"),
    ("duration-list-sharing-unit", "The bonds have lives of 7.5, 9.2 and 11.4 years.", "9.2"),
    ("descriptor-list-sharing-hyphen-word", "The bank sold 30, 91 and 180-day bills.", "91"),
    ("period-each-half", "They scored once in each half.", "half"),
    ("shot-distance-yards", "Her low drive from 25 yards hit the post.", "25"),
    ("shot-distance-in-words-any-verb", "The winger blazed over the bar from six yards.", "six"),
    ("shot-distance-yards-out", "The winger fired a low free-kick 35 yards out over the bar.", "35"),
    ("idiom-knocked-for-six", "Savers have been knocked for six by the cuts.", "six"),
    ("bare-age-after-was-just", "She won a place at the academy when she was just 15.", "15"),
    ("time-unit-secs", "She crossed the line in 21.72 secs.", "21.72"),
    ("score-after-edging", "Vik took the plate by edging out Lund 21-19.", "21-19"),
    ("multiplier-of-a-match-lead", "Vik doubled their lead after 61 minutes.", "doubled"),
    ("race-distance-before-events", "He ran in the 100m events in Oslo.", "100m"),
    ("age-bound-over", "There are many voters over 60 in the valley.", "60"),
    ("age-bound-under", "Parents of children under 5 can claim the grant.", "5"),
    ("size-attributive-unhyphenated", "The firm built a 40,000 square foot depot near the port.", "40,000"),
    ("size-attributive-word", "The phone has a two megapixel camera.", "two"),
    ("descriptor-hyphen-left-hanging", "The bank sold two- and three-year notes.", "two"),
]


@pytest.mark.parametrize(
    "sentence,token,kind,value,bound", [r[1:] for r in FIND], ids=[r[0] for r in FIND]
)
def test_finds_claim(sentence, token, kind, value, bound):
    hits, _ = _claim_at(sentence, token)
    assert len(hits) == 1, [c.text for c in hits]
    claim = hits[0]
    assert claim.text == token
    assert sentence[claim.token.start : claim.token.end] == token
    assert claim.kind == kind
    assert claim.value == pytest.approx(value)
    assert claim.bound == bound
    assert claim.approximate is False
    assert claim.start <= claim.token.start and claim.token.end <= claim.end


@pytest.mark.parametrize(
    "sentence,token", [r[1:] for r in APPROXIMATE], ids=[r[0] for r in APPROXIMATE]
)
def test_finds_approximate_quantity(sentence, token):
    hits, _ = _claim_at(sentence, token)
    assert [c.text for c in hits] == [token]
    claim = hits[0]
    assert claim.approximate is True
    assert claim.value is None
    assert claim.kind == "count"


@pytest.mark.parametrize("sentence,needle", [r[1:] for r in SKIP], ids=[r[0] for r in SKIP])
def test_skips_non_claim(sentence, needle):
    hits, _ = _claim_at(sentence, needle)
    assert hits == [], [(c.text, c.token.start) for c in hits]


# (id, sentence, field, expected)
FIELDS = [
    ("range-low-high", "Officials counted 10 to 15 bodies in the rubble.", "10 to 15", {"low": 10, "high": 15}),
    ("between-low-high", "Between 10 and 20 boats capsized in the harbour.", "Between 10 and 20", {"low": 10, "high": 20}),
    ("currency-gbp", "Exports fell to £4.5m in March.", "£4.5m", {"currency": "GBP", "scale": "m"}),
    ("currency-usd-dlrs", "Revenue reached 840 mln dlrs in the quarter.", "840 mln dlrs", {"currency": "USD"}),
    ("currency-eur-word", "Lenders wrote down 12 billion euros of debt.", "12 billion euros", {"currency": "EUR"}),
    ("currency-jpy", "The airline spent 500 billion yen on new planes.", "500 billion yen", {"currency": "JPY"}),
    ("currency-pence-glued", "Vik shares rose 4p to 300p.", "300p", {"currency": "GBP"}),
    # regression: a unit written onto the number ("3kg") was lost and the claim read as a count
    ("unit-glued-to-the-number", "The Vik pike weighed 9kg at the weigh-in.", "9", {"kind": "measure", "unit": "kg"}),
    ("unit-glued-miles-an-hour", "Winds reached 80mph over Lund.", "80", {"kind": "measure", "unit": "mph"}),
    # regression: "Produced by" opening a sentence that goes on after a comma read as a credit
    ("participle-opening-a-sentence-is-no-credit", "Produced by Vik Films, the show cost $4m.", "$4m", {"kind": "money"}),
    ("participle-before-its-clause-is-no-credit", "Compiled by Vik Research the survey found 13% of skippers want to retire.", "13%", {"kind": "percent"}),
    ("bare-decimal-keeps-its-point", "The Vik rate was .5% last year.", ".5%", {"value": 0.5}),
    ("bare-decimal-range", "The Lund rate was around .12% to .2% in the study.", ".12% to .2%", {"low": 0.12, "high": 0.2}),
    ("currency-ecus-capitalised", "The Lund fund paid 91 mln ECUs in aid.", "91 mln ECUs", {"currency": "XEU"}),
    ("currency-wire-country-dlrs", "The Vik deficit shrank to 240 mln N.Z. Dlrs.", "240 mln N.Z. Dlrs", {"currency": "NZD"}),
    ("currency-myr", "The state paid RM2.5 billion to contractors.", "RM2.5 billion", {"currency": "MYR"}),
    ("unit-percent-word", "Prices rose 12 percent over the year.", "12 percent", {"unit": "%"}),
    ("unit-pct", "Shares gained 3 pct on the news.", "3 pct", {"unit": "%"}),
    ("unit-points", "Support slipped by 2 percentage points among farmers.", "2 percentage points",
     {"unit": "percentage points"}),
    ("unit-tonnes-outside-token", "Inspectors seized 3.5 tonnes of cocaine.", "3.5", {"unit": "tonnes"}),
    ("scale-word", "The city has 1.5 million residents.", "1.5 million", {"scale": "million"}),
]


@pytest.mark.parametrize(
    "sentence,token,expected", [r[1:] for r in FIELDS], ids=[r[0] for r in FIELDS]
)
def test_claim_fields(sentence, token, expected):
    hits, _ = _claim_at(sentence, token)
    assert len(hits) == 1
    claim = hits[0]
    for field, want in expected.items():
        got = getattr(claim, field)
        if isinstance(want, (int, float)):
            assert got == pytest.approx(want), field
        else:
            assert got == want, field


def test_hedge_span_and_noun_outside_token():
    text = "More than 40 people were killed in the fire."
    (claim,) = attribution.check(text).claims
    assert claim.text == "40"
    assert claim.hedge is not None and claim.hedge.text == "More than"
    assert text[claim.hedge.start : claim.hedge.end] == "More than"
    assert claim.noun is not None and claim.noun.text == "people"
    assert claim.start == 0 and text[claim.start : claim.end].startswith("More than 40")


def test_relative_figures_are_two_claims():
    text = "Exports rose by 50,000 to 1.4 million barrels."
    assert [c.text for c in attribution.check(text).claims] == ["50,000", "1.4 million"]


def test_counted_number_words_in_one_sentence():
    text = "The storm killed one person and injured two others."
    assert [c.text for c in attribution.check(text).claims] == ["one", "two"]


def test_first_mention_of_group_is_a_claim():
    text = "Two countries signed the accord. The two countries will meet again in spring."
    claims = attribution.check(text).claims
    assert [(c.text, c.token.start) for c in claims] == [("Two", 0)]


def test_dense_paragraph_claims_sorted_and_disjoint():
    text = (
        "More than 1,200 people, including 340 children, were hurt in 12 towns, "
        "and 10 to 15 bridges fell; about 3 in 10 homes lost power, costing $4.5bn "
        "(£3.6m a day), while 2.4 million euros in aid and 45% of the budget went to "
        "hundreds of shelters, twice the usual share, as two-thirds of the 23 out of 88 "
        "districts cut 7 percent of jobs and tens of thousands of people fled."
    )
    claims = attribution.check(text).claims
    assert len(claims) >= 12
    tokens = [(c.token.start, c.token.end) for c in claims]
    assert tokens == sorted(tokens)
    for (_, a_end), (b_start, _) in zip(tokens, tokens[1:]):
        assert a_end <= b_start
    phrases = [(c.start, c.end) for c in claims]
    assert phrases == sorted(phrases)
    for c in claims:
        assert text[c.token.start : c.token.end] == c.text
    texts = [c.text for c in claims]
    for expected in ("1,200", "10 to 15", "3 in 10", "$4.5bn", "45%", "23 out of 88", "7 percent",
                     "tens of thousands"):
        assert any(t.lower() == expected for t in texts), (expected, texts)
