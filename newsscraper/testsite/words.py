"""Vocabulary the story templates draw from: places, fictional people and outlets, numbers.

Only fictional people are quoted: officials, analysts and players named here do not exist.
Grouped entries (`GOVERNMENTS`, `MARKET_MOODS` …) keep facts that belong together consistent.
"""

from __future__ import annotations

from newsscraper.testsite.model import Group

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
#: The agencies' dateline abbreviations (AP style: March–July in full).
MONTHS_SHORT = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sep", "Oct",
                "Nov", "Dec")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def nums(start: int, stop: int, step: int = 1, fmt: str = "{:,}") -> tuple[str, ...]:
    """Formatted numbers, for slots like "{points}".

    >>> nums(1, 4)
    ('1', '2', '3')
    >>> nums(1000, 3001, 1000)
    ('1,000', '2,000', '3,000')
    """
    return tuple(fmt.format(n) for n in range(start, stop, step))


def tenths(start: int, stop: int) -> tuple[str, ...]:
    """Numbers with one decimal, `start`/10 to `stop`/10 (exclusive).

    >>> tenths(88, 91)
    ('8.8', '8.9', '9.0')
    """
    return tuple(f"{n / 10:.1f}" for n in range(start, stop))


NORTH_CITIES = ("Delhi", "Lucknow", "Chandigarh", "Jaipur", "Dehradun", "Shimla", "Amritsar",
                "Patna", "Srinagar", "Agra", "Varanasi", "Ludhiana", "Prayagraj", "Gwalior")
CITIES = ("Mumbai", "Kolkata", "Chennai", "Bengaluru", "Hyderabad", "Pune", "Ahmedabad",
          "Bhopal", "Guwahati", "Bhubaneswar", "Kochi", "Nagpur", "Indore", "Raipur", "Ranchi",
          "Lucknow", "Jaipur", "Patna", "Chandigarh", "Visakhapatnam", "Coimbatore", "Surat")
#: Cities outside the north, so a route between one of them and a northern city is a route.
OTHER_CITIES = tuple(c for c in CITIES if c not in NORTH_CITIES)
_CAPITALS = {"Uttar Pradesh": "Lucknow", "Maharashtra": "Mumbai", "Bihar": "Patna",
             "Karnataka": "Bengaluru", "Tamil Nadu": "Chennai", "Kerala": "Thiruvananthapuram",
             "West Bengal": "Kolkata", "Rajasthan": "Jaipur", "Gujarat": "Gandhinagar",
             "Madhya Pradesh": "Bhopal", "Odisha": "Bhubaneswar", "Assam": "Guwahati",
             "Telangana": "Hyderabad", "Punjab": "Chandigarh", "Haryana": "Chandigarh",
             "Jharkhand": "Ranchi", "Andhra Pradesh": "Amaravati", "Chhattisgarh": "Raipur"}
STATES = tuple(_CAPITALS)
#: States with their capitals (the dateline of state news).
STATE_CAPITALS: Group = tuple({"state": s, "state_capital": c} for s, c in _CAPITALS.items())
_HILL_STATES = (("Himachal Pradesh", "Shimla", ("Chamba", "Kullu", "Mandi", "Kinnaur")),
                ("Uttarakhand", "Dehradun", ("Uttarkashi", "Chamoli", "Tehri", "Pithoragarh",
                                             "Rudraprayag", "Almora")),
                ("Jammu and Kashmir", "Jammu", ("Doda", "Kishtwar", "Reasi", "Ramban")))
#: Hill districts with their state and its capital (the dateline).
HILLS: Group = tuple({"district": d, "hill_state": s, "hill_capital": c}
                     for s, c, districts in _HILL_STATES for d in districts)

FIRST_NAMES = ("Anil", "Sunita", "Rakesh", "Meera", "Vikram", "Pooja", "Sanjay", "Kavita",
               "Arjun", "Neha", "Rajiv", "Anjali", "Deepak", "Shalini", "Manoj", "Ritu",
               "Suresh", "Nandini", "Alok", "Priya", "Harish", "Lata", "Gaurav", "Swati")
SURNAMES = ("Verma", "Sharma", "Iyer", "Menon", "Kulkarni", "Banerjee", "Reddy", "Nair",
            "Chauhan", "Joshi", "Deshpande", "Mukherjee", "Rao", "Pillai", "Saxena", "Bhatt",
            "Gupta", "Chatterjee", "Patil", "Malhotra", "Kapoor", "Sinha", "Mishra", "Dubey")
PEOPLE = tuple(f"{f} {s}" for f in FIRST_NAMES for s in SURNAMES)

GOVERNMENTS: Group = (
    {"country": "France", "capital": "Paris", "demonym": "French", "region": "europe",
     "established": "1947"},
    {"country": "Germany", "capital": "Berlin", "demonym": "German", "region": "europe",
     "established": "1951"},
    {"country": "Japan", "capital": "Tokyo", "demonym": "Japanese", "region": "asia",
     "established": "1952"},
    {"country": "Australia", "capital": "Canberra", "demonym": "Australian", "region": "asia",
     "established": "1947"},
    {"country": "Brazil", "capital": "Brasilia", "demonym": "Brazilian", "region": "americas",
     "established": "1948"},
    {"country": "Egypt", "capital": "Cairo", "demonym": "Egyptian", "region": "middle-east",
     "established": "1947"},
    {"country": "Saudi Arabia", "capital": "Riyadh", "demonym": "Saudi",
     "region": "middle-east", "established": "1947"},
    {"country": "the UAE", "capital": "Abu Dhabi", "demonym": "Emirati",
     "region": "middle-east", "established": "1972"},
    {"country": "Vietnam", "capital": "Hanoi", "demonym": "Vietnamese", "region": "asia",
     "established": "1972"},
    {"country": "Italy", "capital": "Rome", "demonym": "Italian", "region": "europe",
     "established": "1947"},
    {"country": "Mexico", "capital": "Mexico City", "demonym": "Mexican",
     "region": "americas", "established": "1950"},
    {"country": "Indonesia", "capital": "Jakarta", "demonym": "Indonesian", "region": "asia",
     "established": "1949"},
    {"country": "Poland", "capital": "Warsaw", "demonym": "Polish", "region": "europe",
     "established": "1954"},
    {"country": "Oman", "capital": "Muscat", "demonym": "Omani", "region": "middle-east",
     "established": "1955"},
)
_COURTS = (("Supreme Court", "SC", "the Centre", "New Delhi"),
           ("Delhi High Court", "Delhi HC", "the Delhi government", "New Delhi"),
           ("Bombay High Court", "Bombay HC", "the Maharashtra government", "Mumbai"),
           ("Madras High Court", "Madras HC", "the Tamil Nadu government", "Chennai"),
           ("Calcutta High Court", "Calcutta HC", "the West Bengal government", "Kolkata"),
           ("Allahabad High Court", "Allahabad HC", "the Uttar Pradesh government",
            "Prayagraj"),
           ("Karnataka High Court", "Karnataka HC", "the Karnataka government", "Bengaluru"),
           ("Kerala High Court", "Kerala HC", "the Kerala government", "Kochi"),
           ("Gujarat High Court", "Gujarat HC", "the Gujarat government", "Ahmedabad"))
#: Courts with the government that answers to them and the city they sit in.
COURTS: Group = tuple({"court": c, "court_short": s, "respondent": r, "court_city": p}
                      for c, s, r, p in _COURTS)
COOPERATION_FIELDS = ("defence", "renewable energy", "semiconductors", "space", "agriculture",
                      "health care", "critical minerals", "maritime security", "railways",
                      "digital payments", "higher education", "civil aviation")
PROJECTS = ("a joint research centre", "a skills development programme", "a port modernisation "
            "project", "a solar manufacturing partnership", "a satellite data-sharing pact",
            "a vaccine production partnership", "a logistics corridor", "a startup bridge")

MARKET_MOODS: Group = (
    {"verb": "jumped", "verb_now": "jumps", "sector_verb": "rallied", "sector_now": "rally",
     "movers": "gainers", "cue": "positive", "broad": "gained", "rupee": "rose",
     "brent": "fell", "asia": "higher", "mood": "extended gains"},
    {"verb": "climbed", "verb_now": "climbs", "sector_verb": "advanced", "sector_now": "gain",
     "movers": "gainers", "cue": "firm", "broad": "rose", "rupee": "rose", "brent": "eased",
     "asia": "in the green", "mood": "stayed upbeat"},
    {"verb": "fell", "verb_now": "falls", "sector_verb": "slipped", "sector_now": "slide",
     "movers": "laggards", "cue": "weak", "broad": "declined", "rupee": "fell",
     "brent": "rose", "asia": "lower", "mood": "remained under pressure"},
    {"verb": "tanked", "verb_now": "tanks", "sector_verb": "tumbled", "sector_now": "tumble",
     "movers": "laggards", "cue": "negative", "broad": "fell", "rupee": "fell",
     "brent": "jumped", "asia": "in the red", "mood": "turned cautious"},
)
SECTORS = ("banking", "IT", "auto", "metal", "pharma", "FMCG", "energy", "realty",
           "capital goods", "telecom")
STOCKS = ("Tata Steel", "Infosys", "HDFC Bank", "Reliance Industries", "Maruti Suzuki",
          "Larsen & Toubro", "ICICI Bank", "Sun Pharma", "Bharti Airtel", "Axis Bank",
          "Titan", "NTPC", "Power Grid", "Asian Paints", "Wipro", "Tech Mahindra")
BROKERAGES = ("Meridian Securities", "Harbourline Capital", "Northgate Broking",
              "Suvarna Wealth", "Crestview Investments", "Bluestone Equities")

TEAMS = ("Mumbai", "Karnataka", "Tamil Nadu", "Delhi", "Bengal", "Saurashtra", "Vidarbha",
         "Punjab", "Baroda", "Hyderabad", "Kerala", "Madhya Pradesh", "Rajasthan", "Assam",
         "Andhra", "Haryana", "Odisha", "Uttar Pradesh", "Gujarat", "Jharkhand")
TOURNAMENTS = ("Vijay Hazare Trophy", "Syed Mushtaq Ali Trophy", "Ranji Trophy",
               "Deodhar Trophy")
STADIUMS = ("Jadavpur University Ground", "Alur Cricket Stadium", "Motibagh Ground",
            "Reliance Stadium", "Rajiv Gandhi International Stadium", "Holkar Stadium",
            "Barabati Stadium", "Green Park", "KSCA Stadium", "Moti Bagh Stadium")

INDICATORS: Group = (
    {"indicator": "retail inflation", "measure": "Consumer Price Index (CPI)",
     "agency_name": "National Statistics Office (NSO)", "driver": "vegetable and pulses prices"},
    {"indicator": "wholesale inflation", "measure": "Wholesale Price Index (WPI)",
     "agency_name": "commerce ministry", "driver": "manufactured goods and fuel prices"},
    {"indicator": "industrial output growth", "measure": "Index of Industrial Production (IIP)",
     "agency_name": "National Statistics Office (NSO)", "driver": "mining and electricity"},
    {"indicator": "urban unemployment rate", "measure": "Periodic Labour Force Survey (PLFS)",
     "agency_name": "National Statistics Office (NSO)", "driver": "seasonal hiring"},
)

FILMS = ("Raat Ki Rani", "Dhoop Chhaon", "Sarhad Paar", "Mitti Ke Rang", "Aakhri Signal",
         "Dil Ki Duniya", "Toofan Express", "Chandni Raatein", "Ek Naya Safar", "Baazigar Returns",
         "Kagaz Ke Phool 2", "Neela Aasmaan")
BRANDS = ("Zenvo", "Kairo", "Novatek", "Lumio", "Orbix", "Vastra", "Pixon", "Tezz")
SATELLITES = ("EOS", "GSAT", "RISAT", "Cartosat", "Oceansat", "NVS")
BOARDS: Group = (
    {"board": "Maharashtra State Board", "state": "Maharashtra", "topper_city": "Pune"},
    {"board": "Karnataka School Examination Board", "state": "Karnataka",
     "topper_city": "Mysuru"},
    {"board": "Bihar School Examination Board", "state": "Bihar", "topper_city": "Gaya"},
    {"board": "Rajasthan Board of Secondary Education", "state": "Rajasthan",
     "topper_city": "Sikar"},
    {"board": "Gujarat Secondary and Higher Secondary Education Board", "state": "Gujarat",
     "topper_city": "Rajkot"},
    {"board": "Kerala Board of Public Examinations", "state": "Kerala",
     "topper_city": "Kozhikode"},
)
FORUMS: Group = (
    {"forum": "the UN climate conference", "host": "Baku", "host_country": "Azerbaijan",
     "region": "europe"},
    {"forum": "the G20 environment ministers’ meeting", "host": "Rio de Janeiro",
     "host_country": "Brazil", "region": "americas"},
    {"forum": "the Asia-Pacific climate dialogue", "host": "Bangkok",
     "host_country": "Thailand", "region": "asia"},
    {"forum": "the Gulf energy transition summit", "host": "Doha", "host_country": "Qatar",
     "region": "middle-east"},
    {"forum": "the Bonn climate talks", "host": "Bonn", "host_country": "Germany",
     "region": "europe"},
)
COMMENTERS = ("Arvind Kulkarni", "Farah S.", "Ramesh T.", "Priyanka Das", "Joseph M.",
              "Sneha R.", "Harpreet Singh", "Imran K.", "Lakshmi V.", "Rohit", "Anita Menon")
COMMENTS = (
    "Good to know. Hope the authorities act quickly on this.",
    "Well reported, thanks for the detailed update.",
    "This has been going on for years. Nothing will change unless people demand it.",
    "Very informative article. Please keep following this story.",
    "Finally some good news!",
    "The numbers look different from what was reported yesterday. Please check.",
    "Why is nobody talking about the impact on small towns?",
    "Hope everyone stays safe.",
)
