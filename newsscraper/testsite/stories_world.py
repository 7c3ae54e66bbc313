"""Story templates for diplomacy, climate talks, space launches, Cabinet decisions and
railways.

Slots every template may use besides its own: see `stories_national`.
"""

from __future__ import annotations

from newsscraper.testsite.model import Topic
from newsscraper.testsite.words import (
    COOPERATION_FIELDS,
    FORUMS,
    GOVERNMENTS,
    NORTH_CITIES,
    OTHER_CITIES,
    PROJECTS,
    SATELLITES,
    nums,
    tenths,
)

DIPLOMACY = Topic(
    key="diplomacy",
    portal_section="world/{region}",
    wire_section="world",
    place="{capital}",
    groups=(GOVERNMENTS,),
    slots={"field": COOPERATION_FIELDS, "project": PROJECTS, "trade": tenths(52, 480),
           "round": ("second", "third", "fourth", "fifth", "sixth", "seventh"),
           "other_field": COOPERATION_FIELDS},
    titles=("India, {country} agree to expand cooperation in {field}",
            "{country} keen to deepen {field} ties with India, says envoy",
            "India, {country} review progress on {project} at {round} round of talks"),
    standfirsts=("The two sides reviewed progress on {project} and agreed to meet again.",
                 "Bilateral trade crossed ${trade} billion in the last financial year."),
    leads=("India and {country} on {weekday} agreed to expand cooperation in {field} and to "
           "fast-track work on {project}, the Ministry of External Affairs (MEA) said after "
           "talks between senior officials in {capital}.",),
    paras=(
        "The two sides held the {round} round of their joint working group on {field} and "
        "reviewed the progress made since the last meeting, the MEA said in a statement.",
        "“Both sides noted the steady growth in bilateral trade, which crossed ${trade} "
        "billion in the last financial year, and agreed that there was potential to do much "
        "more,” the statement said.",
        "The Indian delegation was led by a Joint Secretary in the MEA, while the {demonym} "
        "side was led by a senior official of the country’s foreign ministry.",
        "Officials said the talks also covered {other_field}, an area in which the two "
        "countries have been working closely in multilateral forums.",
        "{country} is among India’s key partners in {field}, and several {demonym} companies "
        "have announced investments in India over the past two years.",
        "The two sides agreed to explore cooperation in emerging areas such as green "
        "hydrogen, critical minerals and digital public infrastructure, the statement added.",
        "A spokesperson for the {demonym} embassy in New Delhi described the meeting as "
        "“productive and forward-looking”.",
        "“We see India as an indispensable partner, and we are committed to taking this "
        "relationship to a new level,” the spokesperson said.",
        "The next round of talks will be held in New Delhi in {next_month}, officials said.",
        "India and {country} established diplomatic relations in {established}, and ties have "
        "since expanded across trade, defence and people-to-people exchanges.",
        "{analyst}, a foreign policy analyst, said the talks showed both countries wanted to "
        "reduce their dependence on a small number of suppliers.",
    ),
    updates=("Later, the MEA said the two sides had also signed a memorandum of understanding "
             "on {field} on the sidelines of the talks.",
             "Officials said a ministerial-level meeting was likely before the end of "
             "{next_month} to review the implementation of the agreements."),
    tags=("{country}", "India", "MEA", "Diplomacy", "Bilateral ties"),
)

CLIMATE = Topic(
    key="climate",
    portal_section="world/{region}",
    wire_section="world",
    place="{host}",
    groups=(FORUMS,),
    slots={"finance": nums(300, 1_300, 50), "target": ("2030", "2035", "2040"),
           "share": nums(40, 61), "gw": nums(280, 520, 10)},
    titles=("India seeks ${finance} billion climate finance goal at talks in {host}",
            "Developed nations must deliver ${finance} billion a year, India tells {forum}",
            "India on track for {gw} GW clean power by {target}, tells {forum}"),
    standfirsts=("India said developing countries could not be asked to do more without "
                 "money and technology.",
                 "The talks in {host} are expected to end with a joint statement."),
    leads=("India on {weekday} called on developed countries to deliver on their climate "
           "finance commitments, telling {forum} in {host} that developing nations could not "
           "be expected to do more without predictable funding.",),
    paras=(
        "Delivering India’s national statement, a senior official of the environment "
        "ministry said climate finance of at least ${finance} billion a year was needed.",
        "“Climate action cannot come at the cost of development. The principle of common but "
        "differentiated responsibilities must be respected,” the official said.",
        "India said it was on track to meet its target of {gw} gigawatts of non-fossil "
        "electricity capacity by {target}.",
        "Non-fossil sources already account for about {share} per cent of the country’s "
        "installed power capacity, according to government data.",
        "The meeting in {host_country} has been marked by differences over who should pay "
        "for adaptation and for loss and damage in vulnerable countries.",
        "Several small island states backed India’s call for grants rather than loans, "
        "saying debt was already a burden on their economies.",
        "European negotiators said they were ready to discuss a higher goal but wanted "
        "large emerging economies to contribute as well.",
        "{expert}, a climate policy researcher who is attending the talks, said the outcome "
        "would depend on whether the finance question was settled.",
        "The talks are scheduled to conclude on Friday, though negotiators said they could "
        "run into the weekend.",
        "India has also proposed a global platform for sharing clean energy technologies "
        "with developing countries at affordable costs.",
    ),
    updates=("Late in the evening, negotiators released a draft text that includes a "
             "reference to scaling up finance, which India welcomed as a first step.",
             "India said it would study the draft closely and would not accept language that "
             "shifts the burden of finance onto developing countries."),
    tags=("Climate change", "{host_country}", "Climate finance", "Environment"),
)

SPACE = Topic(
    key="space",
    portal_section="science",
    wire_section="science-tech",
    place="Bengaluru",
    slots={"sat": SATELLITES, "num": nums(3, 60), "mass": nums(450, 2_400, 25),
           "orbit": nums(450, 800, 25), "life": ("five", "seven", "eight", "ten"),
           "launcher": ("PSLV", "GSLV", "SSLV"), "hour": nums(9, 18)},
    titles=("ISRO to launch {sat}-{num} satellite from Sriharikota on {launcher}",
            "Countdown begins for launch of {sat}-{num} earth observation satellite"),
    standfirsts=("The {mass}-kg satellite has a mission life of {life} years.",
                 "The satellite will be placed in an orbit about {orbit} km above the earth."),
    leads=("The Indian Space Research Organisation (ISRO) will launch its {sat}-{num} "
           "satellite from the Satish Dhawan Space Centre in Sriharikota next week, the space "
           "agency said on {weekday}.",),
    paras=(
        "The satellite, weighing about {mass} kg, will be carried by a {launcher} rocket and "
        "placed in an orbit about {orbit} km above the earth.",
        "It has a mission life of {life} years and will provide data for agriculture, "
        "disaster management and urban planning, ISRO said.",
        "“All the systems have been checked and the vehicle is ready. The launch is "
        "scheduled for {hour}:00 hours, subject to weather conditions,” an ISRO official said.",
        "The launch will be streamed live on ISRO’s website and social media channels.",
        "This will be the {launcher}’s next flight after a successful mission earlier this "
        "year, officials said.",
        "The satellite carries an advanced imaging payload developed at the Space "
        "Applications Centre in Ahmedabad.",
        "Several co-passenger satellites built by Indian startups and universities will also "
        "be launched on the same mission.",
        "{expert}, a former ISRO scientist, said the mission would strengthen India’s "
        "capacity to monitor crops and coastlines.",
        "The space agency has lined up several launches in the coming months, including a "
        "test flight linked to the human spaceflight programme.",
    ),
    updates=("ISRO later said the launch window had been moved by a day to allow additional "
             "checks on the rocket’s upper stage.",
             "Visitors will be allowed into the viewing gallery at Sriharikota after online "
             "registration, the space agency said."),
    tags=("ISRO", "{sat}", "{launcher}", "Space", "Sriharikota"),
)

CABINET = Topic(
    key="cabinet",
    portal_section="india",
    wire_section="national",
    slots={"amount": nums(1_500, 26_000, 250), "years": ("three", "four", "five", "six"),
           "jobs": nums(2, 12), "scheme_area": ("food processing", "textile parks",
                                                "electronic components", "inland waterways",
                                                "cold storage chains", "rural roads",
                                                "drone manufacturing", "fisheries"),
           "units": nums(150, 900, 10), "states_n": nums(8, 24)},
    titles=("Cabinet approves Rs {amount} crore scheme to boost {scheme_area}",
            "Centre clears Rs {amount} crore plan for {scheme_area}; {jobs} lakh jobs expected"),
    standfirsts=("The scheme will be implemented over {years} years.",
                 "It is expected to generate about {jobs} lakh jobs, the government said."),
    leads=("The Union Cabinet on {weekday} approved a Rs {amount} crore scheme to boost "
           "{scheme_area}, which is expected to generate about {jobs} lakh jobs over the next "
           "{years} years.",),
    paras=(
        "The decision was taken at a meeting of the Cabinet chaired by the Prime Minister, "
        "a senior minister told reporters after the meeting.",
        "Under the scheme, financial support will be provided to about {units} units in "
        "{states_n} states, with priority for backward districts.",
        "“This will make our industry more competitive and reduce our dependence on "
        "imports,” the minister said.",
        "The scheme will be implemented over {years} years and will be monitored through an "
        "online dashboard, officials said.",
        "The Centre will bear 60 per cent of the cost, while the rest will come from the "
        "states and private partners.",
        "Industry bodies welcomed the decision, saying it would attract fresh investment "
        "and help small businesses.",
        "{analyst}, an economist, said the impact would depend on how quickly the funds "
        "reached the ground.",
        "The Cabinet also approved several other proposals, including an increase in the "
        "minimum support price for some crops.",
        "Opposition parties said the government should release data on how earlier schemes "
        "in the sector had performed.",
    ),
    updates=("The government later released the guidelines for the scheme, with "
             "applications to open on a national portal from {next_month}.",
             "Officials said the first tranche of funds would be released before the end of "
             "the financial year."),
    tags=("Union Cabinet", "{scheme_area}", "Centre", "Economy"),
)

RAIL = Topic(
    key="rail",
    portal_section="india",
    wire_section="national",
    place="{city}",
    slots={"city": OTHER_CITIES, "city2": NORTH_CITIES, "hours": nums(6, 15), "saved": nums(2, 5),
           "stops": nums(5, 12), "cost": nums(1_200, 4_800, 100), "coaches": ("8", "16", "20")},
    titles=("New semi-high-speed train between {city} and {city2} to start from {next_month}",
            "{city}-{city2} travel time to be cut by {saved} hours with new express service"),
    standfirsts=("The train will have {coaches} coaches and stop at {stops} stations.",
                 "The railway board has approved the timetable, officials said."),
    leads=("A new semi-high-speed train between {city} and {city2} will start operations "
           "from {next_month}, cutting the travel time between the two cities by about "
           "{saved} hours, railway officials said on {weekday}.",),
    paras=(
        "The train will cover the distance in around {hours} hours, with stops at {stops} "
        "stations on the way, officials said.",
        "It will have {coaches} coaches, including executive chair cars, and will run six "
        "days a week.",
        "“The service will benefit business travellers and students who travel between the "
        "two cities regularly,” said {official}, a senior railway official.",
        "The railways had conducted trial runs on the route last month, and the safety "
        "commissioner’s approval is expected soon.",
        "Track upgradation work costing Rs {cost} crore was completed on the route to allow "
        "trains to run at higher speeds.",
        "Fares are yet to be announced, but officials said they would be comparable to "
        "those on similar services elsewhere in the country.",
        "Passengers’ associations welcomed the announcement but demanded a stop at smaller "
        "towns along the route.",
        "The railways plans to introduce more such services on busy routes over the next "
        "two years, officials said.",
        "Booking for the train will open on the railways’ ticketing website a week before "
        "the first run, they said.",
    ),
    updates=("The railway board later announced the fares, with a chair car ticket priced "
             "at about the same as an air-conditioned three-tier berth on existing trains.",
             "Officials said the inaugural run would be flagged off at a ceremony in "
             "{city}, and regular services would begin the next day."),
    tags=("Indian Railways", "{city}", "{city2}", "Trains"),
)

TOPICS = (DIPLOMACY, CLIMATE, SPACE, CABINET, RAIL)
