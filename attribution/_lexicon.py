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
"""Words that take a period without ending the sentence (matched lowercase, without the dot),
when capitalised as they are written ("Gov.", "Ill.", "Sept.") or, in lower case, before a
digit ("no. 3"): "were ill." and "said no." end sentences."""

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

ATTRIBUTIVE_ABBREVIATIONS = frozenset("u.s u.k u.n e.u".split())
"""Dotted abbreviations of countries and bodies, written before a noun ("U.S. officials"), as
the word before their last period."""

NOUN_STARTERS = frozenset("Shares Sales Analysts Officials Police".split())
"""The nouns of SENTENCE_STARTERS: after an attributive abbreviation they are its noun, written
with a capital in some wire copy ("..., U.S. Officials said"), not a new sentence."""

# --- numbers --------------------------------------------------------------------------------

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
}
"""Cardinal number words and their values."""

MAGNITUDE_WORDS = {
    "hundred": 100,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
"""Number words that multiply what comes before them."""

GROUP_WORDS = {"hundred": 100, "dozen": 12}
"""Number words that multiply just the number right before them, or one ("a dozen" is 12, "two
hundred and five thousand" is 205,000)."""

SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "crore": 1e7,
    "lakh": 1e5,
    "hundred": 100,
}
"""Scale words after digits ("3bn", "1.2 million") and their multipliers."""

CURRENCY_SYMBOLS = {
    "US$": "USD",
    "$": "USD",
    "A$": "AUD",
    "C$": "CAD",
    "HK$": "HKD",
    "NZ$": "NZD",
    "S$": "SGD",
    "NT$": "TWD",
    "R$": "BRL",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₦": "NGN",
    "RM": "MYR",
    "Rs": "INR",
    "Rs.": "INR",
    "EUR": "EUR",
    "USD": "USD",
    "GBP": "GBP",
    "CHF": "CHF",
    "JPY": "JPY",
    "INR": "INR",
    "R": "ZAR",
}
"""Currency signs and codes written before the number, and their ISO codes."""

CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "dlr": "USD",
    "dlrs": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "franc": "CHF",
    "francs": "CHF",
    "marks": "DEM",
    "rupee": "INR",
    "rupees": "INR",
    "peso": "MXN",
    "pesos": "MXN",
    "shilling": "KES",
    "shillings": "KES",
    "rand": "ZAR",
    "ringgit": "MYR",
    "won": "KRW",
    "lira": "TRY",
    "roubles": "RUB",
    "rouble": "RUB",
    "rubles": "RUB",
    "ruble": "RUB",
    "naira": "NGN",
    "riyals": "SAR",
    "dirhams": "AED",
    "cents": "USD",
    "cent": "USD",
    "cts": "USD",
    "ct": "USD",
    "pence": "GBP",
    "guilders": "NLG",
    "guilder": "NLG",
    "crowns": "SEK",
    "kronor": "SEK",
    "kroner": "NOK",
    "baht": "THB",
    "rupiah": "IDR",
    # as old market copy writes them ("three billion stg", "1.26 cruzados")
    "stg": "GBP",
    "cruzado": "BRC",
    "cruzados": "BRC",
    "cruzeiro": "BRB",
    "cruzeiros": "BRB",
    "australs": "ARA",
    "escudos": "PTE",
    "escudo": "PTE",
    "pesetas": "ESP",
    "peseta": "ESP",
    "lire": "ITL",
    "drachmas": "GRD",
    "drachma": "GRD",
    "schillings": "ATS",
    "schilling": "ATS",
    "zlotys": "PLN",
    "zloty": "PLN",
    "forints": "HUF",
    "forint": "HUF",
    "dinars": "DZD",
    "dinar": "DZD",
    "rials": "IRR",
    "rial": "IRR",
    "bolivars": "VEB",
    "shekels": "ILS",
    "shekel": "ILS",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "kwacha": "ZMK",
    "cedis": "GHS",
    "cedi": "GHS",
    "krona": "ISK",
    "kronur": "ISK",
    "krone": "DKK",
    "riyal": "SAR",
    "dirham": "AED",
    "d-marks": "DEM",
    "deutsche marks": "DEM",
    # named by their country ("2.4bn Australian dollars"), so a conversion after them is seen
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "hong kong dollars": "HKD",
    "new zealand dollars": "NZD",
    "singapore dollars": "SGD",
    "taiwan dollars": "TWD",
    "swiss francs": "CHF",
    "french francs": "FRF",
    "belgian francs": "BEF",
    "swedish crowns": "SEK",
    "danish crowns": "DKK",
    "norwegian crowns": "NOK",
    "kenyan shillings": "KES",
    "indian rupees": "INR",
    "mexican pesos": "MXN",
    "saudi riyals": "SAR",
    "luxembourg francs": "LUF",
    # the European Community's unit of account in old wire copy ("1.7 billion Ecus")
    "ecu": "XEU",
    "ecus": "XEU",
    "european currency units": "XEU",
    # a country's dollars in wire copy's short form ("300 mln H.K. dlrs")
    "u.s. dlrs": "USD",
    "h.k. dlrs": "HKD",
    "n.z. dlrs": "NZD",
    "hong kong dlrs": "HKD",
    "canadian dlrs": "CAD",
    "australian dlrs": "AUD",
    "taiwan dlrs": "TWD",
    "singapore dlrs": "SGD",
}
"""Currency words written after the number ("840 mln dlrs") and their ISO-like codes."""

GLUED_CURRENCIES = {"p": "GBP"}
"""Currency letters glued to the digits, lowercase only ("a 300p share price", pence): "5P"
is a name and "4 p.m." a time."""

TIME_ZONES = tuple("GMT gmt UTC BST CET EST EDT CST CDT MST MDT PST PDT ET PT JST HKT SGT".split())
"""Time zones after a clock time ("1030 GMT", "1400 CST"): the number before one is a time."""

FRACTION_UNITS = ("pct", "percent", "per cent", "percentage", "point", "points")
"""Words after a fraction in digits ("1/4 point", "5/8 pct") that make it an amount, not a
date ("7/8") or a code: the moves of rates and prices in wire copy."""

FRACTION_MOVES_BEFORE = ("up", "down", "off", "less")
"""Words of a price's move before a fraction in digits that ends its clause ("off 1/8.", "up
3/8, while"): the fraction is the move, not a date."""

FRACTION_MOVES_AFTER = ("lower", "higher")
"""Words of a price's move right after a fraction in digits ("were 5/16 lower")."""

FRACTIONS = {
    "half": 0.5,
    "halves": 0.5,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 0.25,
    "quarters": 0.25,
    "fifth": 0.2,
    "fifths": 0.2,
    "sixth": 1 / 6,
    "sixths": 1 / 6,
    "seventh": 1 / 7,
    "sevenths": 1 / 7,
    "eighth": 0.125,
    "eighths": 0.125,
    "ninth": 1 / 9,
    "ninths": 1 / 9,
    "fourth": 0.25,
    "fourths": 0.25,
    "tenth": 0.1,
    "tenths": 0.1,
    "hundredth": 0.01,
    "hundredths": 0.01,
}
"""Fraction words ("two-thirds", "a quarter of") and the share each names."""

MULTIPLIERS = {
    "once": 1.0,
    "twice": 2.0,
    "thrice": 3.0,
    **{
        word + "fold": float(n)
        for n, word in enumerate("two three four five six seven eight nine ten".split(), start=2)
    },
    "twentyfold": 20.0,
    "hundredfold": 100.0,
    "thousandfold": 1000.0,
}
"""Multiplier words that state an amount ("more than twice the number", "grew tenfold");
"once" only as a frequency ("at least once a month")."""

MULTIPLIER_FORMS = {
    **{word: 2.0 for word in "double doubled doubling".split()},
    **{word: 3.0 for word in "triple tripled tripling".split()},
    **{word: 4.0 for word in "quadruple quadrupled quadrupling".split()},
    **{word: 0.5 for word in "halve halved halving".split()},
}
"""Multipliers as verbs and adjectives ("sales doubled", "nearly double what it was", "halved
its grant"): an amount when they act on one, not when they describe a noun ("a double room")."""

MULTIPLIER_OBJECTS = frozenset(
    """
    the a an its their his her our my your this that these those what in to from than
    """.split()
)
"""Words after a base-form multiplier ("double", "triple") that make it act on an amount
("double the number", "double what it was", "double in size") rather than describe a noun."""

MULTIPLIER_IDIOMS = frozenset("as up over down back check checked checking".split())
"""Particles after a multiplier verb that make it an idiom, not an amount ("doubled as a
clinic", "doubled up", "doubling down", "double check")."""

MATCH_LEADS = frozenset("lead advantage".split())
"""Nouns after a multiplier verb and a possessive that make it a game event: "United doubled
their lead after 61 minutes" (spec 5: events within a match are no claims)."""

APPROXIMATE_QUANTITIES = (
    # said twice for emphasis: one quantity ("thousands and thousands of fans")
    "dozens and dozens",
    "hundreds and hundreds",
    "thousands and thousands",
    "millions and millions",
    "billions and billions",
    "hundreds of thousands",
    "tens of thousands",
    "hundreds of millions",
    "tens of millions",
    "hundreds of billions",
    "tens of billions",
    "hundreds of trillions",
    "tens of trillions",
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "trillions",
)
"""Quantity words with no exact value; a claim when followed by "of" (or "more")."""

BARE_APPROXIMATE_QUANTITIES = tuple(q for q in APPROXIMATE_QUANTITIES if q != "scores")
"""Of those, the ones that are a claim standing alone too ("Thousands marched", "died by the
thousands", "among thousands"); "scores" needs its "of" ("the scores were level")."""

HEDGES = {
    "more than": "more than",
    "over": "more than",
    "upwards of": "more than",
    "in excess of": "more than",
    "just over": "more than",
    "well over": "more than",
    "more-than-": "more than",
    "above": "more than",
    "at least": "at least",
    "no fewer than": "at least",
    "no less than": "at least",
    "a minimum of": "at least",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "nearly": "about",
    "almost": "about",
    "close to": "about",
    "an estimated": "about",
    "estimated": "about",
    "circa": "about",
    "approx.": "about",
    "just under": "about",
    "perhaps": "about",
    "an average of": "about",
    "up to": "up to",
    "as many as": "up to",
    "as much as": "up to",
    "as high as": "up to",
    "as low as": "up to",
    "a maximum of": "up to",
    "fewer than": "fewer than",
    "less than": "fewer than",
    "under": "fewer than",
    "below": "fewer than",
    "just below": "fewer than",
}
"""Hedges before a number and the bound each states."""

MEASURE_UNITS = frozenset(
    """
    tonnes tonne tons ton kg kilograms kilogram kilos kilo grams gram g lb lbs pounds ounces
    ounce oz km kilometres kilometers kilometre kilometer miles mile metres meters metre meter m
    cm mm feet foot ft inches inch yards acres acre hectares hectare litres liters litre liter
    gallons gallon barrels barrel bpd bushels bushel boxes bales degrees degree celsius
    fahrenheit mph kph knots mw gw kw kwh mwh gwh twh watts megawatts gigawatts calories
    points basis bps troy sq square cubic
    kb mb gb tb megabyte megabytes gigabyte gigabytes terabyte terabytes mbps gbps mhz ghz
    """.split()
)
"""Units of measure after a number; they make the claim a measure (not part of the token)."""

TIME_UNITS = frozenset(
    """
    second seconds sec secs minute minutes min mins hour hours hr hrs day days night nights
    week weeks fortnight fortnights month months year years yr yrs decade decades century centuries
    millennium millennia term terms season seasons semester semesters quarter-century
    weekend weekends mth mths wk wks
    """.split()
)
"""Time units: a number counting them is a duration, not a claim (spec section 1)."""

REFERENCE_WORDS = frozenset(
    """
    no no. nos number num # article articles paragraph paragraphs para page pages section
    sections chapter chapters clause clauses resolution resolutions flight flights route routes
    highway interstate room rooms gate gates platform platforms level grade category size model
    version versions vol volume issue episode episodes series stage phase division district
    zone channel track line bus lot exhibit unit ward block top ranked ranks rank ranking
    placed finished came code act rule rules step steps item items proposition prop question
    questions row seat pier terminal precinct box apartment apt suite floor tier type part
    """.split()
)
"""Words after which a bare number names or ranks something ("Article 51", "ranked 114")."""

STREET_WORDS = frozenset(
    """
    street st road rd avenue ave lane boulevard blvd drive way place square terrace crescent
    court highway parkway plaza
    """.split()
)
"""Words ending a street's name: a number before the name is its address ("10 Vik Street")."""

COMPASS_REGIONS = (
    "korea",
    "africa",
    "america",
    "carolina",
    "dakota",
    "vietnam",
    "yemen",
    "sudan",
    "ireland",
    "wales",
    "asia",
    "europe",
    "australia",
    "pacific",
    "atlantic",
)
"""Stems of regions written after an abbreviated compass point ("S. Korean", "N. American"):
a number before them counts people or things, not a house on a street ("5401 N. Elston")."""

AGE_BEFORE = (
    "aged", "age", "ages", "age of", "ages of", "age to", "age from", "turn", "turns", "turned",
    "turning",
)  # fmt: skip
"""Words (one or two) just before a number that make it an age ("aged 45", "turned 60", "the
voting age to 16")."""

AGE_SIDE_NOUNS = frozenset(
    "boys girls team teams side sides squad squads players league cup".split()
)
"""Nouns after "under" and an age that make an age group's side ("the under 14 boys",
"England's under 20 team"), written without the hyphen of "under-21"."""

AGE_HEDGES = ("just", "only", "barely", "nearly", "almost", "about", "around", "over", "under")
"""Words that may stand between an age word and the age ("at the age of just 28")."""

AGE_BRACKET_NOUNS = frozenset(
    "group groups bracket brackets band bands range ranges category categories".split()
)
"""Nouns after "age" that make the numbers before it an age group's bounds ("the 15 to 24 age
group", "the 65-plus age bracket")."""

AGE_BEARING_NOUNS = frozenset(
    "boy girl man woman child son daughter toddler teenager youth".split()
)
"""Singular person nouns before "of" and a small bare number that make it their age ("a boy of
14"); a plural's "of" gives whose ("children of three directors"), and "the baby of six" is
the youngest of six."""

APPOSED_AGE_ADVERBS = ("now", "also", "then", "still", "just", "only", "both")
"""Adverbs that may open an age set off after a name ("Ana Lee, now 78,", "Jo Reed, also 19,",
"Ana and Jo Reed, both 19,")."""

BARE_AGE_BEFORE = (
    "dies at",
    "died at",
    "he was",
    "she was",
    "i was",
    "he is",
    "she is",
    "i am",
    "he's",
    "she's",
    "i'm",
    "who is",
    "who was",
    "he will be",
    "she will be",
    "i will be",
    "he would be",
    "she would be",
    "i would be",
    "he was just",
    "she was just",
    "i was just",
    "he was only",
    "she was only",
    "i was only",
)
"""Words (two or three) just before a number that make it an age when no noun follows it
("died at 81.", "dies at 74 after ...", "when she was 14,", "I was 16 when ...", "I'm 73",
"Vik, who is 45, said", "when she will be 34.", "when he was just 14,"; "12 died at two
hospitals" counts)."""

AGE_RANGE_BEFORE = ("aged", "age", "ages", "age of", "ages of")
"""Words just before a range that make it a range of ages ("aged 18-24", "ages of 18 and 24")."""

SPORTS_WORDS = frozenset(
    """
    won win wins winning beat beats beating beaten defeated defeat defeats drew draw draws
    drawn lost lose loses losing victory victories lead leads led leading trail trailed
    trailing score scored scores scoreline edged edging thrashed thrashing routed crushed triumph
    home away half-time halftime aggregate penalties shootout tie tied sets set game games
    match
    """.split()
)
"""Words near "3-1" that make it a sports score rather than a range."""

FEELING_BEFORE = frozenset("feel feels felt feeling am i'm i’m".split())
"""Words before "100%" that make it a figure of speech ("I feel 100% again", "I'm 100%")."""

RACE_UNITS = frozenset(
    "m metres meters metre meter km kilometres kilometers kilometre kilometer miles mile yards "
    "yard lengths length laps lap".split()
)
"""Units a race is run over or won by ("the 9km race", "by three lengths")."""

RACE_WORDS = frozenset(
    """
    race races run event final finals heat heats title record relay freestyle backstroke
    breaststroke butterfly medley hurdles sprint steeplechase marathon swim champion
    championship championships gold silver bronze leg stage course walk events
    semi-final semi-finals runner runners hurdler hurdlers swimmer swimmers
    """.split()
)
"""Words after a distance that make it the name of a race or its result ("the 400m final")."""

SHOT_WORDS = frozenset(
    """
    shot shots drive drives effort efforts strike strikes header headers kick kicks free-kick
    volley volleys curler chip lob finish attempt penalty goal goals try field punt fired cross
    curled struck scored hit blasted drilled headed kicked
    """.split()
)
"""Words before "from" and a distance in yards that make it where a shot was taken from in a
match ("a low drive from 25 yards", "kicked a goal from 45 yards"): a game event."""

RACE_STRETCH_BEFORE = frozenset("last final closing first".split())
"""Words before a distance that make it a stretch of a race ("over the final three kilometres")."""

MATCH_UNITS = frozenset("games points sets holes frames innings overs goals".split())
"""Units of a match counted in a stretch of it ("won the next five games", "the last three
holes", "netted the first three goals"): a game event, not a claim (spec 5)."""

MATCH_EVENT_NOUNS = frozenset(
    """
    tries try aces ace corners free-kicks drop-goals
    """.split()
)
"""Events of one match, counted within it ("Lund ran in two tries", "served eight aces"):
game events, not claims (spec 5), unless the count runs over a season or a career."""

MATCH_EVENT_PAIRS = frozenset(
    (first, second)
    for first, second in (
        ("double", "faults"),
        ("break", "points"),
        ("match", "points"),
        ("set", "points"),
        ("drop", "goals"),
        ("free", "kicks"),
        ("penalty", "attempts"),
        ("shots", "at"),
        ("shots", "on"),
        ("unforced", "errors"),
    )
)
"""Two-word events of one match ("three match points", "two double faults")."""

LIFE_EVENTS = frozenset(
    """
    died dies retired retires retire retiring married marries youngest oldest
    """.split()
) | frozenset(("left school", "leaving school", "turned professional", "turned pro"))
"""Events of a life, and the superlatives of age, before "at" and an age in the same clause
("died in Vik at 50", "retired at 65", "left school at 15", "the youngest manager at 19"): the
number is an age."""

KICKING_VERBS = frozenset(
    """
    kick kicked slot slotted land landed convert converted miss missed struck booted added
    kicking slotting missing
    """.split()
)
"""Verbs before "N penalties" that make them kicks in one match ("slotted two penalties"), not
fines or sentences."""

POINT_KICKING_VERBS = frozenset("kicked kicking kicks booted slotted".split())
"""Verbs before "N points" that make them a kicker's in one match ("kicked 17 points"); "added
0.4 point" is a growth rate's, so "added" is not one."""

SCORING_VERBS = frozenset("scored scoring scores netted netting".split())
"""Verbs before "twice" or "N times" that make them goals of one match ("scoring twice late
on"); "struck twice" is as often a deal's."""

TIMING_VERBS = frozenset("clocked clocking clocks timed ran".split())
"""Verbs before a number with decimals that make it a race time ("clocking 7.41")."""

MATCH_EVENT_MODIFIERS = frozenset(
    """
    more early late earlier further straight consecutive successive unanswered quick
    second-half first-half kickable easy simple long-range late-game
    """.split()
)
"""Words that may stand between a number and the event it counts ("three more late
penalties")."""

SEASON_WORDS = frozenset(
    """
    season seasons career campaign tournament championship competition year years total
    record matches games appearances caps tests internationals outings starts series league
    altogether far
    """.split()
)
"""Words near an event count that make it a season's, a tournament's or a career's ("14 tries
this season", "six tries in the tournament"): a tally, a claim."""

SPREAD_VERBS = frozenset("range ranges ranging ranged vary varies varying varied".split())
"""Verbs after which "from X to Y" is one range, a spread of values ("fares ranging from 2 to 9
euros"), not a change."""

SPREAD_LINKS = frozenset("from between by as up to".split())
"""Words after a verb of spread that give its spread ("range from", "vary by", "ranged as high
as"): after them "range" and "vary" are verbs, not nouns ("the double-digit range compares")."""

SCORE_WORDS = SPORTS_WORDS | frozenset(
    """
    loss losses down up ahead deficit advantage hammering trounced demolished victors winners
    triumphing success humiliation stalemate record
    """.split()
)
"""Words after a dashed pair that runs down ("19-13 Six Nations loss", "17-6 down") that make
it a score; too common near ranges ("a loss of 19-24 cts") to mark one on their own."""

VOTE_WORDS = frozenset(
    """
    vote votes voted voting passed approved decision ruling majority ballot tally verdict
    favour favor margin split
    """.split()
)
"""Words near a dashed pair that runs down ("272-219", "a 2-1 decision") that make it a vote
tally, a claim, rather than a score or betting odds."""

ONE_NOT_COUNTING_AFTER = frozenset(
    """
    of another or by day time thing way point side hand place another other who which that
    is was has had can could would will should must may might does did and more less
    another's another thing day's of the another,
    """.split()
)
"""Words after "one" that make it a pronoun or determiner ("one of the", "one day")."""

ONE_NOT_COUNTING_BEFORE = frozenset(
    "no any every each the this that which what someone anyone everyone such little last big "
    "right wrong the same another no-one".split()
)
"""Words before "one" that make it a pronoun ("no one", "the one")."""

LIST_LINKS = frozenset("and or nor to in of for with at on from by per vs versus".split())
"""Words that go on with a list or a phrase rather than a clause: after "Vik (12)" they make
the bracketed number a count in a list, not an age before its verb ("Ms Ortiz (41) denies")."""

ANAPHOR_DETERMINERS = frozenset({"the", "these", "those"})
"""Determiners that make "the two countries" a re-mention when the count was given before."""

PARTITIVE_POSITIONS = frozenset(
    "last first past previous next latest remaining other original".split()
)
"""Words of position before a partitive's whole ("six of their last 11", "40 of its
remaining 90"): the part and the whole are still one claim, a ratio."""

REFERRING_ADJECTIVES = frozenset("original same aforementioned".split())
"""Adjectives between a determiner and a number that point back to a group counted before ("the
original four members", "the same 40 ships"): with the count given before, a re-mention."""

DEFINITE_GROUP_BEFORE = frozenset("the these those both".split())
"""Words before a small number word that make it a definite re-mention of a group the article
already gave or named ("the two countries", "The three left"), unless a superlative follows
("the two most senior bankers" introduces them) or "of" comes before ("one of the five
dealers"). "all four" is left out: it as often introduces ("knew all four members")."""

POSSESSIVE_DETERMINERS = frozenset("its their his her our".split())
"""Possessives that make a figure already stated a re-mention ("its 42.5 pct stake")."""

REPEAT_QUALIFIERS = frozenset("extra additional same aforementioned".split())
"""Words between "the" and a figure stated before that say it again ("the extra $600 per
week"); after "the", another word gives the figure anew ("the present 15 pct rate", a
speaker's new point), after a possessive any word may ("its current 37.5 pct holding")."""

LIST_OF_ITSELF_BEFORE = frozenset("these those".split())
"""Words before a number that make it an article's count of its own list or of a group it
just listed ("these 9 chains", with "here are 7 ways")."""

ONE_COUNT_BEFORE = frozenset("only just single exactly".split())
"""Words before "one" that make it a count ("only one clinic"), as a hedge does."""

TOLL_WORDS = frozenset(
    """
    died dies dead death deaths killed injured wounded hurt missing arrested detained infected
    hospitalised hospitalized confirmed reported
    """.split()
)
"""Words of a toll near "one" that make it a count in a factual statement ("one woman
died", "one reported death", "the death of one worker")."""

ONE_PRONOUN_AFTER = frozenset("if when unless whether once until because while".split())
"""Subordinators before "one" that make it a pronoun subject ("if one starts")."""

NAMING_WORDS = frozenset("called named titled entitled dubbed".split())
"""Words after which a number is (part of) a name ("a film called 40 Winters")."""

DENOMINATION_NOUNS = frozenset("note notes bill bills coin coins banknote banknotes".split())
"""Nouns after a small sum that make it a denomination ("a $50 note"), not an amount."""

SECURITY_CLASS_WORDS = frozenset("convertible cumulative exchangeable preferred preference".split())
"""Words right after a small sum that make it the name of a class of stock, the dividend it
pays ("its 4.50 dlr cumulative preferred stock", "the 2.50-dlr convertible series B"), as a
bond's coupon names the bond: an identifier, not an amount."""

SUPERLATIVE_WORDS = frozenset("most least first last top leading biggest largest".split())
"""Words after "the two" that introduce a group rather than re-mention it."""

LIST_LINK_ADVERBS = ("even", "perhaps", "maybe", "possibly")
"""Adverbs that may stand after the "and" or "or" that ends a list of numbers sharing the word
after its last one ("six, four, or even two weeks")."""

NUMBER_IDIOMS = (
    "in two minds",
    "knocked for six",
    "hit for six",
    "of two minds",
    "high five",
    "take five",
    "my two cents",
    "his two cents",
    "her two cents",
    "their two cents",
    "kill two birds",
    "with one stone",
    "on cloud nine",
    "forty winks",
    "to square one",
    "a million miles",
    "a thousand words",
    "think twice",
    "thinks twice",
    "thought twice",
    "thinking twice",
    "thing or two",
    # positions in a team's formation: "lined up with a back five", "the front five"
    *(
        f"{det} {side} {n}"
        for det in ("the", "a")
        for side in ("back", "front")
        for n in ("three", "four", "five")
    ),
)
"""Set phrases whose number word counts nothing ("in two minds", "a high five", "think
twice", "the back four" of a team); the number word is the one in ``NUMBER_WORDS`` or
``MULTIPLIERS`` (or a token such as "a million")."""

ONE_PREPOSITIONS = frozenset(
    """
    near inside outside beside beneath underneath across along amid amidst opposite towards
    toward aboard alongside
    """.split()
)
"""Prepositions that are not in ``FUNCTION_WORDS``: "one" before one of them is a pronoun
("Two cubs were found, one near the dam"), as before "in" or "with". Those that may give
a difference ("one behind the leader", "one below the minimum") are left out."""

HALF_STATES = frozenset(
    """
    open empty full built asleep awake dead naked closed shut finished done drunk hearted
    jokingly seriously
    """.split()
)
"""Words after "half" that make it a degree, no share ("worn half open", "left half built");
so does any "-ed" or "-en" word ("half finished", "half eaten")."""

AMOUNT_HEADS = frozenset(
    """
    lead majority margin increase rise gain jump decline drop fall loss surplus deficit
    shortfall cut reduction return dividend cargo cargoes shipment contract share stake order
    purchase sale payment dose gap
    """.split()
)
"""Nouns whose amount is the number before them: "a 92 seat majority", "a 50 tonne
increase", "a 20,000 tonne cargo" state that quantity, as "a 10,000-vote majority" does; "a
40 foot section" only describes its noun."""

IN_GAME_UNITS = frozenset(
    "goal goals run runs stroke strokes shot shots try tries wicket wickets set sets game games "
    "time".split()
)
"""Units of a lead within a game ("a two-goal lead", "a two-set lead", "a 17-6 half-time
lead"): a game event, no claim (spec 5), where "a one-point cut" or "a 10,000-vote majority"
states an amount; "time" also for an occasion ("a one-time payment")."""

SIZE_UNITS = frozenset(
    "foot feet metre metres meter meters mile miles inch inches page pages paragraph "
    "paragraphs digit digits".split()
)
"""Units that describe the thing after them however it is counted ("a 200-foot drop" of a
ride, "a two-paragraph order", "a three-digit jump"): a descriptor."""

DESCRIPTOR_NOUNS = frozenset("member nation seat man strong bed room storey".split())
"""Group and capacity nouns that, singular after a number, make it a descriptor written
without its hyphen ("the 30 member cabinet", "the 25 nation bloc", "a 200 bed hospital")."""

DURATION_MODIFIERS = frozenset("more additional extra further full whole".split())
"""Words between a number and its time unit that leave it a duration ("for two more weeks",
"three full days")."""

TERM_ADJECTIVES = frozenset("long short medium near".split())
"""Words that make "term" after them half of an adjective, not a time unit ("8,000 long term
care beds", "a short term loan")."""

HOUSEHOLD_NOUNS = frozenset(
    """
    family families household households mother mothers mom moms mum mums father fathers dad
    dads parent parents grandmother grandmothers grandfather grandfathers grandparent
    grandparents grandma grandpa
    """.split()
)
"""Nouns before "of" and a bare number that make it the size of a household, a descriptor
("a family of four", "a mother of two"): not a count the reader checks."""

AGE_GROUP_NOUNS = frozenset(
    """
    people persons adults children kids men women voters those anyone everyone residents
    patients workers citizens pensioners drivers customers members
    """.split()
)
"""Plural people nouns before "over"/"under" and a bare number that make it an age bound
("voters over 60", "children under 5"); "firms with over 60 staff" counts."""

FURNITURE = (
    # a credit line; not a participle opening a sentence that goes on after a comma or
    # straight after the name ("Produced by Vik Films, the show cost $4m", "Compiled by Vik
    # Research the survey found")
    r"\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|produced)\s+by\b"
    r"(?![^\n,;]*+,[ \t]*+(?:the|a|an|its|his|her|their|it|he|she|they|this|these)\b)"
    r"(?![^\n,;]*?\p{Lu}[\p{L}&.'’-]*+[ \t]++(?-i:the|a|an|its|his|her|their)\b)",
    r"read\s+more\b",
    r"scroll\s+down\b",
    r"click\s+here\b",
    r"sign\s+up\b",
    r"(?:this|the)\s+(?:story|article|report|version\s+of\s+(?:this|the)\s+story)\s+"
    r"(?:was|has\s+been|corrects|is|first|originally|appeared)\b",
    # "(This version of the 3 May story fixes ...)": a dated story
    r"\(?this\s+version\s+of\s+the\s+(?:[\w.'-]+\s+){0,4}?story\b",
    r"follow\s+(?:us|@)",
    r"copyright\b",
    r"©",
    r"all\s+rights\s+reserved\b",
    r"(?:photo|image|picture|video)(?:\s+credit)?\s*:",
    r"related\s*:",
    # a link line's label: "See more: 31 free classes ...", "More: Ford's launches ..."
    r"see\s+(?:more|also)\s*:",
    r"more\s*:",
    r"watch\s*:",
    r"listen\s*:",
    r"advertisement\b",
    r"subscribe\b",
    r"get\s+the\s+latest\b",
    r"contact\s+(?:the\s+)?(?:reporter|author|writer)\b",
    r"page\s+\d+\s+(?:of|/)\s+\d+\b",
    r"slideshow\s*\(\s*\d+\s+images?\s*\)(?=[ \t]*(?:\n|$))",
    # a wire story's exchange-rate footnote: "($1 = 75.7770 Indian rupees)"
    # (its opening bracket is read before the patterns)
    r"(?:us)?\$\s*1\s*=\s*[\d.,]+\s+[^()\n]{1,40}\)",
)
"""Regexes (matched at a sentence's start, case-insensitive) for page furniture."""

PARAGRAPH_FURNITURE = (
    r"corrections?\s*:",
    r"clarifications?\s*:",
    r"read\s+more\s*:",  # a promotion of another story, its blurb with it
    # a link to another story, its label glued to its headline, no full stop closing it:
    # "Mall news:Vik Corp to shut 40 stores" (a label ends with a letter, so "at 6:58" is no
    # label; "Italy:Italy's outbreak ... deaths." in a roundup is body text)
    r"(?-i:[A-Z][\w' ,&-]{0,60}[A-Za-z]):(?=(?-i:[A-Z])|[\"'$‘“])"
    r"(?=[^\n]*[^.!?\"”\s][ \t]*(?:\n|$))",
)
"""Regexes (matched at a paragraph's start, case-insensitive) for a note that makes its whole
paragraph furniture: "Correction: A previous draft of this story gave the toll as 40. ...",
"Read more: ..." before another story's headline and blurb, and a link to another story whose
label is glued to its headline."""

MONTHS = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
).split()
"""Month names and abbreviations (capitalised); a number beside one is a date."""

WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
"""Weekday names."""

FUNCTION_WORDS = frozenset(
    """
    a an the and or but nor of in on at to for from by with without about around over under
    after before during since until than as into onto upon via per among between within
    is are was were be been being am has have had do does did will would shall should can could
    may might must this that these those it its he she they we i you his her their our my your
    him them us me who whom whose which what when where why how all some any each every both
    either neither no not only just nearly almost roughly approximately up down out off more
    less most least fewer many much several few other another such same own also still even
    if so then there here while although though because once whether yet
    said says say told tells reported reports estimated announced added confirmed
    """.split()
)
"""Common words that are never names: a capitalised one does not make "Article 51"-style IDs."""

# --- attribution cues -----------------------------------------------------------------------

REPORTING_VERBS = frozenset(
    """
    say says said saying tell tells told telling report reports reported reporting
    contend contends contended contending reiterate reiterates reiterated reiterating
    estimate estimates estimated estimating announce announces announced add adds added
    confirm confirms confirmed write writes wrote written claim claims claimed state states
    stated note notes noted identify identifies identified find finds found warn warns warned
    expect expects expected predict predicts predicted forecast forecasts forecasted show shows
    showed shown post posts posted tweet tweets tweeted publish publishes published reveal
    reveals revealed disclose discloses disclosed insist insists insisted argue argues argued
    explain explains explained acknowledge acknowledges acknowledged admit admits admitted
    testify testifies testified project projects projected calculate calculates calculated
    count counts counted recorded indicate indicates indicated suggest suggests
    suggested believe believes believed think thinks thought inform informs informed declare
    declares declared cite cites cited recall recalls recalled allege alleges alleged complain
    complains complained concede concedes conceded reply replies replied respond responds
    responded assert asserts asserted maintain maintains maintained mention mentions mentioned
    observe observes observed remark remarks remarked anticipate anticipates anticipated reckon
    reckons reckoned calls called put puts told tells boast boasts boasted stress stresses
    stressed emphasise emphasises emphasised emphasize emphasizes emphasized list lists listed
    put puts register registers registered tally tallies tallied measure measures measured
    announced quoted quote quotes predicted projected estimated envisage envisages envisaged
    envision envisions envisioned feature features featured conclude concludes concluded
    determined ruled fear fears feared highlight highlights highlighted flagged caution
    cautions cautioned remind reminds reminded assure assures assured notify notifies notified
    underlined underscored reaffirmed worry doubted hear hears heard
    warning estimating predicting forecasting claiming arguing insisting noting suggesting
    showing indicating projecting expecting adding stating confirming announcing revealing
    telling writing explaining acknowledging admitting calculating citing stressing
    detailing
    """.split()
)
"""Reporting and forecasting verbs in every inflection: with a subject, each is a cue. A
document's participle that sets out its content counts ("a report detailing how 40 homes
flooded"); "detailed" is left out, an adjective as often ("a detailed plan"), and so are
"describing" and "outlining", which as often open the reporter's gloss ("said, outlining
the rules for the port town of 9,000 people")."""

THAT_NON_REPORTING = frozenset(
    """
    means meant ensures ensured hopes hoped wishes wished demands demanded
    denies denied seems seemed appears appeared requests requested pretends pretended
    provided assumed assumes given guarantees guaranteed proves proved disappointed surprised
    pleased delighted worried concerned convinced relieved shocked frustrated satisfied angered
    saddened encouraged alarmed dismayed amazed astonished stunned started decided learned
    realized realised noticed remembered forgot emerged transpired turned turns worked works
    figured figures
    """.split()
)
"""Verbs that take a that-clause without reporting it as their subject's figure ("means
that", "hoped that", "denied that"): a verb known only by its shape before "that" is a cue
unless it is here. The list only excludes."""

MODALS = frozenset("can could may might must shall should will would".split())
"""The modal verbs, before a verb's bare form."""

OBLIGATION_MODALS = frozenset("must shall".split())
"""Modals right before a reporting verb that make it a duty, not a report ("firms must report
stakes above 5%")."""

MANNER_SPEECH_VERBS = frozenset("say says said told tells added adds wrote writes".split())
"""Verbs of speech whose "with" gives the manner ("said with a smile that ..."); any other
reporting verb before "with" is an action ("responded with six goals")."""

FIGURE_VERBS = frozenset(
    "estimate estimates estimated reckon reckons reckoned put puts forecast forecasts".split()
)
"""Verbs whose object is a figure the subject gives: after a pronoun they may hang a reduced
relative on the figure before them ("the $2bn she estimates is owed"), as speech verbs do,
where a verb of judgment ("300 inmates it judged were at risk") describes the figure."""

OBJECT_VERBS = frozenset(
    """
    tell tells told telling inform informs informed remind reminds reminded assure assures
    assured notify notifies notified
    """.split()
)
"""Reporting verbs that take the hearer as an object before the content ("told reporters")."""

TO_HEARER_VERBS = frozenset("write writes wrote written writing".split())
"""Reporting verbs whose hearer follows "to" before the content ("has written to three of the
men telling them ..."): the hearers' count is no part of what they were told."""

NEGATIONS = frozenset("not n't never no declined refused nobody none neither".split())
"""Words just before a reporting verb that negate it ("did not say", "nobody has said")."""

AUXILIARIES = frozenset(
    """
    has have had is are was were be been will would could should may might must shall can do
    does did also later previously earlier again further separately recently now then still
    already first once yet subsequently initially officially publicly privately separately
    afterwards afterward there here both
    """.split()
)
"""Words between a subject and its reporting verb that do not belong to either ("officials
there confirmed", "Vik and Lund both said")."""

AGENTLESS_CUES = (
    r"it(?:\s+(?:is|was|has\s+been|had\s+been)|['’]s)\s+(?:estimated|feared|believed|thought|"
    r"understood|reported|expected|projected|forecast|predicted|said|claimed|alleged|known|"
    r"calculated)",
    # an announcement without its maker, only before what it announces ("it was announced at
    # noon that"), as "when it was announced" tells an event
    r"it\s+(?:is|was|has\s+been|had\s+been)\s+(?:announced|disclosed|confirmed|revealed)"
    r"(?=(?:\s+[\w.]+){0,3}?\s+that\b)",
    r"(?:is|are|was|were|been|being)\s+(?:(?:now|also|first|[a-z]+ly)\s+)?(?:estimated|expected|"
    r"thought|believed|feared|said|projected|forecast|predicted|reported|understood|"
    r"rumou?red|alleged|claimed|calculated|revealed|found|shown|tipped)\s+(?:to|that|as)\b",
    r"(?:is|are|was|were|been|being)\s+(?:(?:now|also|first|[a-z]+ly)\s+)?(?:estimated|projected|"
    r"forecast|calculated|put)\s+at\b(?!\s+risk\b)",
    r"it\s+(?:emerged|transpired|appeared|appears|seems|seemed)\s+that",
    # "that" left out: "it emerged a local man had been told ...", "it emerged his target ..."
    r"it\s+(?:has\s+|had\s+)?(?:emerged|transpired)(?=\s+(?:a|an|the|his|her|its|their|our|"
    r"it|he|she|they|we|some|many|several)\s)",
    r"there\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:growing|widespread|some|much|wide)\s+)?"
    r"speculation(?=\s+that\b)",
    # a reduced relative set off by a comma: "The field, thought to hold a billion barrels,"
    r"(?<=,[ \t])(?:thought|believed|estimated|expected|feared|understood|rumou?red|alleged|"
    r"projected|forecast|reported)\s+to\b",
    r"(?<=,[ \t])said\s+to\s+(?:be|have)\b",
    # "As previously announced, ...", "..., as reported earlier": no maker named (with one,
    # "as reported by X" is a prepositional cue)
    r"as\s+(?:(?:previously|earlier|first|already)\s+)?(?:announced|reported|disclosed)"
    r"(?=(?:\s+(?:earlier|separately|[a-z]+ly))?\s*[,.;:)])",  # not "as reported deaths"
    r"reportedly",
    r"allegedly",
    r"purportedly",
    r"supposedly",
)
"""Agentless attributions (spec 5): vague cues whose source span is the cue itself."""

TALLY_PARTICIPLE = (
    r"(?:bringing|raising|taking|pushing|lifting)\s+(?:(?:the|its|their)\s+)?(?:[\w'’-]+\s+){0,2}"
    r"(?:total|toll|tally|count)"
)
"""The reporter's tally added after a clause ("..., bringing the total to 36 million",
"..., bringing total idled acreage to 72 mln acres"): the reporter's sum (spec 5)."""

GLOSS_OPENERS = (
    r"referring\s+to",
    r"in\s+(?:an\s+(?:apparent\s+|oblique\s+|obvious\s+)?)?reference\s+to",
    r"(?:an?\s+)?(?:apparent\s+|oblique\s+|obvious\s+)?reference\s+to",
    r"alluding\s+to",
    r"in\s+an?\s+(?:apparent\s+)?allusion\s+to",
    TALLY_PARTICIPLE,
)
"""Regexes for the reporter's gloss after reported content ("..., referring to the 2019
floods") and the reporter's tally added after a cue ("..., the agency said, bringing the total
to 36 million"): the content a cue covers ends at the comma before one (spec 5)."""

TALLY_SENTENCE = (
    r"(?:this|that|it|which)\s+(?:brings|brought|takes|took|puts|pushes|pushed|lifts|lifted|"
    r"raises|raised)\s+(?:[\w'’.-]+\s+){0,6}?(?:total|toll|tally|count)\b"
)
"""A sentence that opens on the reporter's running total ("That lifts the guild's running
total to 461 mln crowns"): the reporter's sum, as the tally after a cue is (spec 5), so no
report is carried into it."""

BACKGROUND_OPENERS = (
    r"at\s+present\b",  # "At present the mint strikes only 12 coin types"
    r"in\s+(?:all\s+of\s+)?last\s+year\b",  # an earlier period than the report's
    r"the\s+(?:19|20)\d\d\s+[a-z]+\s+(?:was|were)\b",  # "The 1986 crop was 210 mln"
)
"""How a sentence of the reporter's background opens (spec 3.4): no report before it is
carried into it (see ``BACKGROUND_MARKS``)."""

BACKGROUND_MARKS = (
    r"\b(?:currently|presently|recently)\b",  # the state now, or an earlier time
    # an earlier time, but a record since then ("the highest since 1997") goes on
    r"(?<!(?:highest|lowest|biggest|largest|best|worst)\s+)\bsince\s+(?:19|20)\d\d\b",
    # a present stative verb with its object, not a perfect ("It has 164 plants", not "It
    # has cut 300 jobs")
    r"\b(?:has|have|operates|employs)\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?"
    r"(?:\d|an?\s|another\b)",
)
"""Marks anywhere in a sentence of the reporter's background: the state of things now, what a
body has or employs, an earlier time. No speaker's report before it is carried into it,
unless it looks ahead (``BACKGROUND_EXCEPTIONS``); a document's figures may go on ("Bank
statistics show ... . Savers have 9.8 billion dlrs abroad")."""

BACKGROUND_EXCEPTIONS = r"\b(?:will|would|expects?|expected|forecasts?|plans?)\b"
"""Words that make a background-looking sentence part of the report: a plan or forecast."""

ACCORDING_TO = (
    r"according\s+to|citing|quoting|per(?=[ \t]+(?-i:the[ \t]|[A-Z]))"
    r"|(?-i:Per)(?=[ \t]+[^\W\d][^,.;\n]{2,60},)"
    r"|as\s+(?:first\s+|previously\s+|earlier\s+)?reported\s+(?:by|in)"
)
"""Prepositional cues whose object is the source ("according to X", "citing X", "per the
ministry", "as reported by X"; "per" only before "the" or a name, or opening a sentence with a
phrase closed by a comma ("Per figures from X,"), never "per cent" or "Per share data
reflect")."""

SETTING_NOUNS = frozenset(
    """
    list report survey index ranking rankings poll study census table tally count
    analysis review data figures statistics estimates forecast projections audit database
    chart charts
    """.split()
)
"""Document nouns that attribute the figures of a clause set in them ("on the rich list")."""

PARTICLE_REPORTING_VERBS = frozenset(("point", "points", "pointed", "pointing"))
"""Verbs that report with the particle "out" after them ("Mr Hadi points out that ...", ",
Ms Vik pointed out."); without it they are other verbs ("points to", "rose 5 points")."""

FRONTED_SETTING_NOUNS = frozenset("chart charts".split())
"""Setting nouns that set the figures of a sentence only fronted, opening it and set off by a
comma ("In the album chart, the debut rose 23 places"): elsewhere "in the chart" is where a
record stands ("six weeks in the chart")."""

MEASURED_SETTING_NOUNS = frozenset("index".split())
"""Setting nouns that set the figures of a sentence only fronted ("In the Vik index, food rose
4%") or with an owner ("the steepest fall in the Vik Bank's index"): elsewhere "in the index" is
the thing measured ("a 38 point fall in the Vik Jones index"), a market's record."""

ORDINAL_WORDS = frozenset(
    """
    first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth last
    """.split()
)
"""Ordinals as words; with digits they are written "91st", "2nd" (``_cues._ORDINAL``)."""

POLL_NOUNS = frozenset("poll survey study census ballot".split())
"""Documents of counted opinion or people that give figures as a verb's subject: "The Vik poll
gives the Greens 36 pct" (``POLL_GIVING_VERBS``)."""

POLL_GIVING_VERBS = frozenset("give gives gave giving putting".split())
"""Verbs whose poll subject reports its object's figures ("a new poll gave the Tories a 92
seat majority", "released a poll putting Lund ahead with 45%"); with any other subject they are
acts ("the council gave 40 grants")."""

POLL_PHRASE_PREPOSITIONS = frozenset("for by of among from in on".split())
"""Prepositions that open a phrase describing a poll between its noun and its giving verb ("a
poll for the breakfast programme gave the Greens 36 pct")."""

SOURCE_NOUNS = frozenset(
    """
    figures data statistics stats estimates estimate report reports survey surveys census study
    studies poll polls count counts tally tallies analysis research records documents filing
    filings memo
    statement statements forecast forecasts projections modelling modeling index list ranking
    release bulletin review audit assessment calculations numbers update dashboard database
    email emails e-mail letter letters lawsuit lawsuits complaint indictment affidavit document
    model models projection tracker disclosure disclosures summary transcript testimony
    communique announcement publication memorandum suit analyses prediction predictions
    calculation
    """.split()
)
"""Nouns for documents and datasets that can be a source ("Israeli figures", "the report")."""

OWN_ESTIMATE_NOUNS = frozenset(
    "estimate estimates forecast forecasts projection projections outlook guidance".split()
)
"""Nouns for a body's own reckoning: after a verb and "its" or "their" ("The bank revised its
estimate of the shortage to 250 mln stg", "Institutes cut their forecasts to 2 pct"), the
figures after the noun are that body's (spec 2: "SOURCE's figures")."""

ESTIMATE_OF_NOUNS = OWN_ESTIMATE_NOUNS | frozenset(
    "expectation expectations prediction predictions".split()
)
"""Nouns for a reckoning whose figure follows "of" or "for" ("analysts' expectations of a
0.3% rise", "its first projection of 14.5 bn crowns"): the figure is the owner's, or,
with no owner, a vague source's (spec 2, 5)."""

SPEECH_NOUNS = frozenset("statement statements memo release".split())
"""Source nouns for what a speaker says rather than a document or dataset: their figures do not
run on into the next sentence (carry is for documents)."""

PERSON_NOUNS = frozenset(
    """
    official officials spokesman spokeswoman spokesperson spokespeople minister ministry
    department agency police army military government authorities authority ministry ministers
    president prime chairman chairwoman chair chief executive director secretary governor
    mayor commissioner head leader leaders analysts analyst economists economist experts
    expert researchers researcher scientists scientist sources source company firm group bank
    union officers officer campaigners campaign organisers organizers committee council court
    prosecutors prosecutor lawyer lawyers attorney investigators investigator doctors doctor
    diplomats diplomat observers critics media newspaper agency office board association
    institute university centre center commission bureau service services regulator
    regulators administration party spokesperson aides aide insiders insider witnesses
    residents people workers members staff employees executives bankers traders dealers
    navy coastguard parliament congress senate embassy consulate hospital charity foundation
    watchdog broadcaster magazine website airline retailer insurer lender manufacturer
    automaker carmaker exporter supplier federation captain coach judge coroner ambassador
    envoy commander inspector sheriff professor league
    companies exchange exchanges panel chancellor family partnership author authors manager
    managers adviser advisers advisor advisors underwriter underwriters utility club plaintiff
    plaintiffs lawmaker lawmakers consortium bourse command owner owners administrator
    agencies founder deputy paper wife husband mother father son daughter sister brother
    parents representative representatives
    """.split()
)
"""Nouns that name people or bodies who can be a source."""

BODY_NOUNS = frozenset(
    """
    ministry department agency agencies police army military government authorities authority
    company companies firm group bank union committee council court media newspaper paper
    office board association institute university centre center commission bureau service
    services regulator regulators administration party navy coastguard parliament congress
    senate embassy consulate hospital charity foundation watchdog broadcaster magazine website
    airline retailer insurer lender manufacturer automaker carmaker exporter supplier
    federation league exchange exchanges panel family partnership club utility consortium
    bourse command campaign
    """.split()
)
"""Of PERSON_NOUNS, the organisations and bodies: identifiable as a body, so named whatever
their determiner ("a Vik court said" names a court). The rest name people, who unnamed are
anonymous (spec 2: "a doctor", "lawyers")."""

ANONYMOUS_HEADS = frozenset(
    """
    official officials source sources diplomat diplomats insider insiders aide aides person
    people spokesman spokeswoman spokesperson officer officers leaders campaigners activists
    activist workers worker residents resident witnesses witness members member employees
    employee staff bankers banker traders trader dealers dealer negotiators negotiator
    investigators investigator doctors medics executives investor investors broker brokers
    inmate inmates driver drivers nurse nurses agent agents delegate delegates friend friends
    neighbour neighbours neighbor neighbors colleague colleagues associate associates patient
    patients student students teacher teachers representative representatives
    """.split()
)
"""Heads of unnamed-people sources: anonymous (spec 2), unless a name is attached."""

VAGUE_HEADS = frozenset(
    """
    analysts analyst economists economist experts expert critics observers commentators media
    reports studies research researchers scientists some many others polls rumours rumors
    speculation estimates figures data statistics surveys forecasters pundits counts tallies
    analyses projections predictions calculations
    """.split()
)
"""Heads of sources with no identifiable owner: vague (spec 2, 5)."""

NAMED_MODIFIERS = frozenset(
    "official government officially the census federal state national provincial municipal".split()
)
"""Modifiers that give a data noun an owner ("official figures", "the figures", "census data":
a census is an official count; "federal data", "state figures": a government's)."""

COMMON_MODIFIERS = frozenset(
    """
    recent new newer newest latest early earlier initial preliminary provisional final
    unofficial independent separate other previous prior past further additional more most
    some many several various numerous multiple few private internal leaked published
    unpublished similar current conservative rough crude annual monthly weekly daily quarterly
    global worldwide academic scientific medical market industry media news press opinion
    unconfirmed conflicting anecdotal local regional national international economic
    detailed fresh updated revised existing ongoing overnight experimental
    """.split()
)
"""Common words that modify a data noun without naming its owner: capitalised at the start of
a sentence ("Recent surveys found") they are not a name, so the source stays vague."""

CLAUSE_VERBS = frozenset(
    """
    recall recalls recalled recalling add adds added adding maintain maintains maintained
    feature features featured boast boasts boasted concede concedes conceded admit admits
    admitted claim claims claimed conclude concludes concluded determined ruled declare
    declares declared write writes wrote written worry doubted hear hears heard
    """.split()
)
"""Reporting verbs that report only with a content clause ("recalled that ...", "added 12 roads
were closed"), a quote, or as an end cue; with a bare object they are actions ("recalled 80
cars", "added 200 jobs") and attribute nothing."""

TO_CLAUSE_VERBS = frozenset("claim claims claimed claiming admit admits admitted".split())
"""Of those, the ones that also report with "to" ("claimed to have shot down 3 drones",
"admitted to taking 2 bribes"); "added to", "recalled to" stay actions."""

FINDING_VERBS = frozenset(
    """
    found finds showed shows reported reports recorded records estimated estimates posted posts
    forecast forecasts projected projects predicted predicts counted tallied
    """.split()
)
"""Reporting verbs whose figure object is a finding ("found a 60% rise", "recorded 40 cases"):
after "and", with the subject of the verb before, they report it as with a content clause
("The council surveyed its tenants and found a 60% rise")."""

PREDICATE_VERBS = frozenset(
    """
    rose rise rises fell fall falls grew grow grows stood stands hit hits reached reaches
    remains totalled totaled
    """.split()
)
"""Verbs without "-ed" that may follow a subject cut from them by a cue set off by commas
("Exports, according to the board, rose 5%"); finite auxiliaries and "-ed" forms count too."""

FRAME_VERBS = {"put": "at", "puts": "at", "putting": "at"}
"""Reporting verbs that report only in a frame: "put the toll at 1,200" (the word after the
object), not "put $300m into the fund"."""

FINITE_VERBS = frozenset(
    """
    is are was were has have had will would could can may might must shall should do does did
    remain remains remained died
    """.split()
)
"""Finite verbs that mark a content clause after a reporting verb ("added 12 roads were
closed") rather than its object ("added 200 jobs")."""

RELATIVISERS = frozenset("that which who whom".split())
"""Words that open a relative clause: "9 that Reuters said were minors"."""

PARTICIPLES = frozenset(
    """
    run led held known made taken done given seen written shown set built brought paid sent
    kept left found told based
    """.split()
)
"""Irregular past participles that open a participle phrase set off by commas between a subject
and its verb ("the ministry, run by Hamas, said"); regular ones end in "-ed"."""

INTERRUPTED_CLAUSE_LINKS = frozenset("but while and whereas although though as".split())
"""Words that may open the clause of a subject cut from its verb by a comma-set interruption
("..., but the agency, which is based in Paris, said")."""

COORDINATORS = frozenset("and but".split())
"""Words that join a second verb to the subject of the first: "The firm cut prices and said ..."."""

OPENING_PREPOSITIONS = frozenset(
    "amid amidst despite following given regarding concerning notwithstanding".split()
)
"""Prepositions that open a sentence before a noun that is also a reporting verb ("Amid
reports that ...", "Despite claims that ..."): capitalised there, they are no name, so no
subject of the verb after them."""

SENTENCE_LINKS = frozenset("and but yet so or nor".split())
"""Conjunctions that may open a sentence before a cue that opens its clause ("But according
to the poll, 61% said ..."): the cue still opens the sentence."""

SUBORDINATORS = frozenset(
    "when while after before because since although though if whereas once until unless".split()
)
"""Words that open a clause of their own, whose subject a coordinated verb after them shares:
"... when the team held up the chart and said ..."."""

INTRODUCTORY_OPENERS = frozenset(
    """
    in on at for after before since during by from with under over last this however meanwhile
    separately also still yet earlier later
    """.split()
)
"""First words of an introductory phrase set off by a comma before a subject: "In May, the
firm ..."."""

SPEECH_OCCASIONS = frozenset(
    """
    interview interviews conference conferences briefing briefings meeting meetings speech
    speeches hearing hearings address session call calls broadcast quarter quarters period
    """.split()
)
"""Occasions of speech and periods reported on: a phrase after a reporting verb that names one
("announced at a briefing", "reported in its first quarter") is where or when it reported, not
a place a participle sets."""

PLACE_PREPOSITIONS = frozenset(
    "in at on among inside near across within during under around outside throughout along".split()
)
"""Prepositions that open a place or time phrase after a past participle: with a finite verb
after the phrase, the participle is a reduced relative on the noun before it ("The toxin found
in the river killed 300 fish"), not that noun reporting. "by" and "to" are read elsewhere."""

TIME_AGO_MODIFIERS = frozenset(
    "a an few several couple of some about around nearly almost just over under more less than "
    "fewer".split()
)
"""Words that may stand with the number before a time unit and "ago" ("just over three weeks
ago", "a couple of months ago"): with it, a time ago, which no source phrase holds ("A poll
three weeks ago showed")."""

LEADING_TIME_ADVERBS = frozenset("earlier later today yesterday tonight meanwhile".split())
"""Time adverbs that may open a sentence before its subject ("Earlier today Ana Vik said"):
no part of the source phrase."""

ASIDE_PREPOSITIONS = PLACE_PREPOSITIONS | frozenset(
    "after before since until following despite amid for with without over".split()
)
"""Prepositions that open a phrase set off by commas between a verb of speech and its content
("said, during its second week under new owners, it trimmed fares"): where or when it was said."""

CONTENT_OPENERS = frozenset(
    "he she they we i that it its the a an his her their our this these there".split()
)
"""Words that may open a content clause after such an aside: a subject or "that"."""

SPEECH_PARTICIPLES = frozenset(
    """
    saying adding noting warning claiming arguing predicting explaining stressing insisting
    acknowledging announcing confirming estimating forecasting telling writing
    """.split()
)
"""Participles of speech after a comma that, with no earlier cue in the sentence, report what
the subject of the clause before them says: "The council cut fares, saying 40 routes lost
money". Evidence verbs ("showing", "suggesting") are left out, as after "Prices jumped 5%," the
inference is the writer's; so is "admitting", as often "letting in" as "conceding"."""

VERB_ONLY_REPORTING_VERBS = frozenset(
    """
    say says said tell tells told add adds added warn warns warned argues argued insists insisted
    explains explained admits predicts expects believes thinks reckons writes wrote noted
    confirms replied responded testified tweeted
    """.split()
)
"""Reporting verbs that are never a noun or an adjective: right after a capitalised word in
"'s" they are verbs, and that word is a name ("Dalton's said", "Marlow's says"), where "the
firm's estimated 40 staff" and "the army's reports" are not."""

SUBJECT_PRONOUNS = frozenset("he she they we i".split())
"""Pronouns that open a content clause after a reporting verb ("claimed he had ...")."""

SOURCE_POSTMODIFIERS = (
    "close to",
    "familiar with",
    "with knowledge of",
    "with direct knowledge of",
    "with first-hand knowledge of",
    "briefed on",
    "involved in",
    "knowledgeable about",
    "aware of",
)
"""Phrases that tie unnamed people to a subject: "sources close to the talks", "two people
familiar with the matter" (the source phrase runs over them; its head is the noun before)."""

PRONOUNS = frozenset("he she it they we i which who that".split())
"""Pronoun sources: reported as written, with the referent resolved where possible."""

ACCORDING_NOT_SOURCES = frozenset(
    """
    type types kind kinds sort size sizes level levels degree nature amount amounts category
    categories class classes grade age ages rank length weight value needs intention
    intentions preference preferences
    """.split()
)
"""Lowercase heads after "according to" that make it mean "depending on", not a source: "charged
at two rates according to the type of share"."""

ACCORDING_IDIOMS = frozenset("plan schedule tradition legend custom".split())
"""Bare words after "according to" that name no source: "according to plan"; "according to the
bureau's plan" does."""

SENTENCE_ADVERBS = frozenset(
    """
    meanwhile however though too also separately instead moreover nevertheless nonetheless
    furthermore additionally likewise similarly
    """.split()
)
"""Sentence adverbs that can stand alone between commas, between a subject and its verb:
"Larchmont Tools, meanwhile, said ..."."""

LINKING_PHRASES = frozenset(
    (first, second)
    for first, second in (
        ("by", "contrast"),
        ("in", "contrast"),
        ("by", "comparison"),
        ("in", "comparison"),
        ("in", "addition"),
        ("in", "particular"),
        ("in", "total"),
        ("on", "average"),
        ("in", "general"),
        ("in", "fact"),
        ("in", "turn"),
        ("for", "example"),
        ("for", "instance"),
        ("at", "present"),
    )
)
"""Two-word sentence adverbials that may open a sentence before its subject without a comma
("In contrast last month's census showed ..."): no part of the source phrase."""

AGENT_SUFFIXES = ("er", "or", "ist", "ian", "eer", "ent", "ant", "man", "woman", "person")
"""Endings of agent nouns that can head a person's title set off before a name ("The page's
creator, Leo Marchetti, says"; "His sister, Marta, said")."""

NOUN_COMPOUNDS = frozenset({("think", "tank"), ("think", "tanks")})
"""Compound nouns whose first word is a reporting verb: "a think tank in Leeds" is one
source phrase."""

PHRASAL_NON_CUES = frozenset(
    {("ruled", "out")}
    | {
        (verb, particle)
        for verb in "call calls called calling".split()
        for particle in ("off", "for", "on")
    }
    | {(verb, "to") for verb in "respond responds responded responding".split()}
    | {(verb, "of") for verb in "hear hears heard".split()}
    | {(verb, "as") for verb in "identify identifies identified identifying".split()}
    | {
        (verb, particle)
        for verb in "write writes wrote written".split()
        for particle in ("down", "off")
    }
    | {(verb, "at") for verb in "list lists listed listing".split()}
    | {(verb, "up") for verb in "show shows showed shown showing".split()}
)
"""A reporting verb and the particle that makes another verb of it: "was ruled out of two
matches", "called off the strike", "the crews responded to six alarms", "wrote down the value by
$40m", "people who identify as Democrats", "the model lists at $5,295", "500 people showed up"
report nothing; "called for the levy to be capped at 30 pct" and "called on ministers to fund 300
berths" are demands, an intent (spec 5)."""

CONTENT_NOUNS = frozenset(
    """
    report reports rumour rumours rumor rumors claim claims suggestion suggestions speculation
    news word fear fears worry worries concern concerns assumption assumptions belief beliefs
    indication indications warning warnings expectation expectations prediction predictions
    talk
    """.split()
)
"""Nouns that report or hold a belief, and take a content clause: with no owner ("amid
reports that", "denied rumours that", "a broad assumption that") the clause is theirs,
a vague source (spec 5). "hopes", "signs", "fact" and "evidence that" are no one's report;
"allegations" and "charges that" state a case, which gold sets leave the reporter's."""

CONTENT_NOUN_LEADS = frozenset(
    """
    amid amidst despite on over about after following with by of against among into to from
    given in
    """.split()
)
"""Prepositions before an ownerless content noun ("amid reports that"): the noun is their
object, never a verb's subject, as it would be after a noun ("the firm reports that")."""

ATTITUDE_VERBS = frozenset(
    """
    expressed voiced aired shared echoed conveyed expresses voices echoes expressing voicing
    """.split()
)
"""Verbs that report a view their object names, with its content clause after it ("Unions
expressed fears that 300 jobs could go", "voiced concern that"): the subject holds the view and
is the source. With another object they are acts ("shared a photo", "aired a film")."""

ATTITUDE_NOUNS = CONTENT_NOUNS | frozenset(
    "hope hopes doubt doubts optimism pessimism confidence view views opinion".split()
)
"""Nouns of a view an ``ATTITUDE_VERBS`` verb reports, before its "that" ("expressed optimism
that", "voiced doubts that")."""

PLAN_VERBS = frozenset("unveil unveils unveiled outline outlines outlined detailed".split())
"""Verbs that make a plan public: with a plan as their object they report it like "announced"
("The firm unveiled plans to cut 800 jobs", "outlined a plan for 300 homes"); with any other
object they are acts ("unveiled a statue", "detailed the damage"). Not "detail(s)", a noun far
more often ("details of the plan"), whose every sentence would be read for nothing."""

PLAN_NOUNS = frozenset(
    "plan plans proposal proposals blueprint blueprints package packages budget budgets".split()
)
"""The objects that make a verb of ``PLAN_VERBS`` report: a plan's own figures are its maker's."""

AGENT_ONLY_VERBS = frozenset("unveiled".split())
"""Verbs that report only with their agent after "by" ("Plans to cut 162 posts were unveiled
by the party"); with a subject they are acts ("Boeing unveiled its new plane"), so they are no
reporting verbs and never end a subject ("The scheme unveiled in May called for ...")."""

NOUN_REPORTING_VERBS = frozenset(
    "state states project projects measure measures fear fears".split()
)
"""Reporting verbs far more often nouns ("the state health department", "two projects", "the
broad measure of money supply", "inflation fears"): they do not end a source phrase, and are a
cue only after a pronoun or a source noun, or before "that" ("the study projects that", "we
project", "the bank fears that")."""

PLURAL_NOUN_VERBS = frozenset(
    """
    notes claims reports posts quotes lists shows finds remarks replies calls tweets features
    records
    """.split()
)
"""Reporting verbs in "-s" that are also plural nouns: followed by an auxiliary or by one of
``NOUN_FOLLOWERS`` they are the noun ("bonus notes due 2031", "the calls were cut",
"reports from the coast said"), where "calls for" and "reports at least" stay verbs. Data
nouns ("estimates", "forecasts", "counts") are left out: "analysts' estimates of $2" gives
its figure a source, which the verb reading keeps."""

NOUN_FOLLOWERS = frozenset("of with due and from worth maturing".split())
"""Words after a plural noun that a reporting verb in "-s" is never followed by."""

NP_BREAKERS = frozenset(
    """
    that which who whom whose when where while if as because after before since than but and
    or nor so yet although though whether said says say told tells reported also not to be
    is are was were has have had will would could should may might must can do does did been
    being on at with without into onto upon about over under during against between through
    this these those there here what how why all both each every such only just even
    until unless till whereas
    """.split()
) | (REPORTING_VERBS - SOURCE_NOUNS - SETTING_NOUNS - NOUN_REPORTING_VERBS)
"""Words that end a source noun phrase when reading away from its verb."""

LY_NOUNS = frozenset(
    """
    daily weekly monthly quarterly family assembly ally rally supply tally anomaly monopoly
    italy july bully
    """.split()
)
"""Nouns ending in "-ly" that may end a subject right before its verb ("The party daily
said", "a Reuters tally showed"): not the adverb between a subject and its verb that
"The firm formally announced" holds."""

MEASURED_QUANTITIES = frozenset(
    """
    balance balances payments account surplus deficit supply
    sales exports imports profits earnings revenue revenues output production shipments orders
    spending inflation unemployment turnover deposits reserves income borrowing
    """.split()
)
"""Quantities an economy or a firm measures ("the current account", "profits"): they have
values and report none, even as the antecedent of "which" ("profits, which showed a rise")."""

NOT_SOURCE_HEADS = (
    frozenset(
        """
    time times period moment morning afternoon evening night today tomorrow yesterday week
    weekend month year decade century season quarter half day days weeks months years
    number numbers amount amounts total totals rest share rate rates level levels price prices
    cost costs value sum increase increases rise rises fall falls drop drops decline gain
    gains loss losses growth change changes figure result outcome way ways thing
    things fact idea reason case cases one ones other others
    same kind sort type part parts side sides lot lots bit area areas place places point
    points line lines end start beginning top bottom front back best worst most least
    latest highest lowest biggest largest
    """.split()
    )
    | MEASURED_QUANTITIES
)
"""Heads that cannot name who says something (spec 2): a noun phrase headed by one is never a
source by its shape alone ("the rest said" is a misreading, "the increase showed" reports
nothing). The list only excludes: any other determiner-led noun phrase as subject of a
reporting verb is a source ("the regional grid operator said")."""

ACTION_REPORTING_VERBS = frozenset(
    """
    count counts counted record records recorded register registers registered measure measures
    measured list lists listed tally tallies tallied feature features featured show shows
    showed shown publish publishes published post posts posted project projects projected
    calculate calculates calculated put puts call calls called cite cites cited quote quotes
    quoted expect expects expected find finds found identify identifies identified
    """.split()
)
"""Reporting verbs that are also actions on an object ("with 99% of the vote counted", "the
team found 40 bodies"): a subject known only by its shape (spec 2, NOT_SOURCE_HEADS) reports
with them only with content after the verb, never as a bare cue closing the sentence."""

SUBJECT_OPENERS = frozenset(
    """
    and but that while as because when if since although though so whereas after before
    """.split()
)
"""Words after which a noun phrase may open a clause and be its subject; after any other word
(a preposition, a verb) a phrase is that word's object ("samples taken at the harbour showed")."""

IRREGULAR_PAST_REPORTING = frozenset(
    "said told wrote written found thought shown put forecast heard".split()
)
"""Past forms of reporting verbs without "-ed": they agree with a singular subject."""

IRREGULAR_PAST = frozenset(
    """
    held hung put set wore bore brought took made saw had got gave kept left led met sent
    stood struck bought built carried
    """.split()
)
"""Common past forms without "-ed": a verb, never part of the noun phrase before a quoted
wording ("Protesters held signs reading ...": the signs)."""

PAST_FORMS = frozenset(
    "lost cost fell rose grew paid sold spent won fled drew ran cut hit shut".split()
)
"""Past forms without "-ed" that, after a subject of a determiner or a figure and a noun, make
a clause with its own verb ("added the storm cost £40m", "about 3,000 homes lost power")."""

NP_CONNECTORS = frozenset("of for at in from by and &".split())
"""Words that may join the parts of one source phrase ("a spokesman for the army")."""

DETERMINERS = frozenset("the a an his her its their our my your this that these those".split())
"""Determiners that may open a source phrase."""

NOUN_DETERMINERS = frozenset("another every any either neither such".split())
"""Determiners that make the reporting word after them a noun ("Another worry is that", "any
claim"); unlike "each" ("They each said"), none stands after a subject before its verb."""

CUE_ADVERBIALS = (
    r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|"
    r"afternoon|evening))?",
    r"(?:last|this|next)\s+(?:week|month|year|night|weekend|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)",
    r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)",
    r"(?:on|in)\s+(?:a|an|its|his|her|their)\s+(?:\w+\s+)?(?:statement|interview|report|note|"
    r"letter|filing|release|post|tweet|briefing|speech|blog|update|message|email|video|op-ed|"
    r"column|article|essay|piece|memo|newsletter|book|paper)"
    r"(?:\s+(?:on|to|with)\s+[\w.]+)?",
    r"(?:at|during|to)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:news\s+conference|press\s+conference|"
    r"conference|briefing|meeting|hearing|event|rally|summit)",
    r"on\s+(?:X|Twitter|Facebook|Instagram|Telegram|TikTok|LinkedIn|Threads)",
    r"yesterday|today|tonight|earlier|later|recently|previously|again|also|separately|"
    r"in\s+a\s+statement|in\s+an\s+interview|on\s+(?:the\s+)?record",
    r"quoted\s+as",  # "Ana Lee was quoted as saying": the subject of the passive is the source
)
"""Adverbials that may stand between a reporting verb and its subject or content."""

TOPIC_SHIFTS = frozenset(
    (
        "meanwhile", "elsewhere", "separately", "in contrast", "by contrast", "previously",
        "earlier", "last", "since", "overall",
    )
)  # fmt: skip
"""Sentence openers that end a carried attribution (a change of subject or time)."""

CHANGE_VERBS = frozenset(
    """
    rose risen fell fallen grew grown increased decreased declined dropped jumped climbed
    slipped slid gained surged soared plunged plummeted tumbled eased edged dipped rebounded
    shrank shrunk expanded contracted
    """.split()
)
"""Past forms that state a measured change ("Exports rose 4%", "sales increased by 2%"); "up"
and "down" after a form of "be" do too ("were up 2.9%"). Not the bare or "-s" forms, which are
nouns as often ("a rise of 4%", "price increases of 10%"). Such a percentage, right after a
sentence where a body or speaker reports without a figure, goes on with that report (carry,
spec 3.4)."""

MARKET_SUBJECTS = (
    "shares",
    "share price",
    "share prices",
    "stock",
    "stocks",
    "indexes",
    "indices",
    "wall street",
)
"""Heads of a subject that make a sentence the market's record (shares, a stock, the indexes,
Wall Street), not a report going on: a sentence with one in its first words ends a carry ("The
firm said sales rose 5%. Its shares fell 2%." leaves the 2% the reporter's)."""
