"""Table-driven tests of cues, sources, kinds and scope (spec sections 2, 3 and 5).

Each row is a text written for this suite, the claim token to look at, and the expected
status, first attribution's source text (None when unsourced) and source kind.
"""

from __future__ import annotations

import pytest

import attribution


def _claim(text: str, token: str):
    report = attribution.check(text)
    start = text.index(token)
    hits = [c for c in report.claims if c.token.start == start]
    assert len(hits) == 1, [(c.text, c.token.start) for c in report.claims]
    claim = hits[0]
    assert claim.text == token
    return claim


def _assert_row(text, token, status, source, kind):
    claim = _claim(text, token)
    assert claim.status == status
    if source is None:
        assert claim.attributions == ()
        return
    assert claim.attributions, "expected an attribution"
    first = claim.attributions[0]
    assert first.source.text == source
    assert text[first.source.start : first.source.end] == source
    assert text[first.cue.start : first.cue.end] == first.cue.text
    assert first.kind == kind
    assert first.carried is (status == "carried")


def _params(rows):
    return pytest.mark.parametrize(
        "text,token,status,source,kind", [r[1:] for r in rows], ids=[r[0] for r in rows]
    )


# --- cue forms (spec section 2 and 5) -------------------------------------------------
CUE_FORMS = [
    ("name-in-angle-brackets-is-a-subject", "LUND, March 3 - <Vik Foods Inc> said it sold 1.5 mln shares.",
     "1.5 mln", "sourced", "Vik Foods Inc", "named"),
    ("ticker-in-angle-brackets-after-a-name", "Vik Foods Ltd <VIKF.L> said sales rose 5 pct.",
     "5 pct", "sourced", "Vik Foods Ltd <VIKF.L>", "named"),
    ("name-in-angle-brackets-after-the-figure", "Sales rose 5 pct, <Vik Foods Inc> said.",
     "5 pct", "sourced", "Vik Foods Inc", "named"),
    ("frame-after-a-question-quote-in-the-next-sentence", '"How many firms lost 1,000 staff?" Ms Lund asked.',
     "1,000", "sourced", "Ms Lund", "named"),
    ("lexicon-frame-after-an-exclamation-quote", '"We lost 1,000 homes!" Ms Lund said.',
     "1,000", "sourced", "Ms Lund", "named"),
    ("report-after-an-exclamation-quote-is-no-frame", '"We lost 1,000 homes!" The council announced new rules on Monday.',
     "1,000", "unsourced", None, None),
    ("must-before-a-reporting-verb-is-a-duty", "Firms must report stakes above 5% to the regulator.",
     "5%", "unsourced", None, None),
    ("reporting-verb-with-with-is-an-action", "The visitors replied with six tries on Sunday.",
     "six", "unsourced", None, None),
    ("said-with-manner-still-reports", "Ms Vik said with a smile that 40 staff had left.",
     "40", "sourced", "Ms Vik", "named"),
    # --- a verb known by its shape alone before a that-clause (rule verb-by-shape)
    ("verb-by-shape-past-before-that", "The board cautioned that 40 routes lost money.",
     "40", "sourced", "The board", "named"),
    ("verb-by-shape-after-auxiliary", "Some tenants have charged that the landlord kept a $4,000 deposit.",
     "$4,000", "sourced", "Some tenants", "anonymous"),
    ("verb-by-shape-bare-noun-clause", "Ms Vik speculated that fares could rise 9% in May.",
     "9%", "sourced", "Ms Vik", "named"),
    ("verb-by-shape-present-after-pronoun", "The Lund code is strict: it stipulates that each ferry must carry 40 jackets.",
     "40", "sourced", "it", "named"),
    ("verb-by-shape-phrasal-out", "Ms Vik pointed out that 40 routes lost money.",
     "40", "sourced", "Ms Vik", "named"),
    ("verb-by-shape-adverb-before-present", "The Lund study also points out that 12 wards closed.",
     "12", "sourced", "The Lund study", "named"),
    ("verb-by-shape-turned-out-is-no-report", "It turned out that 40 routes lost money.",
     "40", "unsourced", None, None),
    ("verb-by-shape-present-after-document", "The Lund study recommends that 12 wards be closed.",
     "12", "sourced", "The Lund study", "named"),
    ("verb-by-shape-not-a-plural-noun", "The gift cards that Ms Vik handed out totalled $25.",
     "$25", "unsourced", None, None),
    ("verb-by-shape-not-an-adjective-after-be", "Residents are worried that 40 homes could flood.",
     "40", "unsourced", None, None),
    ("verb-by-shape-not-that-as-determiner", "The council rejected that bid twice in May.",
     "twice", "unsourced", None, None),
    ("verb-by-shape-not-a-relative-clause", "The Vik depots that handled 40 ferries closed.",
     "40", "unsourced", None, None),
    ("verb-by-shape-not-means-that", "The closure means that 40 routes lose money.",
     "40", "unsourced", None, None),
    ("wrote-with-object-is-an-action", "She has written 12 books about the war.",
     "12", "unsourced", None, None),
    ("wrote-that-reports", "She wrote that 12 books were banned.",
     "12", "sourced", "She", "named"),
    ("passive-agent-of-a-figure-is-narrow", "Output slid 11.2%, far worse than the 7% dip predicted by analysts polled by the Vik Post.",
     "7%", "sourced", "analysts polled by the Vik Post", "named"),
    ("passive-agent-covers-only-its-figure", "Output slid 11.2%, far worse than the 7% dip predicted by analysts polled by the Vik Post.",
     "11.2%", "unsourced", None, None),
    ("agentless-revealed-to", "The firm was revealed to have the lowest share of women on its board at 2 per cent.",
     "2 per cent", "sourced", "was revealed to", "vague"),
    ("participle-of-speech-after-by", "Mr Brown surprised the markets by forecasting growth of between 3% and 3.5% next year.",
     "between 3% and 3.5%", "sourced", "Mr Brown", "named"),
    ("agentless-estimated-at", "Damage from the flood is estimated at $2bn.",
     "$2bn", "sourced", "is estimated at", "vague"),
    ("agentless-put-at", "Losses at the mill were put at 4 mln crowns.",
     "4 mln crowns", "sourced", "were put at", "vague"),
    ("put-at-risk-is-no-attribution", "About 300 jobs were put at risk by the closure.",
     "300", "unsourced", None, None),
    ("setting-name-joined-by-slash", "In a Vik/Lund survey, 27 percent backed the plan.",
     "27 percent", "sourced", "a Vik/Lund survey", "named"),
    ("frame-verb-of-wording", '"Only 20 tickets left," it read.', "20", "sourced", "it", "named"),
    # a body's own estimate, changed or kept: its figures (the subject of the verb is the source)
    ("own-estimate-revised", "The port authority revised its backlog estimate to 900 ships.",
     "900", "sourced", "The port authority", "named"),
    ("own-estimate-plural-owner", "Several lenders cut their growth forecasts to 1.5 pct.",
     "1.5 pct", "sourced", "Several lenders", "anonymous"),
    ("own-estimate-inside-a-report-keeps-the-speaker",
     "The Vik Bank said it had raised its estimate of the shortfall to 400 mln crowns.",
     "400 mln crowns", "sourced", "The Vik Bank", "named"),
    ("own-estimate-passes-nothing-on",
     "The Vik Bank raised its estimate of the shortfall to 400 mln crowns. It lent 90 mln crowns.",
     "90 mln crowns", "unsourced", None, None),
    ("estimate-without-an-owner-verb", "Its estimate of 400 ships was too low.",
     "400", "unsourced", None, None),
    ("listed-verb-contend", "The union contends the plan would cut bills by 60 percent.",
     "60 percent", "sourced", "The union", "named"),
    ("showed-up-is-no-report", "When the hall opened, 500 people showed up.",
     "500", "unsourced", None, None),
    ("passive-agent-unveiled-by", "Plans to close 40 depots were unveiled by the rail board.",
     "40", "sourced", "the rail board", "named"),
    ("unveiled-with-a-subject-is-an-act", "The rail board unveiled a plan to close 40 depots.",
     "40", "unsourced", None, None),
    # spec 3.2: a relative clause set off by commas covers only itself
    ("set-off-relative-cue-covers-its-clause", "The ferry line, which said fares rose 5%, cut 300 sailings.",
     "5%", "sourced", "which", "named"),
    ("set-off-relative-cue-not-the-main-clause", "The ferry line, which said fares rose 5%, cut 300 sailings.",
     "300", "unsourced", None, None),
    ("set-off-relative-cue-keeps-a-list-of-figures",
     "The ferry line, which said fares rose 5%, 8% and 9%, cut 300 sailings.",
     "9%", "sourced", "which", "named"),
    # a date after "on" before the verb is no subject: the phrase before it is
    ("date-before-verb-is-no-source", "A filing lodged on June 20 showed that 40 berths were sold.",
     "40", "sourced", "A filing lodged", "named"),
    ("day-month-before-verb-is-no-source", "The harbour board on 3 March said 40 berths were sold.",
     "40", "sourced", "The harbour board", "named"),
    ("valued-at-is-no-attribution", "The deal is valued at $2bn.",
     "$2bn", "unsourced", None, None),
    ("according-name-in-apposition", "According to research from mail analysts the Vikby Group, up to 45% of mail is spam.",
     "45%", "sourced", "mail analysts the Vikby Group", "named"),
    # --- speech told by its frame: the quote marks are the evidence, whatever the verb
    ("frame-after-quote-pronoun-any-verb", '"We lost 40 homes," she sighed.',
     "40", "sourced", "she", "named"),
    ("frame-after-quote-inverted-any-verb", '"We lost 40 homes," grumbled the mayor.',
     "40", "sourced", "the mayor", "named"),
    ("frame-after-quote-clause-after-verb", '"We lost 40 homes," the mayor joked as she left.',
     "40", "sourced", "the mayor", "named"),
    ("frame-colon-unnamed-one", 'Viewers reacted, with one commenting: "You won just £1k on the first round."',
     "£1k", "sourced", "one", "anonymous"),
    ("frame-colon-ordinal-person", 'A third fumed: "She could have taken the £500 offer."',
     "£500", "sourced", "A third", "anonymous"),
    ("frame-colon-adverbial-before-colon", 'He wrote on his blog: "We lost 40 homes."',
     "40", "sourced", "He", "named"),
    ("frame-colon-copula-is-no-speech", 'The rules are simple: "Pay 40 dollars and go."',
     "40 dollars", "unsourced", None, None),
    ("frame-sign-wording", 'Protesters held signs reading "1.5 degrees is the limit".',
     "1.5", "sourced", "signs", "named"),
    ("frame-banner-that-read", 'Protesters waved a huge banner which read "Save our 40 libraries".',
     "40", "sourced", "a huge banner", "named"),
    ("declared-with-object-is-an-action", "The island has declared a freeze on 41 billion crowns of its loans.",
     "41 billion crowns", "unsourced", None, None),
    ("declared-that-reports", "The island declared that 41 billion crowns of its loans were frozen.",
     "41 billion crowns", "sourced", "The island", "named"),
    ("tally-after-possessive-total-stays-unsourced", "Visits rose by 1.3 million, the museum announced, bringing the index's ten-week total to 9 million.",
     "9 million", "unsourced", None, None),
    ("subordinate-lead-before-subject-not-covered", "And while more than half of the clinics have reopened, local doctors say that waiting lists grow.",
     "half", "unsourced", None, None),
    ("name-then-capitalised-title-end-cue", "Grain output reached 7.7 mln tonnes, Ola Brekke, Chairman of the Grain Board, said.",
     "7.7 mln", "sourced", "Ola Brekke", "named"),
    ("according-end-with-continuation", "The film topped the chart, according to Reel Weekly, with takings of $17.7m.",
     "$17.7m", "sourced", "Reel Weekly", "named"),
    ("according-end-tally-after-stays-unsourced", "The film took $4m, according to Reel Weekly, bringing its total to $17.7m.",
     "$17.7m", "unsourced", None, None),
    # --- class 1: a source by position and shape, whatever its head (no word list lets it in)
    ("shape-end-cue-unlisted-head", "The storm left about 3,000 homes without power, the regional grid operator said.",
     "3,000", "sourced", "the regional grid operator", "named"),
    ("shape-end-cue-body", "About 3,000 homes lost power, the fire brigade said.",
     "3,000", "sourced", "the fire brigade", "named"),
    ("shape-inverted-unlisted-head", "About 3,000 homes lost power, said the landlord.",
     "3,000", "sourced", "the landlord", "named"),
    ("shape-bare-plural-end", "Some 14 ferries were cancelled, harbour skippers said.",
     "14", "sourced", "harbour skippers", "anonymous"),
    ("shape-subject-before-content", "The pollster said 40% of voters were undecided.",
     "40%", "sourced", "The pollster", "named"),
    ("shape-possessive-owner", "The valley's beekeepers said 600 hives had died.",
     "600", "sourced", "The valley's beekeepers", "named"),
    ("shape-object-of-preposition-is-no-subject", "A batch of samples taken at the harbour showed that 30% held the virus.",
     "30%", "unsourced", None, None),
    ("shape-figure-in-phrase-is-its-own", "Profit will exceed the 4.2 mln dlrs reported a year ago.",
     "4.2 mln dlrs", "unsourced", None, None),
    ("shape-action-verb-bare-end", "With 97 percent of the postal votes counted, Ms Lund stayed ahead.",
     "97 percent", "unsourced", None, None),
    ("shape-reduced-passive-to", "Imports were steady, with exports forecast to fall 4 pct.",
     "4 pct", "unsourced", None, None),
    ("shape-superlative-is-no-head", "Sales hit 4.1 million, the best showing of the decade.",
     "4.1 million", "unsourced", None, None),
    ("shape-singular-disagrees", "An interim report covered 40 patients.",
     "40", "unsourced", None, None),
    ("according-to-start", "According to the World Bank, 40 million people live in poverty.",
     "40 million", "sourced", "the World Bank", "named"),
    ("according-to-middle", "Some 40 million people, according to the World Bank, live in poverty.",
     "40 million", "sourced", "the World Bank", "named"),
    ("according-to-end", "Some 40 million people live in poverty, according to the World Bank.",
     "40 million", "sourced", "the World Bank", "named"),
    ("per-start", "Per the transport ministry, 900 trains were cancelled.",
     "900", "sourced", "the transport ministry", "named"),
    ("per-end-name", "Some 900 trains were cancelled, per Reuters.",
     "900", "sourced", "Reuters", "named"),
    ("per-cent-is-no-cue", "Fares rose 4 per cent this year.",
     "4 per cent", "unsourced", None, None),
    ("per-unit-is-no-cue", "Tickets for the match cost $45 per person.",
     "$45", "unsourced", None, None),
    ("league-body-says", "The league said 12 clubs had agreed to the pay cut.",
     "12", "sourced", "The league", "named"),
    ("competition-is-no-setting", "In the league season, the club won 30 games.",
     "30", "unsourced", None, None),
    ("setting-noun-in-compound", "The bill was passed in the survey week with 40 votes.",
     "40", "unsourced", None, None),
    ("record-noun-is-no-cue", "The film broke box office records with $12m on its first day.",
     "$12m", "unsourced", None, None),
    ("record-noun-after-source-noun", "Attendance was 78,000, at the time a league record.",
     "78,000", "unsourced", None, None),
    ("x-said-before-content", "The ministry said 300 people had been evacuated.",
     "300", "sourced", "The ministry", "named"),
    ("x-said-on-day-that", "Netanyahu said on Monday that 100 soldiers had been wounded.",
     "100", "sourced", "Netanyahu", "named"),
    ("x-said-at-end", "Floods forced 300 people from their homes, the ministry said.",
     "300", "sourced", "the ministry", "named"),
    ("inverted-said-x", '"We treated 300 patients overnight," said a spokesman for the army.',
     "300", "sourced", "a spokesman for the army", "named"),
    ("told-reporters", "The governor told reporters that 12 bridges had collapsed.",
     "12", "sourced", "The governor", "named"),
    ("reported", "Reuters reported that 45 vessels had been diverted.",
     "45", "sourced", "Reuters", "named"),
    ("says-present", "Israel says 1,200 people were killed.",
     "1,200", "sourced", "Israel", "named"),
    ("in-a-statement", "In a statement, the company said it would cut 1,200 jobs.",
     "1,200", "sourced", "the company", "named"),
    ("forecast-verb-expect", "Economists expect inflation of 4% next year.",
     "4%", "sourced", "Economists", "vague"),
    ("adding-that", "The army said 40 soldiers were wounded, adding that 9 were in serious condition.",
     "9", "sourced", "The army", "named"),
    ("pronoun-added", "The ministry said 40 homes were flooded. It added that 12 roads were closed.",
     "12", "sourced", "It", "named"),
    # source nouns
    ("figures-from-x-show", "Figures from the World Bank show that 40 million people live in poverty.",
     "40 million", "sourced", "the World Bank", "named"),
    ("data-from-x-showed", "Data from the central bank showed reserves of $12bn.",
     "$12bn", "sourced", "the central bank", "named"),
    ("adjective-figures", "Israeli figures put the death toll at 1,200.",
     "1,200", "sourced", "Israeli figures", "named"),
    ("official-figures-show", "Official figures show unemployment rose to 6%.",
     "6%", "sourced", "Official figures", "named"),
    ("census-data-show", "Census data show 14% of homes lack water.",
     "14%", "sourced", "Census data", "named"),
    ("possessive-figures", "The army's figures show 320 rockets were fired.",
     "320", "sourced", "The army's figures", "named"),
    ("report-by-x-found", "A report by the United Nations found that 2 million children were out of school.",
     "2 million", "sourced", "the United Nations", "named"),
    ("survey-found", "A Gallup survey found that 35% of voters back the plan.",
     "35%", "sourced", "A Gallup survey", "named"),
    ("document-subject-found", "The census found that 14% of homes lack water.",
     "14%", "sourced", "The census", "named"),
    ("citing-x", "Citing police, the agency said 15 people were arrested.",
     "15", "sourced", "police", "named"),
    # agentless cues: vague, the cue phrase is the source
    ("is-thought-to", "The group is thought to have 5,000 fighters.",
     "5,000", "sourced", "is thought to", "vague"),
    ("reportedly", "The group reportedly has 5,000 fighters.",
     "5,000", "sourced", "reportedly", "vague"),
    ("it-is-feared", "It is feared that 200 people are trapped.",
     "200", "sourced", "It is feared", "vague"),
    ("it-is-estimated", "It is estimated that 3 million people are displaced.",
     "3 million", "sourced", "It is estimated", "vague"),
    ("agentless-closing-the-sentence", "Some 300 fighters remain in the city, it is thought.",
     "300", "sourced", "it is thought", "vague"),
    # a subject phrase with its modifiers, a document noun before the verb
    ("spokeswoman-for-body-subject", "A spokeswoman for the fire service said 60 homes burned.",
     "60", "sourced", "A spokeswoman for the fire service", "named"),
    ("named-report-subject", "A World Bank report shows 30% of roads are unpaved.",
     "30%", "sourced", "A World Bank report", "named"),
    ("noun-estimates-before-verb", "Independent estimates suggest 7,000 jobs were lost.",
     "7,000", "sourced", "Independent estimates", "vague"),
    ("according-to-figures-from-body", "According to figures from the transport ministry, 900 trains were cancelled.",
     "900", "sourced", "the transport ministry", "named"),
    ("adding-that-after-end-cue", "Six bridges collapsed, the governor said, adding that 14 roads were shut.",
     "14", "sourced", "the governor", "named"),
    # verbs that report only with content: a clause, "that", a quote, or "put X at N"
    ("recalled-that-content", "The minister recalled that 70 villages had been flooded.",
     "70", "sourced", "The minister", "named"),
    ("recalled-object-no-cue", "The carmaker recalled 12,000 vehicles.",
     "12,000", "unsourced", None, None),
    ("added-object-no-cue", "The economy added 150,000 jobs in May.",
     "150,000", "unsourced", None, None),
    ("claimed-clause", "The militia claimed it had shot down 3 drones.",
     "3", "sourced", "The militia", "named"),
    ("claimed-to-infinitive", "The group claimed to have killed 40 soldiers.",
     "40", "sourced", "The group", "named"),
    ("claimed-lives-no-cue", "The outbreak has claimed 35 lives.",
     "35", "unsourced", None, None),
    ("put-at-frame", "Officials put the cost of the repairs at $2bn.",
     "$2bn", "sourced", "Officials", "anonymous"),
    ("put-without-frame-no-cue", "The council put 200 new benches in the park.",
     "200", "unsourced", None, None),
    # negated cue attributes nothing
    ("negated-did-not-say", "The ministry did not say how many of the 40 detainees were released.",
     "40", "unsourced", None, None),
    # a hedge is not an attribution
    ("estimated-hedge-not-cue", "An estimated 5,000 people fled the town.",
     "5,000", "unsourced", None, None),
    ("negated-by-subject-nobody", "Nobody has said how many of the 80 guests fell ill.",
     "80", "unsourced", None, None),
    # a subject cut from its verb by a comma-set interruption is still the source
    ("interrupted-subject-relative", "Mark Lee, who heads the agency, said 40 staff had resigned.",
     "40", "sourced", "Mark Lee", "named"),
    ("interrupted-subject-age", "Mark Lee, 61, said 40 staff had resigned.",
     "40", "sourced", "Mark Lee", "named"),
    ("interrupted-subject-participle", "The survey, conducted in May, found 35% of firms planned to hire.",
     "35%", "sourced", "The survey", "named"),
    ("interrupted-subject-title", "Ana Ruiz, head of the charity, said 45 volunteers had quit.",
     "45", "sourced", "Ana Ruiz", "named"),
    ("interrupted-subject-adverbial", "The firm, in a statement, said 250 jobs would go.",
     "250", "sourced", "The firm", "named"),
    # ... or by one set off by dashes: an em dash, an en dash, or "--" written as two hyphens
    ("dash-interrupted-subject-relative", "The ferry office — which runs the quays along the coast — said 40 sailings were cut.",
     "40", "sourced", "The ferry office", "named"),
    ("dash-interrupted-subject-appositive", "Lindqvist Tools – a maker of saws since 1951 – reported a 12% rise in orders.",
     "12%", "sourced", "Lindqvist Tools", "named"),
    ("double-hyphen-interrupted-subject", "The harbour board -- which owns the slipway -- said 40 boats were damaged.",
     "40", "sourced", "The harbour board", "named"),
    ("dash-aside-of-the-reporter-is-no-subject", "The storm - the worst in years - cut power to 3,000 homes.",
     "3,000", "unsourced", None, None),
    # the subject across an interruption is taken by its shape too, as one next to its verb is
    ("interrupted-subject-by-shape", "The vintner, which bottles the estate's wine, said 40 barrels had spoiled.",
     "40", "sourced", "The vintner", "named"),
    ("dash-interrupted-subject-by-shape", "The vintner — which bottles the estate's wine — said 40 barrels had spoiled.",
     "40", "sourced", "The vintner", "named"),
    # "lists at" gives a price, not a list's contents
    ("lists-at-is-a-price", "The new model, which ships in May, lists at 5,295 dlrs, the maker said.",
     "5,295 dlrs", "sourced", "the maker", "named"),
    # after an inverted verb a pronoun is a phrase of its own: "said they ..." opens content
    ("inverted-pronoun-opens-content", "Some 300 homes on the coast, which flooded in May, said they lost power.",
     "300", "unsourced", None, None),
    ("inverted-pronoun-alone-is-the-speaker", '"The tide took 40 huts," said he.',
     "40", "sourced", "he", "named"),
    # two interruptions, a participle phrase then an appositive: the subject is before both
    ("participle-then-appositive-interruptions", "The vintners' petition, lodged in court in Vik, the county town, said 300 barrels were lost.",
     "300", "sourced", "The vintners' petition", "named"),
    # "one" then an "-ed" word and a singular noun counts the noun: the word describes it
    ("one-confirmed-case-is-no-subject", "The clinic opened in May. One confirmed case grew into 300 within a week.",
     "300", "unsourced", None, None),
    # a number word as the subject counts unnamed people: anonymous
    ("number-word-subject-is-anonymous", "Two said 40 stalls had closed.",
     "40", "sourced", "Two", "anonymous"),
    # "put it" frames a quote after a colon, with or without "as" and an adverb
    ("as-x-put-it-frames-a-quote", 'As one baker put it: "Flour costs 30% more than in spring."',
     "30%", "sourced", "one baker", "anonymous"),
    ("x-put-it-bluntly-frames-a-quote", 'One baker put it bluntly: "Flour costs 30% more than in spring."',
     "30%", "sourced", "One baker", "anonymous"),
    # a politician's bracketed party and state belong to the name before a reporting verb
    ("party-and-state-after-a-name", "Rep. Ann Lindqvist (R-Wash.) said 40 mills had closed.",
     "40", "sourced", "Rep. Ann Lindqvist (R-Wash.)", "named"),
    # a verb of writing with an object is an action, even when another clause's verb follows
    ("written-object-then-another-clause", "Reminded that the mayor had written two letters to the board, this official said the vote would wait.",
     "two", "sourced", "this official", "anonymous"),
    ("interrupted-subject-title-and-relative",
     "Ana Ruiz, chief officer of Acme Storage, which runs the depot, said 250 planes were parked there.",
     "250", "sourced", "Ana Ruiz", "named"),
    ("according-to-an-email", "Salaries will be cut by 30 percent, according to the email, which was seen by reporters.",
     "30 percent", "sourced", "the email", "named"),
    # a verb coordinated with an earlier one shares its subject, when a content clause follows
    ("elided-subject-and", "The firm cut prices and said 40 stores would close.",
     "40", "sourced", "The firm", "named"),
    ("elided-subject-but-pronoun", "He declined to name the bidder but said the sale was worth 9 million francs.",
     "9 million francs", "sourced", "He", "named"),
    ("elided-subject-after-introduction",
     "In May, the ministry threatened fines and said it was reviewing 88 complaints.",
     "88", "sourced", "the ministry", "named"),
    ("elided-subject-of-second-clause",
     "Acme has not said how many staff are off, but Ms Lee kept a count and said 37 drivers had quit.",
     "37", "sourced", "Ms Lee", "named"),
    ("elided-subject-in-subordinate-clause",
     "The crowd cheered when the mayor arrived and said 400 engineers were at work.",
     "400", "sourced", "the mayor", "named"),
    ("elided-subject-after-dateline",
     "OSLO, May 4 - Nordic Air cut its fleet and said it would sell 3 jets.",
     "3", "sourced", "Nordic Air", "named"),
    ("elided-subject-past-an-ended-subordinate-clause",
     "Ms Lee, who changed course after Tom Hale tried to stop the vote, ran a campaign and said 91 votes were lost.",
     "91", "sourced", "Ms Lee", "named"),
    ("adverb-is-no-elided-subject", "Almost all of them agreed and said 40 songs were enough.",
     "40", "unsourced", None, None),
    ("elided-subject-second-action-no-cue", "The firm has a van on sale and is showing two new models.",
     "two", "unsourced", None, None),
    ("coordinated-nouns-no-elided-subject",
     "Dry weather in Spain and reported crop damage were blamed for the cut to 11 mln tonnes.",
     "11 mln", "unsourced", None, None),
    ("lone-opening-capital-no-elided-subject",
     "Heavy rain and projected losses were blamed for the 5% fall.",
     "5%", "unsourced", None, None),
    ("lone-opening-name-elided-subject", "Vantor closed its depots and says 30 jobs will go.",
     "30", "sourced", "Vantor", "named"),
    ("lone-opening-name-then-negation", "Ruiz didn't name the buyer but said 12 bids were made.",
     "12", "sourced", "Ruiz", "named"),
    # without its comma an introduction's end is unknown: no subject is guessed ("May" is none)
    # the clause of a coordinated verb is looked for within 40 words: a run of "... and said"
    # stays linear
    ("elided-subject-out-of-reach",
     "The firm " + "cut prices " * 20 + "and said 40 stores would close.",
     "40", "unsourced", None, None),
    ("introduction-without-comma-no-guess", "In May the ministry threatened fines and said 40 firms paid.",
     "40", "unsourced", None, None),
    ("determiner-is-no-subject", "The match and show were streamed by 3 million fans.",
     "3 million", "unsourced", None, None),
    ("elided-document-subject", "The poll was conducted Oct. 5-9 and found 40 percent support.",
     "40 percent", "sourced", "The poll", "named"),
    # an abbreviation's period and a ticker stay inside source phrases and interruptions
    ("abbreviation-period-in-source", "According to Dr. Ana Lu, 40 patients were ill.",
     "40", "sourced", "Dr. Ana Lu", "named"),
    ("abbreviation-period-in-inverted-source",
     "The firm committed $75m to the plant, said Gov. Ana Ruiz in a press release.",
     "$75m", "sourced", "Gov. Ana Ruiz", "named"),
    ("interruption-with-abbreviation-period",
     "The study, led by Dr. Ana Lu at the city hospital, found that 18 percent of nurses were tired.",
     "18 percent", "sourced", "The study", "named"),
    ("interruption-with-ticker",
     "Ana Ruiz, chief executive of Delta Holdings Inc (DHI.N), said 300 jobs would go.",
     "300", "sourced", "Ana Ruiz", "named"),
    ("appositive-ending-in-angle-ticker", "Vik Energy, a unit of Vik Oil Inc <VOG>, said it lost 46.3 mln dlrs.",
     "46.3 mln dlrs", "sourced", "Vik Energy", "named"),
    ("appositive-ending-in-ticker", "Harbor Foods, a unit of Delta Holdings Inc (DHI.N), said it would cut 300 jobs.",
     "300", "sourced", "Harbor Foods", "named"),
    # sources the lexicon knows: bodies named with "state", legal papers and models
    ("according-to-state-body", "Some 40 people died, according to the state health department.",
     "40", "sourced", "the state health department", "named"),
    ("according-to-a-lawsuit", "Only nine lifejackets were aboard, according to a lawsuit.",
     "nine", "sourced", "a lawsuit", "named"),
    ("model-is-a-source", "The county's flood model projects 4,000 homes at risk by 2030.",
     "4,000", "sourced", "The county's flood model", "named"),
    ("document-states-end-cue", "Bookings have slipped by roughly 22 percent, the memo states, and may fall further.",
     "22 percent", "sourced", "the memo", "named"),
    ("states-verb-before-that", "Ms Ruiz states that 40 stalls have closed.",
     "40", "sourced", "Ms Ruiz", "named"),
    # "states" after a number or a name is the noun, and "according to the type of" no source
    ("states-noun-no-cue", "Farm closures in the Great Plains states rose 11.2 pct.",
     "11.2 pct", "unsourced", None, None),
    ("numbered-states-no-cue", "Moreno said she has 14 open cases in nine states, with two-thirds filed since June.",
     "two-thirds", "sourced", "Moreno", "named"),
    ("past-form-in-subject-is-a-clause", "A seasonal swing brought bank notes in circulation up 190 mln guilders.",
     "190 mln guilders", "unsourced", None, None),
    ("according-to-intention-no-cue", "Voters are sorted into 24 groups according to their voting intention.",
     "24", "unsourced", None, None),
    ("according-to-type-no-cue",
     "Charges run from 0.2 pct to 0.9 pct, according to the type of report filed.",
     "0.2 pct", "unsourced", None, None),
    # an appositive may open with a possessive; a name set off after a title is the source
    ("possessive-appositive", "Kestrel, Norway's second-largest ferry line, has reported a 35% rise in bookings.",
     "35%", "sourced", "Kestrel", "named"),
    ("name-after-title", "Its chief executive, Ana Ruiz, said 40 jobs would go.",
     "40", "sourced", "Ana Ruiz", "named"),
    ("name-after-capitalised-title", "Welsh Transport Minister, Tom Hale, said 75m pounds would go to railways.",
     "75m pounds", "sourced", "Tom Hale", "named"),
    ("name-after-agent-noun", "The club's founder, Leo Marchetti, says its videos have drawn 2 million views.",
     "2 million", "sourced", "Leo Marchetti", "named"),
    # an appositive may open with an adverb ("now", "formerly")
    ("appositive-opened-by-now", "Tova Brink, now a county councillor, said the levy would raise £35m.",
     "£35m", "sourced", "Tova Brink", "named"),
    ("appositive-opened-by-ly-adverb", "Ravi Lund, formerly the mill's chief, said 300 jobs went.",
     "300", "sourced", "Ravi Lund", "named"),
    # a report inside a report after "that": the outer source covers the inner one's hearers
    ("report-of-a-report-after-that", "The Courier reported that the mayor had been telling aides, including at least one councillor, that the plan was dead.",
     "one", "sourced", "The Courier", "named"),
    # "was quoted as saying": the subject of the passive is the source
    ("quoted-as-saying-passive", "A harbour union leader, Mira Oksen, was quoted as saying hundreds of dockers had walked out.",
     "hundreds", "sourced", "Mira Oksen", "named"),
    ("quoted-as-telling-passive", "He was quoted as telling the radio station that 40 ferries were idle.",
     "40", "sourced", "He", "named"),
    ("quoted-as-saying-shape-only-subject", "The glazier was quoted as saying 300 panes had cracked.",
     "300", "sourced", "The glazier", "named"),
    # a place set off after a name, a document or another noun is no source of its own: the
    # phrase it ends is
    ("place-after-document-ends-the-source",
     "In April, a study in Tulare County, Idaho, found that 6% of wells were dry.",
     "6%", "sourced", "a study in Tulare County, Idaho", "named"),
    ("place-after-name-ends-the-source", "Ana Lee of Mill Creek, Idaho, wrote that she has five goats.",
     "five", "sourced", "Ana Lee of Mill Creek, Idaho", "named"),
    ("place-after-officials-ends-the-source", "Officials in Vik, Iceland, said 40 roads were shut.",
     "40", "sourced", "Officials in Vik, Iceland", "anonymous"),
    ("place-after-phrase-not-opening-its-clause",
     "Some 40 boats sank in the bay of Vik, Iceland, said the coastguard.",
     "40", "sourced", "the coastguard", "named"),
    ("place-after-word-no-link", "In May, 40 boats sank off Vik, Iceland, said the coastguard.",
     "40", "sourced", "the coastguard", "named"),
    # an interruption may be a long relative clause, an appositive with a clause of its own, or
    # two interruptions in a row; one with a finite verb and no relativiser is a clause
    ("long-relative-interruption",
     "Ana Ruiz, who ran the port authority for many years before she retired to a farm near Vik, said 300 ships had called.",
     "300", "sourced", "Ana Ruiz", "named"),
    ("appositive-with-relative-clause",
     "Ola Berg, a Bergen fund manager who advised the club on its new stadium, said it owes 35m euros.",
     "35m euros", "sourced", "Ola Berg", "named"),
    ("definite-appositive-with-relative-clause",
     "Nordbank, the Danish lender that plans to buy a rival, has said it will raise its dividend by 14%.",
     "14%", "sourced", "Nordbank", "named"),
    # regressions: "May" in a bare title's relative clause is the month, not the modal; a
    # name with stops before a hyphen ("U.S.-led") is one word of the subject
    ("month-may-in-title-relative-clause",
     "Ana Ruiz, head of a trade mission that visited Vik in May, said the fund would reach 90 mln dlrs.",
     "90 mln dlrs", "sourced", "Ana Ruiz", "named"),
    ("stopped-name-before-hyphen-in-subject", "The U.N.-led panel said 40 wells had run dry.",
     "40", "sourced", "The U.N.-led panel", "named"),
    ("stopped-name-before-hyphen-in-appositive",
     "Ola Berg, a U.K.-based broker, said the fund lost 12%.", "12%", "sourced", "Ola Berg", "named"),
    ("age-then-appositive-interruptions", "Kari Dahl, 52, a retired nurse, says she feels 90% well again.",
     "90%", "sourced", "Kari Dahl", "named"),
    ("finite-verb-ends-participle-interruption",
     "Ana Ruiz, a ferry captain from Vik, died in May and is mourned by two sons, said her brother.",
     "two", "sourced", "her brother", "named"),
    ("clause-after-determiner-is-no-appositive",
     "Yes, the queue has grown and buyers come less often, said Ana Ruiz, who owns two shops in Bergen.",
     "two", "unsourced", None, None),
    # a figure in the interruption is the source's own, also after an opening phrase
    ("interruption-claim-after-opening-phrase",
     "In a filing, Nordbank, which holds 4,000 shares in the firm, said it would sell them.",
     "4,000", "unsourced", None, None),
    # a reporting verb capitalised inside a name is part of it; a month is no source
    ("reporting-verb-in-name", "The Oslo Post reported that 40 flights were cancelled.",
     "40", "sourced", "The Oslo Post", "named"),
    ("reporting-verb-in-name-after-claim", "Ferries ran late on 40 routes, the Bergen Post reported.",
     "40", "sourced", "the Bergen Post", "named"),
    ("month-between-subject-and-verb", "The poll in June found that 41 percent backed the mayor.",
     "41 percent", "sourced", "The poll", "named"),
    # people and bodies named by a common noun: relatives, roles, exchanges, papers
    ("witness-after-claim", "Ms Lund was behind the $4bn fraud at the bank, a witness has told the court.",
     "$4bn", "sourced", "a witness", "anonymous"),
    ("associate-after-claim",
     "Ms Lund ran the $4bn scheme at the bank, her oldest associate told the jury.",
     "$4bn", "sourced", "her oldest associate", "anonymous"),
    ("exchange-after-claim", "Bids rose 12% in the week, the exchange said.", "12%", "sourced", "the exchange", "named"),
    ("paper-after-claim", "Prices of rice fell 4% last month, the paper said.", "4%", "sourced", "the paper", "named"),
    ("representative-of-body-inverted", '"We never got the 40 percent," replied a representative of Nordbank.',
     "40 percent", "sourced", "a representative of Nordbank", "named"),
    # verbs that report nothing with their particle, a passive's agent, a compound noun
    ("responded-to-is-an-action", "On the night shift the medics responded to six alarms.",
     "six", "unsourced", None, None),
    ("wrote-down-is-an-action", "The consortium wrote down its stake in two mines by $40 million.",
     "$40 million", "unsourced", None, None),
    ("passive-agent-is-no-inverted-source",
     "The mayor said the levy, expected shortly from the council, could be 22 percent.",
     "22 percent", "sourced", "The mayor", "named"),
    ("data-noun-before-finite-verb-is-a-noun", "Sunday's ferry count was lower than the 90 sailings a day before.",
     "90", "unsourced", None, None),
    ("data-verb-after-name-before-finite-verb",
     "The sale excludes two depots, which Nordbank estimates are worth $30 million.",
     "$30 million", "sourced", "Nordbank", "named"),
    ("called-before-a-name-is-naming", 'She ran a firm called "Vik Supplies" that had bought 40,000 masks.',
     "40,000", "unsourced", None, None),
    ("past-form-after-participle-is-an-adjective",
     "The panel investigating alleged fraud at the port removed two officers.",
     "two", "unsourced", None, None),
    ("gerund-after-determiner-is-a-subject", "The polling identified 28 new cases in the town.",
     "28", "sourced", "The polling", "named"),
    ("data-noun-then-that-reports", "One estimate is that the mill burns $1 million a day.",
     "$1 million", "sourced", "One estimate", "named"),
    ("according-between-subject-and-verb",
     "The cost of the bridge the council wants, according to Ms Lund, the chief engineer, is 12 to 18 million crowns.",
     "12 to 18 million crowns", "sourced", "Ms Lund", "named"),
    ("according-right-before-verb",
     "The cost of the bridge the council wants, according to Ms Lund, is 12 to 18 million crowns.",
     "12 to 18 million crowns", "sourced", "Ms Lund", "named"),
    ("according-before-coordinated-verb-stays-backward",
     "Prices rose 5% in the first quarter of the year, according to the firm, and then fell 2%.",
     "2%", "unsourced", None, None),
    ("according-then-relative-clause-stays-backward",
     "Sales rose 5% in the first quarter of the year, according to the firm, which is based in Oslo, while costs fell 2%.",
     "2%", "unsourced", None, None),
    ("according-between-subject-and-verb-of-change",
     "Exports of tin from the northern mines, according to the board, the main buyer, rose 5% last year.",
     "5%", "sourced", "the board", "named"),
    ("according-then-title-stays-backward",
     "The vaccine may be ready by the end of May, according to Ana Ruiz, head of the lab, which stores thousands of samples.",
     "thousands", "unsourced", None, None),
    ("coordinated-finding-verb-with-figure",
     "The Nordic Tenants Council, a housing lobby, surveyed its tenants and found a 60% rise in unpaid rent.",
     "60%", "sourced", "The Nordic Tenants Council", "named"),
    # a restrictive relative clause after a source noun: the phrase it follows is the source,
    # which does not carry on to the next sentence
    ("restrictive-relative-after-study", "The Vik study that found sales up 34% was flawed.",
     "34%", "sourced", "The Vik study", "named"),
    ("restrictive-relative-phrase-stops-at-verb",
     "In May the agency released figures which showed that 40 ferries sank.",
     "40", "sourced", "figures", "vague"),
    ("restrictive-relative-phrase-stops-at-link-word",
     "She gathered data for researchers who found that 40% of fish were sick.",
     "40%", "sourced", "researchers", "vague"),
    ("restrictive-relative-does-not-carry",
     "Crews could gather samples for a study that shows 40% of boats leak. Some 300 boats sank last year.",
     "300", "unsourced", None, None),
    ("identify-as-is-no-cue",
     "Voters who identify as Greens were keener on the plan, often by a margin of 20 to 30 points.",
     "20 to 30", "unsourced", None, None),
    ("agentless-reported-as", "In May, the regulator was widely reported as planning to charge banks up to £350m.",
     "£350m", "sourced", "was widely reported as", "vague"),
    ("participle-postmodifier-in-source",
     "The agency will test up to 325,000 homes, a spokeswoman and scientists running the survey told the paper.",
     "325,000", "sourced", "a spokeswoman and scientists running the survey", "named"),
    ("participle-after-name-is-no-postmodifier",
     "Nordbank said it filed a statement with the Vik Commission covering a sale of 100 mln dlrs of ten-year notes through a broker.",
     "100 mln dlrs", "sourced", "Nordbank", "named"),
    ("adverb-set-off-before-coordinated-subject",
     "Eventually, the police enter the house and find that three men are inside.",
     "three", "sourced", "the police", "named"),
    ("singular-noun-before-bare-verb-is-a-compound",
     "The canal is a sister project of the new dam, which will house 3,000 families.",
     "3,000", "unsourced", None, None),
    ("name-after-name-no-source",
     "Vantage, a small vendor with an estimated 900 clients, including Corvid, Halden and Atlas, recently unveiled 40 new tools.",
     "40", "unsourced", None, None),
    # "according to" takes whatever phrase follows as the source, but for a few heads
    ("according-to-any-phrase", "Some 31 ferries were sold last year, according to the trade weekly.",
     "31", "sourced", "the trade weekly", "named"),
    ("according-to-plan-no-source", "The ferry carried 300 passengers, according to plan.",
     "300", "unsourced", None, None),
    ("according-to-owned-plan", "The depots can sort 8 million parcels, according to the bureau's plan.",
     "8 million", "sourced", "the bureau's plan", "named"),
    ("according-to-plural-counts", "The shelters house nearly 1,300 dogs, according to recent counts.",
     "1,300", "sourced", "recent counts", "vague"),
    ("citing-a-reason-no-source", "Fiscal hawks are citing the rise in the £2 trillion public debt.",
     "£2 trillion", "sourced", "Fiscal hawks", "named"),
    # an abbreviation's period inside a phrase read back; "one of" opening an appositive
    ("abbreviation-period-read-back", "The U.S. Labor Department said 40,000 jobs were added.",
     "40,000", "sourced", "The U.S. Labor Department", "named"),
    ("one-of-appositive", "Beacon Mutual, one of the biggest U.S. boat insurers, said it would refund $45 million.",
     "$45 million", "sourced", "Beacon Mutual", "named"),
    ("sentence-adverb-interruption", "Larchmont Tools, meanwhile, said orders rose almost 6 percent.",
     "6 percent", "sourced", "Larchmont Tools", "named"),
    ("numbered-states-colon-no-cue",
     "The agency reports that 9 outbreaks were logged in the U.S. across five states: Utah, Iowa and Ohio.",
     "five", "sourced", "The agency", "named"),
    # a currency named by its country is the figure's, so its conversion in brackets follows it
    ("conversion-after-country-currency",
     "Brolga Mines said it made net profits of 2.4bn Australian dollars ($1.8bn; £960m) last year.",
     "$1.8bn", "sourced", "Brolga Mines", "named"),
    ("think-tank-appositive", "The Harbour Institute, a think tank, said that families would save £300.",
     "£300", "sourced", "The Harbour Institute", "named"),
    ("think-tank-subject", "A Washington think tank said 40 firms would close.",
     "40", "sourced", "A Washington think tank", "named"),
    # a word in capitals is a name, though it reads as a pronoun in lower case
    ("acronym-after-according-to", "More than 60 dams are at risk, according to WHO.",
     "60", "sourced", "WHO", "named"),
    ("acronym-is-no-pronoun-to-resolve",
     "Officials said 3 staff were sick. More than 60 dams are at risk, according to WHO.",
     "60", "sourced", "WHO", "named"),
    ("acronym-subject", "More than 60 dams are at risk, the WHO said.",
     "60", "sourced", "the WHO", "named"),
    ("disclosure-is-a-document", "The debts include loans worth $55 million, the disclosure showed.",
     "$55 million", "sourced", "the disclosure", "named"),
    # an agentless passive covers its own subject, back to a comma or coordinator
    ("agentless-passive-covers-subject", "More than 3,500 sheep are thought to have drowned.",
     "3,500", "sourced", "are thought to", "vague"),
    ("agentless-adverb-covers-subject", "Some 40 people were reportedly hurt.",
     "40", "sourced", "reportedly", "vague"),
    ("agentless-subject-stops-at-coordinator",
     "The council has cut fares twice this year and is widely expected to do so again.",
     "twice", "unsourced", None, None),
    ("agentless-subject-stops-at-but", "Sales fell 5% last year but are expected to rise 3%.",
     "5%", "unsourced", None, None),
    ("agentless-subject-stops-at-comma", "Prices rose 5%, while sales are expected to fall 3%.",
     "5%", "unsourced", None, None),
    # "project" and "measure" are nouns but after a pronoun or source noun, or before "that"
    ("project-noun-no-cue", "The builder cut £12m from its targets for another Welsh project.",
     "£12m", "unsourced", None, None),
    ("measure-noun-no-cue", "The sweeping Democratic measure would raise nearly $40 million.",
     "$40 million", "unsourced", None, None),
    ("projects-verb-before-that", "The budget office projects that 40,000 jobs will go.",
     "40,000", "sourced", "The budget office", "named"),
    ("indefinite-appositive-interruption",
     "Ana Ruiz, head of Tamsin, a lettings firm with 3,000 flats in the north, said rents fell 7 percent.",
     "7 percent", "sourced", "Ana Ruiz", "named"),
    ("where-clause-interruption", "Chile, where the drought began, recorded 14 new wildfires on Friday.",
     "14", "sourced", "Chile", "named"),
    ("interruption-with-money", "Ana Ruiz, who runs a $40 million fund, told reporters 20 firms had failed.",
     "20", "sourced", "Ana Ruiz", "named"),
    # a semicolon in brackets ends no clause; one after them does
    ("bracketed-semicolon-ends-no-clause", "Profits were 12.5bn yuan ($1.7bn; £1.4bn) last year, the lender said.",
     "12.5bn yuan", "sourced", "the lender", "named"),
    ("semicolon-after-brackets-ends-clause",
     "Sales rose 5% (a record; the first since 2001); profits were 80m yuan, the bank said.",
     "5%", "unsourced", None, None),
    # a cue set off by commas covers the sentence both sides of it
    ("set-off-cue-covers-what-follows", "Once the works end, the council said, fares will fall 8%.",
     "8%", "sourced", "the council", "named"),
    ("set-off-pronoun-cue", "The levy, she said, raises 60 million francs a year.",
     "60 million francs", "sourced", "she", "named"),
    ("set-off-cue-covers-what-precedes", "Exports rose 4%, the agency said, after a weak spring.",
     "4%", "sourced", "the agency", "named"),
    # a bracketed abbreviation or ticker after a name is part of that name
    ("abbreviation-before-verb", "The Rail Safety Board (RSB) said 14 bridges needed repairs.",
     "14", "sourced", "The Rail Safety Board (RSB)", "named"),
    ("abbreviation-before-verb-with-auxiliary",
     "Fares will rise 6% in May, the Coastal Ferry Authority (CFA) has said.",
     "6%", "sourced", "the Coastal Ferry Authority (CFA)", "named"),
    ("ticker-before-verb", "Harbor Foods Inc (HFI.N) said it would cut 300 jobs.",
     "300", "sourced", "Harbor Foods Inc (HFI.N)", "named"),
    ("abbreviation-after-according-to",
     "Exports fell 8%, according to the Office for Trade Figures (OTF).",
     "8%", "sourced", "the Office for Trade Figures (OTF)", "named"),
    ("abbreviation-after-inverted-verb", "Exports fell 8%, said the Office for Trade Figures (OTF).",
     "8%", "sourced", "the Office for Trade Figures (OTF)", "named"),
    ("bracketed-name-part", "Northern Equity (Asia) Ltd said it held 9.5 pct of the shares.",
     "9.5 pct", "sourced", "Northern Equity (Asia) Ltd", "named"),
    ("bracketed-aside-on-name", "Ms Okafor (pictured) said 12 stations would close.",
     "12", "sourced", "Ms Okafor (pictured)", "named"),
    # brackets after a common noun make no name of it: "expected" here is no reporting verb
    ("abbreviation-after-common-noun-is-no-name",
     "Lena Park said she hoped to attend a meeting of six coastal nations (C-6) expected in June.",
     "six", "sourced", "Lena Park", "named"),
    # a participle of speech with no earlier cue reports what its clause's subject says
    ("participle-takes-clause-subject", "The charity condemned the levy, saying it would cost 4,000 jobs.",
     "4,000", "sourced", "The charity", "named"),
    ("participle-subject-after-opening-but",
     "But she also spoke of the strain, adding that 30 nurses had left since May.",
     "30", "sourced", "she", "named"),
    ("participle-subject-after-subordinate-clause",
     "When orders slowed, the firm cut output, saying demand had fallen 12%.",
     "12%", "sourced", "the firm", "named"),
    ("participle-subject-after-opening-participle",
     "Speaking on the radio, Ms Lund defended the cuts, saying 40 posts would go.",
     "40", "sourced", "Ms Lund", "named"),
    ("participle-subject-ends-before-its-verb",
     "Ms Lund visited Oslo last week, telling reporters that 40 posts would go.",
     "40", "sourced", "Ms Lund", "named"),
    ("participle-subject-keeps-participle-before-by",
     "A group of funds led by Harbor Capital raised its stake, saying 2 partners may sell.",
     "2", "sourced", "A group of funds led by Harbor Capital", "named"),
    ("participle-subject-before-time-adverbial",
     "The Harbor Trust on Monday sued the city, arguing that fares had risen 40%.",
     "40%", "sourced", "The Harbor Trust", "named"),
    ("coordinated-subject-before-time-adverbial",
     "The council on Monday cut fares and said 40 routes would close.",
     "40", "sourced", "The council", "named"),
    ("age-noun-is-a-person", '"We won 40 races," the 19-year-old said.',
     "40", "sourced", "the 19-year-old", "named"),
    ("plural-age-noun-is-a-group",
     "Some 40% of 30- to 39-year-olds said that rents were high, against 12% of retirees.",
     "12%", "unsourced", None, None),
    ("evidence-participle-reports-nothing", "Prices jumped 5% in May, suggesting that 300 homes sold.",
     "300", "unsourced", None, None),
    ("participle-with-an-object-is-an-action", "Oil rose in Asian trade, adding $1.20 to $61.40.",
     "$1.20", "unsourced", None, None),
    ("admitting-is-letting-in", "Harbor Zoo will reopen at half capacity, admitting 900 visitors a day.",
     "900", "unsourced", None, None),
    # negation: a curly apostrophe as a straight one, and only within the verb's clause
    ("negation-with-curly-apostrophe", "Harbor Mills didn\u2019t say that 40 staff had left.",
     "40", "unsourced", None, None),
    ("negation-ends-at-sentence-end", "The others don't. I think 40 beds are empty.",
     "40", "sourced", "I", "named"),
    ("negation-ends-at-quote", '"Do not wait," warned the mayor, adding that 40 roads were shut.',
     "40", "sourced", "the mayor", "named"),
    # a clause opening the sentence: "As X noted," reports the main clause, "When X said ...,"
    # does not
    ("fronted-as-clause-reports-main-clause", "As the audit noted, 40% of the depots were late.",
     "40%", "sourced", "the audit", "named"),
    ("fronted-when-clause-ends-at-comma", "When the ministry said 40 people had died, prices rose 5%.",
     "5%", "unsourced", None, None),
    ("subordinate-clause-within-sentence-reads-on",
     "Sales rose 5%, while the bureau said 40 firms had closed, up from 30.",
     "30", "sourced", "the bureau", "named"),
    # "in"/"on" before a month or weekday is a date, not a setting
    ("date-is-no-setting", "On Friday Harbor Labs released new statistics which found that 40 firms closed.",
     "40", "sourced", "new statistics", "vague"),
    # verbs of finding and ruling report what follows "that"; with a particle they do not
    ("concluded-that", "The inquiry concluded that 40 staff had been overpaid.",
     "40", "sourced", "The inquiry", "named"),
    ("determined-that", "The audit determined that only 3 of the ramps were safe.",
     "3", "sourced", "The audit", "named"),
    ("ruled-that", "A county court ruled that the 40% stake was too high.",
     "40%", "sourced", "A county court", "named"),
    ("ruled-out-reports-nothing",
     "With Ms Lund ruled out of the next two matches and Ana Ruiz sidelined for May, Bo Lee starts.",
     "two", "unsourced", None, None),
    ("called-off-reports-nothing", "The union called off the strike over 40 jobs.",
     "40", "unsourced", None, None),
    # an adverbial set off by commas between the verb and its content
    ("set-off-adverb-before-content", "The board said, however, that 60 staff would stay.",
     "60", "sourced", "The board", "named"),
    ("set-off-cue-adverbial-before-content", "The board said, on Monday, that 60 staff would stay.",
     "60", "sourced", "The board", "named"),
    ("set-off-words-before-that", "The audit found, at most, that 12 claims were late.",
     "12", "sourced", "The audit", "named"),
    ("set-off-adverb-then-verb-is-a-noun", "The wheat forecast, however, is now 9 million tonnes.",
     "9 million", "unsourced", None, None),
    # a name ending in "'s" before a verb that is never a noun: not a possessive
    ("name-in-s-before-said", "Dalton's said sales fell 6% in the quarter.",
     "6%", "sourced", "Dalton's", "named"),
    ("curly-name-in-s-before-says", "Dalton\u2019s says it will open 14 stores.",
     "14", "sourced", "Dalton\u2019s", "named"),
    ("contraction-in-s-is-no-name", "He's said 40 staff would go.",
     "40", "unsourced", None, None),
    ("lets-say-is-no-source", "Let's say a buyer pays $900 for it.",
     "$900", "unsourced", None, None),
    ("possessive-before-participle-adjective", "Dalton's estimated 40 job cuts were put off.",
     "40", "unsourced", None, None),
    # "&" joins the parts of a name, read back from a verb and forward after "according to"
    ("ampersand-name-before-verb", "Harbor & Lane said it would cut 12 branches.",
     "12", "sourced", "Harbor & Lane", "named"),
    ("ampersand-name-after-according-to", "Fees rose 7%, according to Harbor & Lane.",
     "7%", "sourced", "Harbor & Lane", "named"),
    # a reporting verb in "-s" that is also a plural noun, before an auxiliary or "of", "due"...
    ("plural-noun-before-with", "Harbor Bank is selling 60 mln Norwegian crowns of bonus notes with a 4 pct coupon.",
     "4 pct", "unsourced", None, None),
    ("plural-noun-before-auxiliary", "Voice calls have fallen to 55% of all traffic.",
     "55%", "unsourced", None, None),
    ("calls-for-stays-a-verb", "The city plan calls for 40 new depots.",
     "40", "sourced", "The city plan", "named"),
    ("reports-at-least-stays-a-verb", "The Harbor Dockers Guild reports at least 50 members have quit.",
     "50", "sourced", "The Harbor Dockers Guild", "named"),
    # a reporting verb in "-s" right after a figure is the plural noun it counts
    ("counted-plural-is-no-verb", "Eight reports were due in May, while five others were held back.",
     "five", "unsourced", None, None),
    # a closing quote before a subject cut from its verb, as a straight quote
    ("closing-curly-quote-before-interrupted-subject",
     "\u201cFares will fall 12% next year,\u201d Ms Lund, who runs the line, said.",
     "12%", "sourced", "Ms Lund", "named"),
    # a restrictive relative clause on "who" between the subject and its verb is the subject's
    ("relative-clause-subject-after-content", "The ferry fare rose by 40 cents, harbour staff who asked not to be named said.",
     "40 cents", "sourced", "harbour staff who asked not to be named", "anonymous"),
    ("relative-clause-subject-before-content", "Dockers who walked out on Monday said 300 crates were left on the quay.",
     "300", "sourced", "Dockers who walked out on Monday", "named"),
    ("relative-clause-verb-of-its-own-is-no-cue", "The town has a nurse who quickly found she was caring for 12 patients.",
     "12", "unsourced", None, None),
    ("relative-clause-object-is-no-subject", "The fund paid 300 families who lost homes in the flood said nothing.",
     "300", "unsourced", None, None),
    # a title the lexicon does not know, set off between the name and its verb
    ("bare-title-unknown-head-interrupts", "Tolls fell by nine cents, Ana Ruiz, deputy warden of barge traffic at the Vik Canal Trust, said.",
     "nine cents", "sourced", "Ana Ruiz", "named"),
    ("bare-title-two-heads-joined-by-and", "Ana Ruiz, curator and archivist of the Vik Museum, says 40 maps were lost.",
     "40", "sourced", "Ana Ruiz", "named"),
    # a subject after "than" gives the figure's baseline, not the figure
    ("than-subject-is-a-baseline", "Tolls raised 40 mln dlrs more than the canal board had forecast.",
     "40 mln dlrs", "unsourced", None, None),
    ("than-pronoun-is-a-baseline", "Fares rose 9%, faster than they had expected.",
     "9%", "unsourced", None, None),
    ("more-than-a-count-subject-is-a-hedge", "More than 40 economists said flour costs rose 12%.",
     "12%", "sourced", "40 economists", "vague"),
    # "that" after a reporting verb opens its content: never the determiner of a subject
    ("complementizer-that-is-no-subject", "The survey came out on Monday. It found that one in five tenants post repairs online.",
     "one in five", "sourced", "It", "named"),
    # an inverted cue set off by commas after a short lead covers the sentence it interrupts
    ("inverted-cue-set-off-after-subject", "Vik Telecom, said Mr Lund, has cut off nine resellers.",
     "nine", "sourced", "Mr Lund", "named"),
    ("inverted-cue-set-off-after-adverb", "On average, said Mr Lund, users make five calls a day.",
     "five", "sourced", "Mr Lund", "named"),
    ("inverted-cue-after-a-clause-leaves-the-speakers-description", "Fares rose 5%, said Mr Lund, who runs 30 ferries.",
     "30", "unsourced", None, None),
    ("participle-and-time-is-no-set-off-cue", "The poll, published Monday night, put her on 55%.",
     "55%", "sourced", "The poll", "named"),
    # a town and its region's abbreviation inside an appositive
    ("place-comma-inside-appositive", "Vik Felt Inc, a Lundby, N.J. rope maker, said it sold 4,000 coils.",
     "4,000", "sourced", "Vik Felt Inc", "named"),
    ("indefinite-appositive-after-source", "A group led by Vik Felt Inc, a unit of Lund Mills, a Lundby, N.J. rope maker, said it holds 9,000 shares.",
     "9,000", "sourced", "A group led by Vik Felt Inc", "named"),
    # a passive with an adverb between "be" and the verb: its subject was reported, no source
    ("passive-after-adverb-is-no-cue", "The fever, which was first reported at the Vik clinic, has infected 3,900 people.",
     "3,900", "unsourced", None, None),
    ("agentless-with-any-ly-adverb", "The harvest is officially said to total 5.6 million tonnes.",
     "5.6 million", "sourced", "is officially said to", "vague"),
    # a passive's agent sources its figure across the auxiliaries between them
    ("passive-agent-after-auxiliaries", "The toll is lower: 2,418 fires have been reported by Vik officials.",
     "2,418", "sourced", "Vik officials", "anonymous"),
    # "put X at" reports only with a figure after "at", however many "at"s come first
    ("put-at-risk-reports-nothing", "The floods put 300 homes at risk.", "300", "unsourced", None, None),
    ("put-at-a-time-then-at-a-figure", "It put the fund's debts at the end of May at 12.2 billion crowns.",
     "12.2 billion crowns", "sourced", "It", "named"),
    # a quoted name inside an interruption between a subject and its verb
    ("quoted-name-inside-interruption", 'Tenant groups, which include the "Fair Rent Now" campaign, say 300 flats are empty.',
     "300", "sourced", "Tenant groups", "named"),
    # "it's" is "it is" before an agentless verb
    ("agentless-its-contracted", "It's projected that 850 ferries will be idle by June.",
     "850", "sourced", "It's projected", "vague"),
    # an affiliation set off between a name and its verb ("of", "from", "at" a body)
    ("affiliation-set-off-after-name", 'Ana Ruiz, of Vik Harbour Securities, said: "A margin of £8bn is too hopeful."',
     "£8bn", "sourced", "Ana Ruiz", "named"),
    ("affiliation-from-the-body", "Tolls rose 6%, Ana Ruiz, from the Vik Canal Trust, said.",
     "6%", "sourced", "Ana Ruiz", "named"),
    ("adverb-led-aside-is-no-title", "Other goods, mainly including cork and tin, showed a 2.4 billion gap.",
     "2.4 billion", "unsourced", None, None),
]

# --- source spans and kinds -----------------------------------------------------------
KINDS = [
    ("frame-name-ending-like-an-ordinal-is-named", '"We lost 40 homes," Ms Lund sighed.',
     "40", "sourced", "Ms Lund", "named"),
    ("frame-surname-in-th-is-named", '"We lost 40 homes," Mr Smith fumed.',
     "40", "sourced", "Mr Smith", "named"),
    ("kind-indefinite-person-noun-anonymous", "A doctor said 12 patients had died.",
     "12", "sourced", "A doctor", "anonymous"),
    ("kind-indefinite-body-noun-named", "A Vik court said 12 people were fined.",
     "12", "sourced", "A Vik court", "named"),
    ("kind-name-ending-in-common-head-named", "Harbor Insider reported last month that 300 staff would go.",
     "300", "sourced", "Harbor Insider", "named"),
    ("kind-shape-indefinite-agent-noun", "A firefighter said 40 flats were empty.",
     "40", "sourced", "A firefighter", "anonymous"),
    ("kind-shape-definite-agent-noun", "The landlord said 40 flats were empty.",
     "40", "sourced", "The landlord", "named"),
    ("kind-shape-name-makes-it-named", "About 40 flats were empty, Vikby caretakers said.",
     "40", "sourced", "Vikby caretakers", "named"),
    ("exact-span-with-modifiers",
     "At least 90 people were killed, according to the health ministry in the Hamas-run territory.",
     "90", "sourced", "the health ministry in the Hamas-run territory", "named"),
    ("senior-official-anonymous", "A senior official said 20 aircraft were involved.",
     "20", "sourced", "A senior official", "anonymous"),
    ("diplomats-anonymous", "Diplomats said 12 ships were seized.",
     "12", "sourced", "Diplomats", "anonymous"),
    ("analysts-vague", "Analysts said the deal could be worth $5bn.",
     "$5bn", "sourced", "Analysts", "vague"),
    ("experts-vague", "Experts say 10,000 species are at risk.",
     "10,000", "sourced", "Experts", "vague"),
    ("critics-vague", "Critics say the scheme cost £300m.",
     "£300m", "sourced", "Critics", "vague"),
    ("local-media-vague", "Local media reported that 70 homes burned.",
     "70", "sourced", "Local media", "vague"),
    ("ministry-named", "The ministry said 30 schools were closed.",
     "30", "sourced", "The ministry", "named"),
    ("country-named", "Israel says 1,200 people were killed.",
     "1,200", "sourced", "Israel", "named"),
    ("mixed-strongest-anonymous", "Officials and experts said 400 buildings were damaged.",
     "400", "sourced", "Officials and experts", "anonymous"),
    ("sources-close-to-anonymous", "Sources close to the negotiations said 25 hostages could be freed.",
     "25", "sourced", "Sources close to the negotiations", "anonymous"),
    ("people-familiar-anonymous", "Three people familiar with the deal said it was worth $4bn.",
     "$4bn", "sourced", "Three people familiar with the deal", "anonymous"),
    ("official-at-body-anonymous", "Ferry services were cut by 20%, an official at the port authority said.",
     "20%", "sourced", "an official at the port authority", "anonymous"),
    ("capitalised-unowned-surveys-vague", "Recent surveys suggest 45% of tenants are behind on rent.",
     "45%", "sourced", "Recent surveys", "vague"),
    ("lowercase-census-data-named", "Nearly 9% of homes are empty, census data show.",
     "9%", "sourced", "census data", "named"),
    ("data-noun-with-participle-vague", "Figures released on Tuesday showed 2.3 million people were out of work.",
     "2.3 million", "sourced", "Figures released", "vague"),
    ("relative-clause-after-anonymous-head", "Officials who declined to be named said 30 barges sank.",
     "30", "sourced", "Officials who declined to be named", "anonymous"),
]

# --- scope rules (spec section 3 and 5) -----------------------------------------------
NARROW = "Rebels seized about 80 trucks, 12 of which were later returned, including 5 the army says were destroyed."
SEMI = "The ministry said 40 homes were flooded; police reported 6 deaths."
QUOTE_MULTI = '"We lost 40 homes. Another 12 were damaged," the mayor said. "Nobody expected 300 millimetres of rain."'
QUOTE_PARAS = '"The storm destroyed 40 homes in the north.\n\n"We still need 200 tents for families," the mayor said.'
DOC_CARRY = ("According to a United Nations report, 2 million children were out of school. "
             "Another 500,000 had no access to clean water.")
DOC_CARRY_BREAK = ("According to a United Nations report, 2 million children were out of school.\n\n"
                   "Another 500,000 had no access to clean water.")
FIGURES_CARRY = "Official figures show 320 people died in the heatwave. A further 45 remain in hospital."
CENSUS_CARRY = "The census found that 14% of homes lack water. Another 9% have no electricity."
REPORTER_AFTER = "The health ministry said 40 people were killed. The area has been hit by 6 storms this year."
WIRE_LINES = "The health ministry said 40 people were killed.\nAnother 12 were wounded."
# a text with no paragraph breaks carries nothing: no paragraph bounds the report
LONG_BLOCK = (
    "Ferries ran late. Buses ran late. Trains ran late. Roads were shut. Schools were shut. "
    "Shops were shut. The agency said costs rose 9%. Fares rose 5%. Tolls rose 7%. "
    "Nobody was hurt. Crews worked overnight."
)
LONG_BLOCK_QUOTE = (
    "Ferries ran late. Buses ran late. Trains ran late. Roads were shut. Schools were shut. "
    'The mayor said costs rose 9%. "We lost 40 boats in one night." Nobody was hurt. '
    "Crews worked overnight."
)
QUOTE_AFTER_INDIRECT = 'The ministry said 40 homes were flooded. "We lost 300 cattle too."'
NEXT_PARA_QUOTE = '"The storm destroyed 40 homes," the mayor said.\n\n"We still need 200 tents for families."'

CLOSED_QUOTE_NEXT = '"Our clinic saw 80 patients." The doctor said 5 needed surgery.'
INTERRUPTED_THEN_ACCORDING = ('"We rescued 30 people," the police said, "and 7 more swam ashore." '
                              "According to the navy, 2 are missing.")
QUOTE_AFTER_OTHER_SPEAKER = ('"We lost 40 homes," the mayor said. The fire service said 6 crews were working. '
                             '"Another 15 are on their way."')
MULTI_SENTENCE_QUOTE_CARRIED = 'The coach said 20 players had signed. "It was a long summer. We still need 3 defenders."'
REPORT_BY_CARRY = "A report by the audit office found 120 contracts were late. Another 45 were over budget."
FIGURES_FROM_CARRY = "Figures from the port authority show 600 ships docked in May. Another 80 waited offshore."
NARROW_BARE_PLURAL = "Troops detained 300 men, including 12 witnesses said were civilians."
NARROW_THAT = "Troops detained 300 men, including 12 that the ministry said were civilians."
NARROW_OF_WHOM = "Troops detained 300 men, 12 of whom the ministry said were civilians."
SURVEY_OF_HOUSEHOLDS = "A survey of 5,000 households found that 30% had no savings."

SCOPE = [
    ("report-in-a-subordinate-clause-passes-nothing-on", "Trade was thin when Vik said 40 ferries were late. Fares ended at 12 dlrs.",
     "12 dlrs", "unsourced", None, None),
    ("report-in-a-main-clause-passes-on", "Vik said profit rose 5%. Sales grew 8%.",
     "8%", "carried", "Vik", "named"),
    ("share-price-ends-the-carry", "The firm said sales rose 5%. Shares in Vik fell 2%.",
     "2%", "unsourced", None, None),
    ("average-shares-keep-the-carry", "Vik said profit rose 5%. Average shares rose to 8.4 mln.",
     "8.4 mln", "carried", "Vik", "named"),
    ("cue-inside-a-quote-reaches-no-figure-outside", 'Ms Vik, who was tested at least twice, called it "not much fun, I can tell you."',
     "twice", "unsourced", None, None),
    ("apostrophe-as-a-double-mark-is-no-quote-for-a-cue", 'Lund will pay 260 mln dlrs towards Vik"s road plans, the state agency reported.',
     "260 mln dlrs", "sourced", "the state agency", "named"),
    ("afterwards-between-subject-and-verb", 'Ms Vik, who took just 5% of the ballots, afterwards said: "It was a fair fight."',
     "5%", "unsourced", None, None),
    ("speaker-before-quote-is-carried", 'Ms Vik criticised the plan. "We lost 40 homes in one night."',
     "40", "carried", "Ms Vik", "named"),
    ("speaker-before-quote-reaches-the-reopened-quote", 'Ms Vik criticised the plan. "It makes no sense. "We lost 40 homes in one night."',
     "40", "carried", "Ms Vik", "named"),
    ("speaker-before-quote-passes-to-no-plain-sentence", "Ms Vik criticised the plan. It cost 40 dollars.",
     "40 dollars", "unsourced", None, None),
    ("speaker-before-quote-not-over-its-own-figure", 'Ms Vik criticised 40 firms. "We lost 12 homes in one night."',
     "12", "unsourced", None, None),
    ("thing-before-quote-is-no-speaker", 'It took a long time. "We lost 40 homes in one night."',
     "40", "unsourced", None, None),
    ("quote-with-its-own-cue-keeps-it", 'Ms Vik criticised the plan. "We lost 40 homes in one night," the mayor said.',
     "40", "sourced", "the mayor", "named"),
    ("quote-run-over-four-paragraphs-keeps-its-speaker",
     "Ada Vik said: \u201cLetters have not changed much.\n\n\u201cI am scared for my children.\n\n"
     "\u201cWe lost 300 homes this week.\n\n\u201cThis is not a distant problem.\u201d",
     "300", "sourced", "Ada Vik", "named"),
    ("report-inside-a-report-is-covered-by-both", "The bank said its poll of 900 firms showed that output would fall 8 pct.",
     "8 pct", "sourced", "The bank", "named"),
    ("figure-in-the-inner-source-is-the-outer-speakers", "The bank said its poll of 900 firms showed that output would fall 8 pct.",
     "900", "sourced", "The bank", "named"),
    ("second-report-after-the-first-content-trims-it", "Vik said 40 homes flooded and the council said 12 roads shut.",
     "12", "sourced", "the council", "named"),
    ("document-head-before-participle-carries", "According to an internal email seen by the Vik Post, the first cases came to light on Friday. The number of infections had climbed to 19 by Sunday.",
     "19", "carried", "an internal email seen by the Vik Post", "named"),
    ("dash-restated-figure-is-covered", "Close to a third - 32% - of first-time savers followed advice from relatives, according to a study by the Vik Institute.",
     "32%", "sourced", "the Vik Institute", "named"),
    ("dash-aside-with-own-noun-is-not-covered", "Sales rose 4% - about 300 extra cars - last year, the firm said.",
     "300", "unsourced", None, None),
    ("narrow-relative-250", NARROW, "80", "unsourced", None, None),
    ("narrow-relative-129", NARROW, "12", "unsourced", None, None),
    ("narrow-relative-34", NARROW, "5", "sourced", "the army", "named"),
    ("semicolon-first-clause", SEMI, "40", "sourced", "The ministry", "named"),
    ("semicolon-second-clause", SEMI, "6", "sourced", "police", "named"),
    ("semicolon-reversed-first", "Police said 6 people died; the council said 40 homes were flooded.",
     "6", "sourced", "Police", "named"),
    ("semicolon-reversed-second", "Police said 6 people died; the council said 40 homes were flooded.",
     "40", "sourced", "the council", "named"),
    ("quote-sentence-with-cue", QUOTE_MULTI, "40", "sourced", "the mayor", "named"),
    ("quote-sentence-without-cue", QUOTE_MULTI, "12", "sourced", "the mayor", "named"),
    # a quote never closed, reopened at the speaker's next sentence, is carried from the cue too
    ("quote-reopened-without-closing-is-carried", '"We lost 2 games," said the coach. "Our squad has 30 players. "Next week we face 4 rivals."',
     "4", "carried", "the coach", "named"),
    # the speaker's cue read back through every reopened part, however far the claim's part is
    ("quote-reopened-at-every-sentence-reaches-its-cue",
     '"Imanol was dropped after a poor game," said the coach. "We know the match will be rough. "The title is gone but we go there to win. "They have three wins this year."',
     "three", "carried", "the coach", "named"),
    # a quote resumed after its speaker's cue sentence is carried from it (spec 5, second round)
    ("quote-resumed-after-its-cue-is-carried", QUOTE_MULTI, "300", "carried", "the mayor", "named"),
    ("quote-across-paragraphs-first", QUOTE_PARAS, "40", "sourced", "the mayor", "named"),
    ("quote-across-paragraphs-second", QUOTE_PARAS, "200", "sourced", "the mayor", "named"),
    ("quote-new-paragraph-no-cue", NEXT_PARA_QUOTE, "200", "unsourced", None, None),
    ("quote-after-indirect-carried", QUOTE_AFTER_INDIRECT, "300", "carried", "The ministry", "named"),
    ("document-carry-source", DOC_CARRY, "2 million", "sourced", "a United Nations report", "named"),
    ("document-carry-next-sentence", DOC_CARRY, "500,000", "carried", "a United Nations report", "named"),
    ("document-carry-paragraph-break", DOC_CARRY_BREAK, "500,000", "unsourced", None, None),
    ("figures-carry", FIGURES_CARRY, "45", "carried", "Official figures", "named"),
    ("census-carry", CENSUS_CARRY, "9%", "carried", "The census", "named"),
    ("speaker-figures-run-on", REPORTER_AFTER, "6", "carried", "The health ministry", "named"),
    ("speaker-figures-run-on-elliptical", "The health ministry said 40 people died. Another 120 were injured.",
     "120", "carried", "The health ministry", "named"),
    ("speech-without-figure-does-not-carry", "The health ministry said the storm was severe. The area has been hit by 6 storms this year.",
     "6", "unsourced", None, None),
    ("named-subject-keeps-speaker-carry", "The ministry said 40 homes near the farm of Mr Brekke were flooded. Brekke later lost 6 tractors.",
     "6", "carried", "The ministry", "named"),
    ("named-subject-in-source-keeps-carry", "Mr Brekke said 40 homes were flooded. Brekke's farm lost 6 tractors.",
     "6", "carried", "Mr Brekke", "named"),
    ("contrast-opener-keeps-carry", "The survey found sales rose 4%. But exports fell 2%.",
     "2%", "carried", "The survey", "named"),
    ("topic-shift-opener-ends-carry", "The survey found sales rose 4%. Meanwhile, exports fell 2%.",
     "2%", "unsourced", None, None),
    # "In" opens a place or an addition as often as a time: only a time ends the carry
    ("in-addition-goes-on-with-the-report", "The survey found sales rose 4%. In addition, exports fell 2%.",
     "2%", "carried", "The survey", "named"),
    ("in-a-place-goes-on-with-the-report", "The survey found sales rose 4% in Vik. In Lund, they fell 2%.",
     "2%", "carried", "The survey", "named"),
    ("in-a-year-ends-carry", "The survey found sales rose 4%. In 2003, they fell 2%.",
     "2%", "unsourced", None, None),
    ("on-a-weekday-ends-carry", "The survey found sales rose 4%. On Monday, shares fell 2%.",
     "2%", "unsourced", None, None),
    ("time-opener-during-ends-carry", "Figures showed exports rose 5%. During 2004, the surplus grew 8%.",
     "8%", "unsourced", None, None),
    ("unbroken-text-carries-no-further", LONG_BLOCK, "7%", "unsourced", None, None),
    ("unbroken-text-next-sentence-not-carried", LONG_BLOCK, "5%", "unsourced", None, None),
    ("unbroken-text-own-cue-still-sources", LONG_BLOCK, "9%", "sourced", "The agency", "named"),
    ("unbroken-text-quote-after-speaker-carried", LONG_BLOCK_QUOTE, "40", "carried", "The mayor", "named"),
    ("wire-line-break-ends-carry", WIRE_LINES, "12", "unsourced", None, None),
    ("figure-before-cue-unsourced", "Deaths rose to 70. The ministry said 40 homes were flooded.",
     "70", "unsourced", None, None),
    ("source-mentioned-not-reporting", "Colombia cut ties with Israel, which has killed 34,943 people.",
     "34,943", "unsourced", None, None),
    ("dash-aside", "The town - home to about 8,000 people - was evacuated, police said.",
     "8,000", "unsourced", None, None),
    ("bracket-aside", "The town (home to about 8,000 people) was evacuated, police said.",
     "8,000", "unsourced", None, None),
    ("bracket-derived-share", "The ministry said 40 homes were flooded (about 5% of the total).",
     "5%", "unsourced", None, None),
    ("gloss-after-quote", '"It was a dark day," she said, referring to the deaths of two soldiers.',
     "two", "unsourced", None, None),
    ("number-in-source-np-survey", SURVEY_OF_HOUSEHOLDS, "5,000", "unsourced", None, None),
    ("survey-of-households-sources-finding", SURVEY_OF_HOUSEHOLDS,
     "30%", "sourced", "A survey of 5,000 households", "named"),
    ("number-in-source-np-people-familiar", "Three people familiar with the deal said it was worth $4bn.",
     "Three", "unsourced", None, None),
    # a cue in the next sentence leaves a closed quote alone
    ("closed-quote-next-sentence-cue", CLOSED_QUOTE_NEXT, "80", "unsourced", None, None),
    ("closed-quote-next-sentence-own-claim", CLOSED_QUOTE_NEXT, "5", "sourced", "The doctor", "named"),
    ("interrupted-quote-then-according", INTERRUPTED_THEN_ACCORDING, "7", "sourced", "the police", "named"),
    ("according-after-interrupted-quote", INTERRUPTED_THEN_ACCORDING, "2", "sourced", "the navy", "named"),
    # a quote after another source's indirect speech is carried by that source
    ("quote-after-other-speaker-carried", QUOTE_AFTER_OTHER_SPEAKER, "15", "carried", "The fire service", "named"),
    ("multi-sentence-quote-after-indirect", MULTI_SENTENCE_QUOTE_CARRIED, "3", "carried", "The coach", "named"),
    # a document's owner as the source: its figures still carry
    ("report-by-carry", REPORT_BY_CARRY, "45", "carried", "the audit office", "named"),
    ("figures-from-carry", FIGURES_FROM_CARRY, "80", "carried", "the port authority", "named"),
    # narrow relative clauses with a bare plural, a relativiser, "N of whom"
    ("narrow-bare-plural-count", NARROW_BARE_PLURAL, "12", "sourced", "witnesses", "anonymous"),
    ("narrow-bare-plural-total", NARROW_BARE_PLURAL, "300", "unsourced", None, None),
    ("narrow-relativiser-that", NARROW_THAT, "12", "sourced", "the ministry", "named"),
    ("narrow-of-whom-count", NARROW_OF_WHOM, "12", "sourced", "the ministry", "named"),
    ("narrow-of-whom-total", NARROW_OF_WHOM, "300", "unsourced", None, None),
    ("number-in-source-np-members", "All 17 members told the panel that 3 votes were missing.",
     "17", "unsourced", None, None),
    ("conversion-sourced-figure", "The company said it would pay $1.13bn (£600m) to settle the claims.",
     "$1.13bn", "sourced", "The company", "named"),
    ("conversion-takes-status", "The company said it would pay $1.13bn (£600m) to settle the claims.",
     "£600m", "sourced", "The company", "named"),
    ("conversion-unsourced-figure", "The company paid $1.13bn (£600m) to settle the claims.",
     "£600m", "unsourced", None, None),
    # a claim in the interruption between subject and verb is the source's own, not covered
    ("interruption-claim-not-covered", "The company, which employs 3,000 people, said profits fell 10%.",
     "3,000", "unsourced", None, None),
    ("interruption-sources-the-content", "The company, which employs 3,000 people, said profits fell 10%.",
     "10%", "sourced", "The company", "named"),
    # a cue in a non-restrictive relative clause covers only what follows it
    ("relative-cue-not-backward", "The 300 homes belong to Acme, which says it has 12 depots.",
     "300", "unsourced", None, None),
    ("relative-end-cue-yields-to-subject", "Exports fell 3% in May, the ministry, which publishes the data monthly, said.",
     "3%", "sourced", "the ministry", "named"),
    # the reporter's gloss after reported content ends a forward cue's reach
    ("gloss-after-forward-content", "She said 40 homes were lost, referring to the 2019 floods that cost $3bn.",
     "$3bn", "unsourced", None, None),
    ("content-before-gloss", "She said 40 homes were lost, referring to the 2019 floods that cost $3bn.",
     "40", "sourced", "She", "named"),
    # square brackets inside a quote are the reporter's
    ("bracket-inside-quote", '"We won [14 games] in a row and lost 2," the coach said.',
     "14", "unsourced", None, None),
]


@_params(CUE_FORMS)
def test_cue_forms(text, token, status, source, kind):
    _assert_row(text, token, status, source, kind)


@_params(KINDS)
def test_source_kinds(text, token, status, source, kind):
    _assert_row(text, token, status, source, kind)


@_params(SCOPE)
def test_scope(text, token, status, source, kind):
    _assert_row(text, token, status, source, kind)


def test_by_the_armys_count_names_the_army():
    text = "The militants hold 90 hostages, by the army's count."
    claim = _claim(text, "90")
    assert claim.status == "sourced"
    first = claim.attributions[0]
    assert "army" in first.source.text
    assert first.kind == "named"


def test_paragraph_break_ends_carry_everywhere():
    text = DOC_CARRY_BREAK
    statuses = [c.status for c in attribution.check(text).claims]
    assert statuses == ["sourced", "unsourced"]


def test_cue_spans_are_surfaces():
    text = "Some 40 million people live in poverty, according to the World Bank."
    (claim,) = attribution.check(text).claims
    (att,) = claim.attributions
    assert att.cue.text == "according to"
    assert text[att.cue.start : att.cue.end] == "according to"
    assert att.source.start >= att.cue.end


def test_he_or_she_never_resolves_to_a_plural_source():
    # "he" means one person: not "officials", the only source read before it
    text = "Officials who met on Monday said 12 ferries were idle. He said 40 crews had quit."
    claim = _claim(text, "40")
    (att,) = claim.attributions
    assert att.source.text == "He"
    assert att.resolved is None
    assert att.kind == "named"


def test_they_still_resolves_to_a_plural_source():
    text = "Analysts at the bank said 12 ferries were idle. They said 40 crews had quit."
    claim = _claim(text, "40")
    (att,) = claim.attributions
    assert att.resolved == "Analysts at the bank"
