"""Story templates for markets, economic data, gadgets, films and cricket.

Slots every template may use besides its own: see `stories_national`.
"""

from __future__ import annotations

from newsscraper.testsite.model import Topic
from newsscraper.testsite.words import (
    BRANDS,
    BROKERAGES,
    FILMS,
    INDICATORS,
    MARKET_MOODS,
    PEOPLE,
    SECTORS,
    STADIUMS,
    STOCKS,
    TEAMS,
    TOURNAMENTS,
    nums,
    tenths,
)

MARKETS = Topic(
    key="markets",
    portal_section="business",
    wire_section="business",
    place="Mumbai",
    groups=(MARKET_MOODS,),
    slots={"points": nums(110, 1_400), "pct": tenths(2, 19), "sensex": nums(72_000, 82_000, 7),
           "nifty": nums(21_800, 24_900, 3), "npoints": nums(35, 420), "sector": SECTORS,
           "stock1": STOCKS[:6], "stock2": STOCKS[6:11], "stock3": STOCKS[11:],
           "fii": nums(800, 6_500, 10), "brent_pct": tenths(2, 25), "brent": tenths(690, 860),
           "paise": nums(2, 19), "rupee_rate": tenths(830, 856), "brokerage": BROKERAGES,
           "mid": tenths(1, 16), "res": nums(23_000, 25_000, 50)},
    titles=("Sensex {verb_now} {points} points, Nifty ends at {nifty} as {sector} stocks "
            "{sector_now}",
            "Markets: Sensex {verb} {points} points on {cue} global cues"),
    standfirsts=("The rupee {rupee} {paise} paise to {rupee_rate} against the US dollar.",
                 "{sector} shares led the move, with {stock1} among the top {movers}."),
    leads=("The benchmark BSE Sensex {verb} {points} points, or {pct} per cent, to close at "
           "{sensex} on {weekday}, as {sector} stocks {sector_verb} amid {cue} global cues.",),
    paras=(
        "The broader NSE Nifty {verb} {npoints} points to settle at {nifty}.",
        "Among the Sensex constituents, {stock1}, {stock2} and {stock3} were the biggest "
        "{movers}.",
        "“The market {mood} as investors tracked {cue} cues from Asian markets and the "
        "movement in crude oil prices,” said {analyst}, head of research at {brokerage}.",
        "In the broader market, the BSE midcap and smallcap indices {broad} up to {mid} per "
        "cent.",
        "Foreign institutional investors (FIIs) traded equities worth Rs {fii} crore in the "
        "previous session, according to exchange data.",
        "In Asian markets, Seoul, Tokyo and Hong Kong settled {asia}.",
        "Global oil benchmark Brent crude {brent} {brent_pct} per cent to ${brent} a barrel.",
        "The rupee {rupee} {paise} paise to settle at {rupee_rate} against the US dollar.",
        "Analysts said investors would watch quarterly earnings and the central bank’s "
        "policy decision for further direction.",
        "“In the near term, the Nifty faces resistance around the {res} level,” {analyst} "
        "added.",
    ),
    updates=("Exchange data released after market hours showed that foreign investors were "
             "net sellers for the session, while domestic institutions were net buyers.",
             "Analysts said the volatility index rose during the day, pointing to caution "
             "ahead of key economic data due later in the week."),
    tags=("Sensex", "Nifty", "Stock market", "{sector}", "BSE"),
)

ECONOMY = Topic(
    key="economy",
    portal_section="business",
    wire_section="business",
    groups=(INDICATORS,),
    slots={"value": tenths(12, 79), "prev": tenths(12, 79),
           "food": tenths(15, 99), "core": tenths(20, 55)},
    titles=("India’s {indicator} at {value} per cent in {prev_month}",
            "{indicator} at {value} per cent in {prev_month}, shows government data"),
    standfirsts=("The figure was {prev} per cent in the previous month.",
                 "Economists had expected a reading close to {prev} per cent."),
    leads=("India’s {indicator} stood at {value} per cent in {prev_month}, compared with "
           "{prev} per cent in the previous month, according to data released by the "
           "{agency_name} on {weekday}.",),
    paras=(
        "The {measure} data showed that the change was driven mainly by {driver}, officials "
        "said.",
        "Food prices, which have a large weight in household budgets, moved {food} per cent "
        "on a year-on-year basis.",
        "Core inflation, which excludes food and fuel, was estimated at around {core} per "
        "cent, economists said.",
        "“The numbers are broadly in line with our expectations, and we do not see a major "
        "change in the policy outlook,” said {analyst}, chief economist at a private bank.",
        "The Reserve Bank of India (RBI) takes the data into account when setting interest "
        "rates; its next policy review is due in {next_month}.",
        "Economists said a good winter crop and stable global commodity prices could help "
        "keep prices in check in the coming months.",
        "The data for rural areas showed a slightly different trend from urban areas, "
        "reflecting differences in consumption patterns.",
        "The government has taken several steps to control prices, including releasing "
        "stocks from the central pool and restricting some exports.",
        "{expert}, an economist, cautioned that erratic weather could still push up the "
        "prices of vegetables.",
    ),
    updates=("The ministry later revised the figure for the previous month, saying data "
             "from some centres had been received late.",
             "The RBI Governor said the central bank would continue to watch price trends "
             "closely before taking a decision on rates."),
    tags=("Economy", "{indicator}", "RBI", "Data"),
)

GADGET = Topic(
    key="gadget",
    portal_section="technology",
    wire_section="science-tech",
    slots={"brand": BRANDS, "model": nums(5, 40), "price": nums(8_999, 49_999, 1_000),
           "battery": nums(4_500, 6_500, 100), "camera": ("50", "64", "108", "200"),
           "ram": ("6", "8", "12", "16"), "storage": ("128", "256", "512"),
           "refresh": ("90", "120", "144"), "tier": ("mid-range", "budget", "premium")},
    titles=("{brand} launches {brand} {model} Pro in India at Rs {price}",
            "{brand} {model} with {battery} mAh battery, {camera} MP camera launched in India"),
    standfirsts=("The smartphone will go on sale online and in retail stores next week.",
                 "It comes with {ram} GB RAM and {storage} GB storage."),
    leads=("Smartphone maker {brand} on {weekday} launched its {brand} {model} Pro in India "
           "at a starting price of Rs {price}, aiming at the {tier} segment.",),
    paras=(
        "The device features a 6.7-inch display with a {refresh} Hz refresh rate and is "
        "powered by a {battery} mAh battery that supports fast charging.",
        "It comes with {ram} GB RAM and {storage} GB of internal storage, the company said.",
        "On the back, the phone sports a {camera} MP primary camera along with an "
        "ultra-wide lens, while a 32 MP camera sits on the front.",
        "“India is one of our most important markets, and this device has been designed "
        "with Indian consumers in mind,” said {official}, the company’s India head.",
        "The phone will be available on e-commerce platforms and in retail stores from "
        "next week, with introductory bank offers.",
        "The company said the device is manufactured at its partner facility in India.",
        "The {tier} segment is one of the most competitive in the country, with several "
        "brands launching new models every quarter.",
        "{analyst}, a technology analyst, said buyers were increasingly looking for longer "
        "software support and better cameras.",
        "The company also announced a pair of wireless earbuds and a smartwatch.",
    ),
    updates=("The company later said the first sale would begin at noon on its website, with "
             "a limited-period discount for early buyers.",
             "{brand} also confirmed that the phone would receive four years of operating "
             "system updates."),
    tags=("{brand}", "Smartphones", "Gadgets", "Technology"),
)

FILM = Topic(
    key="film",
    portal_section="entertainment",
    wire_section="entertainment",
    place="Mumbai",
    slots={"film": FILMS, "bo": nums(45, 420, 5), "days": nums(3, 18), "day1": tenths(85, 320),
           "director": PEOPLE, "screens": nums(1_800, 4_200, 50), "actor": PEOPLE},
    titles=("‘{film}’ crosses Rs {bo} crore at box office in {days} days",
            "{actor}’s ‘{film}’ continues strong run, collects Rs {bo} crore"),
    standfirsts=("The film opened on over {screens} screens across the country.",
                 "Trade analysts expect the film to sustain its run over the weekend."),
    leads=("Director {director}’s ‘{film}’, starring {actor}, has crossed the Rs {bo} crore "
           "mark at the domestic box office in {days} days, the makers said on {weekday}.",),
    paras=(
        "The film had opened to a collection of Rs {day1} crore on its first day and "
        "witnessed a jump over the weekend.",
        "It was released on over {screens} screens across the country.",
        "“We are overwhelmed by the love of the audience. This film was made with a lot of "
        "passion,” {actor} said in a statement.",
        "Trade analysts said the film had done particularly well in single-screen theatres "
        "in smaller towns.",
        "The film tells the story of a family that returns to its village after decades.",
        "Its music has also been popular, with one song crossing millions of views online.",
        "{analyst}, a trade analyst, said the film was likely to sustain its run until the "
        "next big release.",
        "The makers are planning to release a dubbed version in Tamil and Telugu.",
    ),
    updates=("The makers later released the latest figures, saying the film had also done "
             "well in overseas markets.",
             "A special screening for the cast and crew is planned in Mumbai this week, the "
             "producers said."),
    tags=("{film}", "{actor}", "Bollywood", "Box office"),
)

CRICKET = Topic(
    key="cricket",
    portal_section="sports/cricket",
    wire_section="sports",
    place="{city}",
    slots={"team": TEAMS[:10], "team2": TEAMS[10:], "player": PEOPLE, "bowler": PEOPLE,
           "runs": nums(72, 151), "balls": nums(48, 111), "fours": nums(6, 15),
           "sixes": nums(2, 9), "wkts": ("three", "four", "five"), "margin": nums(3, 8),
           "total": nums(241, 351), "tournament": TOURNAMENTS, "stadium": STADIUMS,
           "city": ("Kolkata", "Bengaluru", "Jaipur", "Ahmedabad", "Indore", "Cuttack")},
    titles=("{player}’s {runs} powers {team} to {margin}-wicket win over {team2}",
            "{tournament}: {team} beat {team2} by {margin} wickets"),
    standfirsts=("{bowler} picked up {wkts} wickets for {team}.",
                 "{team2} had posted {total} after being put in to bat."),
    leads=("{player} struck a {balls}-ball {runs} as {team} beat {team2} by {margin} wickets "
           "in their {tournament} match at the {stadium} in {city} on {weekday}.",),
    paras=(
        "Chasing {total}, {team} reached the target with overs to spare.",
        "{player} hit {fours} fours and {sixes} sixes in an innings that took the game away "
        "from the opposition.",
        "Earlier, {team2} were restricted to {total} after {bowler} picked up {wkts} "
        "wickets.",
        "“The plan was to bat through and keep the run rate under control. The pitch was "
        "good for batting,” {player} said after the match.",
        "The {team2} captain said his side had been twenty runs short.",
        "The win takes {team} to the top of their group.",
        "Several selectors were present at the ground to watch the match.",
        "{team} will next play at the same venue later this week.",
    ),
    updates=("The match referee later fined {team2} for a slow over rate.",
             "{player} was named player of the match and said he dedicated the award to his "
             "coach."),
    tags=("{tournament}", "{team}", "{team2}", "Cricket"),
)

TOPICS = (MARKETS, ECONOMY, GADGET, FILM, CRICKET)
