"""Builds articles.jsonl: sample 3, twenty invented articles with gold under docs/ANNOTATION.md.

Each article is a list of paragraphs, each paragraph a list of sentences; the body joins sentences
with a space and paragraphs with a blank line. Evidence is given as a fragment and resolved to the one
sentence of the body that contains it (asserted unique), so every evidence string is an exact sentence
of the body. Run it: it asserts the checks below and writes articles.jsonl next to itself.
"""
import datetime
import json
import os
import re

P = lambda n, c, t=None: {"name": n, "type": "PERSON", "country": c, "title": t}
L = lambda n, c: {"name": n, "type": "LOCATION", "country": c, "title": None}
O = lambda n, c: {"name": n, "type": "ORGANIZATION", "country": c, "title": None}


def V(visitor, vc, place, country, start, end, hosts, status, ev):
    return {"visitor": visitor, "visitorCountry": vc, "place": place, "country": country, "start": start,
            "end": end, "hosts": hosts, "status": status, "evidence": ev}


def C(committer, kind, action, recipient, due, ev):
    return {"committer": committer, "recipient": recipient, "action": action, "kind": kind, "due": due,
            "evidence": ev}


# ISO 3166-1 alpha-2 (all 249 assigned codes)
ISO = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
assert len(ISO) == 249

LICENCE = "written for visitwire (Apache-2.0); invented people and events"
arts = []


def okdate(d, id):
    if d is None:
        return None
    assert re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", d), (id, d)
    if len(d) == 7:
        datetime.date.fromisoformat(d + "-01")
        return d + "-01"
    datetime.date.fromisoformat(d)
    return d


def A(id, published, dateline, source, title, paras, entities, visits, commitments, notes="", aka=None):
    """aka: entity name -> the surface form standing for it in the text (a demonym), when the name itself is absent."""
    aka = aka or {}
    body = "\n\n".join(" ".join(p) for p in paras)
    sentences = [x for p in paras for x in p]
    words = len(body.split())
    assert 170 <= words <= 260, (id, words)
    pub = datetime.date.fromisoformat(published)
    assert datetime.date(2018, 1, 1) <= pub <= datetime.date(2026, 12, 31), (id, published)

    def sentence(key):
        hits = [x for x in sentences if key in x]
        assert len(hits) == 1, (id, key, len(hits))
        assert hits[0] in body
        return hits[0]

    names = [(e["type"], e["name"]) for e in entities]
    assert len(names) == len(set(names)), (id, "duplicate entity")
    text = (title + " " + body).lower()
    for e in entities:
        assert e["type"] in ("PERSON", "ORGANIZATION", "LOCATION"), (id, e)
        assert e["country"] is None or e["country"] in ISO, (id, e)
        assert e["name"].lower() in text or aka.get(e["name"], "\0").lower() in text, (id, e["name"])
        if e["type"] == "PERSON":
            assert e["country"] is not None, (id, e["name"])
        else:
            assert e["title"] is None, (id, e["name"])
    persons = {e["name"] for e in entities if e["type"] == "PERSON"}
    allnames = {e["name"] for e in entities}
    for v in visits:
        v["evidence"] = sentence(v["evidence"])
        assert v["visitor"] in persons, (id, v["visitor"])
        assert v["visitorCountry"] in ISO and v["country"] in ISO, (id, v)
        assert v["place"] is None or v["place"] in allnames, (id, v["place"])
        for h in v["hosts"]:
            assert h in persons and h != v["visitor"], (id, h)
        assert v["status"] in ("PLANNED", "ONGOING", "COMPLETED", "CANCELLED"), (id, v)
        s, e = okdate(v["start"], id), okdate(v["end"], id)
        if s and e:
            assert s <= e, (id, v)
    keys = [(v["visitor"], v["country"]) for v in visits]
    assert len(keys) == len(set(keys)), (id, "two visits for one visitor and country")
    for c in commitments:
        c["evidence"] = sentence(c["evidence"])
        assert c["committer"] in allnames, (id, c["committer"])
        assert c["recipient"] is None or c["recipient"] in allnames, (id, c["recipient"])
        assert c["kind"] in ("PROMISE", "PLAN", "PLEDGE", "OFFER"), (id, c)
        assert c["action"], (id, c)
        okdate(c["due"], id)
    assert id not in {a["id"] for a in arts}, id
    arts.append({"id": id, "url": "https://example.org/visitwire/sample-3/" + id, "source": source,
                 "licence": LICENCE, "published": published, "dateline": dateline, "title": title, "body": body,
                 "gold": {"entities": entities, "visits": visits, "commitments": commitments},
                 "notes": notes, "retrieved_from": None})


# ---------------------------------------------------------------- 1. Kyodo, two-country itinerary, phone call, background visit
p = [["TOKYO, Aug. 23 (Kyodo) -- Japanese Foreign Minister Kenji Morimoto will visit Vietnam and Cambodia next week for talks on maritime security and infrastructure, the Foreign Ministry said Friday."],
     ["Morimoto will be in Hanoi from Monday to Wednesday, where he is set to hold talks with his Vietnamese counterpart Pham Duc Long and attend a business forum.",
      "He will then fly to Phnom Penh on Thursday to meet Cambodian Foreign Minister Sok Vannarith, before returning to Tokyo on Saturday."],
     ["Japan will provide Cambodia with 2 billion yen in grant aid for demining equipment, a ministry official said, adding that the exchange of notes on the grant will be signed during the visit.",
      "The ministry also said Japan would dispatch a survey team to Cambodia's northwestern provinces in October to assess the remaining need for mine clearance."],
     ["The minister hopes to confirm close cooperation with both countries toward a free and open Indo-Pacific, the official said.",
      "Tokyo and Hanoi are also expected to exchange views on the South China Sea, where Vietnam has protested Chinese survey activity."],
     ["Ahead of the trip, Morimoto spoke by telephone on Thursday with Chinese Foreign Minister Wang Yi and told him Japan would keep communicating closely with Beijing on regional issues, according to the ministry."],
     ["Pham visited Tokyo in May, when the two ministers launched a vice-ministerial dialogue on maritime issues.",
      "The trip will be Morimoto's first to Southeast Asia since he took office last September, and comes as Japan seeks to expand its role in regional infrastructure financing alongside the Asian Development Bank."]]
A("s3-01-kyodo-tokyo-vietnam-cambodia", "2019-08-23", "TOKYO", "Kyodo News",
  "Japan's foreign minister to visit Vietnam, Cambodia next week", p,
  [P("Kenji Morimoto", "JP", "Foreign Minister of Japan"), L("Tokyo", "JP"), L("Japan", "JP"), L("Vietnam", "VN"),
   L("Cambodia", "KH"), O("Foreign Ministry", "JP"), L("Hanoi", "VN"),
   P("Pham Duc Long", "VN", "Foreign Minister of Vietnam"), L("Phnom Penh", "KH"),
   P("Sok Vannarith", "KH", "Foreign Minister of Cambodia"), L("Indo-Pacific", None), L("South China Sea", None),
   L("China", "CN"), P("Wang Yi", "CN", "Foreign Minister of China"), L("Beijing", "CN"), L("Southeast Asia", None),
   O("Asian Development Bank", None)],
  [V("Kenji Morimoto", "JP", "Hanoi", "VN", "2019-08-26", "2019-08-28", ["Pham Duc Long"], "PLANNED",
     "Morimoto will be in Hanoi from Monday to Wednesday"),
   V("Kenji Morimoto", "JP", "Phnom Penh", "KH", "2019-08-29", None, ["Sok Vannarith"], "PLANNED",
     "He will then fly to Phnom Penh on Thursday"),
   V("Pham Duc Long", "VN", "Tokyo", "JP", "2019-05", None, ["Kenji Morimoto"], "COMPLETED",
     "Pham visited Tokyo in May")],
  [C("Japan", "PLEDGE", "provide 2 billion yen in grant aid for demining equipment", "Cambodia", None,
     "Japan will provide Cambodia with 2 billion yen"),
   C("Japan", "PLAN", "dispatch a survey team to Cambodia's northwestern provinces to assess the need for mine clearance",
     "Cambodia", "2019-10", "would dispatch a survey team")],
  "Published Friday 2019-08-23: 'next week' Monday-Wednesday = 26-28 Aug (Hanoi, range stated so end filled); Thursday = 29 Aug "
  "(Phnom Penh). 'Before returning to Tokyo on Saturday' is read as the whole trip's return, not a stated end of the Cambodian leg, "
  "so the Cambodia end is left null. The business forum and the signing of the exchange of notes are itinerary items of the visit, "
  "not commitments. 'Hopes to confirm' is a hope; 'expected to exchange views' a possibility; 'Japan would keep communicating "
  "closely with Beijing' a general statement of ongoing conduct (not a checkable undertaking), said in a phone call (no visit). "
  "Pham's May visit to Tokyo is a background visit; 'the two ministers launched' makes Morimoto its host. Host for the Hanoi leg: "
  "the counterpart he is set to meet. 'Foreign Ministry' is Japan's; 'Chinese' is China; Beijing is annotated as a location "
  "(metonym for the government, still a place name). 'Cambodia's northwestern provinces' are unnamed, not annotated.")

# ---------------------------------------------------------------- 2. Bernama, host's side, ongoing visit, onward leg
p = [["KUALA LUMPUR, March 4 (Bernama) -- Malaysia and Thailand have agreed to reopen the Bukit Kayu Hitam-Sadao rail freight link by the end of this year, said Foreign Minister Datuk Seri Haris Mohd Daud."],
     ["He said this after receiving a courtesy call from his Thai counterpart Surachai Wongsakul, who is on a two-day official visit to Malaysia beginning yesterday, at Wisma Putra in Putrajaya today."],
     ["\"We will also set up a joint task force on cross-border online scams, which have become a serious concern for the people of both our countries,\" Haris told a press conference after the meeting.",
      "The two ministers also agreed to hold the next meeting of the bilateral joint commission in Chiang Mai next year."],
     ["Surachai called on Prime Minister Datuk Seri Anwar Ibrahim at Seri Perdana on Friday afternoon, where they discussed border security and the development of the southern provinces of Thailand, according to a statement from the Prime Minister's Office."],
     ["Haris said Malaysia stands ready to share its experience in halal certification with Thai agencies.",
      "He also reaffirmed Malaysia's support for the peace dialogue process in southern Thailand."],
     ["Haris visited Bangkok in January, his first bilateral trip abroad since his appointment in December."],
     ["The Thai minister is scheduled to leave for Singapore tomorrow to continue his regional tour.",
      "Thailand was Malaysia's fourth-largest trading partner last year, with total trade of RM120 billion, according to the Malaysia External Trade Development Corporation (MATRADE)."]]
A("s3-02-bernama-putrajaya-thailand", "2023-03-04", "KUALA LUMPUR", "Bernama",
  "Malaysia, Thailand agree to reopen rail freight link by year-end", p,
  [L("Kuala Lumpur", "MY"), L("Malaysia", "MY"), L("Thailand", "TH"), L("Bukit Kayu Hitam", "MY"), L("Sadao", "TH"),
   P("Haris Mohd Daud", "MY", "Foreign Minister of Malaysia"), P("Surachai Wongsakul", "TH", "Foreign Minister of Thailand"),
   L("Wisma Putra", "MY"), L("Putrajaya", "MY"), L("Chiang Mai", "TH"),
   P("Anwar Ibrahim", "MY", "Prime Minister of Malaysia"), L("Seri Perdana", "MY"), O("Prime Minister's Office", "MY"),
   L("Bangkok", "TH"), L("Singapore", "SG"), O("Malaysia External Trade Development Corporation", "MY")],
  [V("Surachai Wongsakul", "TH", "Putrajaya", "MY", "2023-03-03", "2023-03-04", ["Haris Mohd Daud", "Anwar Ibrahim"], "ONGOING",
     "receiving a courtesy call from his Thai counterpart"),
   V("Surachai Wongsakul", "TH", None, "SG", "2023-03-05", None, [], "PLANNED",
     "scheduled to leave for Singapore tomorrow"),
   V("Haris Mohd Daud", "MY", "Bangkok", "TH", "2023-01", None, [], "COMPLETED",
     "Haris visited Bangkok in January")],
  [C("Malaysia", "PLAN", "reopen the Bukit Kayu Hitam-Sadao rail freight link", "Thailand", "2023-12",
     "have agreed to reopen the Bukit Kayu Hitam-Sadao"),
   C("Haris Mohd Daud", "PLAN", "set up a joint task force on cross-border online scams", None, None,
     "We will also set up a joint task force"),
   C("Haris Mohd Daud", "PLAN", "hold the next meeting of the bilateral joint commission in Chiang Mai", None, None,
     "agreed to hold the next meeting of the bilateral joint commission")],
  "Published Saturday 2023-03-04. 'Two-day official visit beginning yesterday' gives 3-4 March (range stated); the visitor is "
  "still in Malaysia on the day of the story and leaves tomorrow, so ONGOING. Place Putrajaya (the city named; Wisma Putra is the "
  "ministry's building, annotated as a site). Hosts: Haris and Anwar Ibrahim (real office-holder, counterpart only; 'Datuk Seri' "
  "is an honorific, dropped from names). Friday = 3 March. Singapore is a city-state named as a country: place null, 'tomorrow' = "
  "5 March. 'By the end of this year' read as due 2023-12; the joint agreement goes to the first-named party (Malaysia). The quoted "
  "'we will' goes to the speaker (Haris). The joint commission meeting goes to the first-named minister (Haris); 'next year' has no "
  "month, due null; the 'bilateral joint commission' is unnamed, not annotated. 'Stands ready' is readiness and 'reaffirmed' a "
  "reaffirmation: not commitments. The January trip is a background visit. 'Thai' is Thailand.")

# ---------------------------------------------------------------- 3. EFE, postponed tour, video call, background trip
p = [["Madrid, Apr 17 (EFE).- Spanish Foreign Minister Lucía Ferrán has postponed until further notice a tour of Colombia, Peru and Ecuador that had been planned for early May, because of the travel restrictions imposed to contain the coronavirus pandemic, the Ministry of Foreign Affairs reported on Friday."],
     ["The trip was to have taken Ferrán to Bogotá, Lima and Quito, where she was due to meet her counterparts and representatives of Spanish companies operating in the region."],
     ["On Thursday, Ferrán held a videoconference with Colombian Foreign Minister Andrés Caicedo, to whom she announced that Spain would send 50 tonnes of medical supplies to Colombia in the coming weeks.",
      "The Spanish Agency for International Development Cooperation (AECID) will also allocate 3 million euros to strengthen primary health care in Peru, the ministry said."],
     ["\"Latin America is and will remain a priority of Spanish foreign policy,\" Ferrán said in a statement.",
      "The minister hopes to make the trip in the autumn, sources in her department told EFE."],
     ["Ferrán travelled to Buenos Aires and Montevideo in February, her first tour of the region since taking office, and met Argentine Foreign Minister Rodrigo Vallejos in the Argentine capital."],
     ["Spain will also host, together with the European Union, a virtual donors' conference on May 26 for Venezuelan refugees and migrants, who number more than five million across the region.",
      "The government urged all donors to maintain their contributions despite the economic impact of the pandemic."]]
A("s3-03-efe-madrid-postponed-andean-tour", "2020-04-17", "MADRID", "EFE",
  "Spain's foreign minister postpones Latin America tour over pandemic", p,
  [L("Madrid", "ES"), L("Spain", "ES"), P("Lucía Ferrán", "ES", "Foreign Minister of Spain"), L("Colombia", "CO"), L("Peru", "PE"),
   L("Ecuador", "EC"), O("Ministry of Foreign Affairs", "ES"), L("Bogotá", "CO"), L("Lima", "PE"), L("Quito", "EC"),
   P("Andrés Caicedo", "CO", "Foreign Minister of Colombia"),
   O("Spanish Agency for International Development Cooperation", "ES"), L("Latin America", None),
   L("Buenos Aires", "AR"), L("Montevideo", "UY"), L("Argentina", "AR"),
   P("Rodrigo Vallejos", "AR", "Foreign Minister of Argentina"), O("European Union", None), L("Venezuela", "VE")],
  [V("Lucía Ferrán", "ES", "Bogotá", "CO", "2020-05", None, [], "CANCELLED", "The trip was to have taken Ferrán to Bogotá"),
   V("Lucía Ferrán", "ES", "Lima", "PE", "2020-05", None, [], "CANCELLED", "The trip was to have taken Ferrán to Bogotá"),
   V("Lucía Ferrán", "ES", "Quito", "EC", "2020-05", None, [], "CANCELLED", "The trip was to have taken Ferrán to Bogotá"),
   V("Lucía Ferrán", "ES", "Buenos Aires", "AR", "2020-02", None, ["Rodrigo Vallejos"], "COMPLETED",
     "Ferrán travelled to Buenos Aires and Montevideo"),
   V("Lucía Ferrán", "ES", "Montevideo", "UY", "2020-02", None, [], "COMPLETED",
     "Ferrán travelled to Buenos Aires and Montevideo")],
  [C("Spain", "PLEDGE", "send 50 tonnes of medical supplies to Colombia", "Colombia", None,
     "Spain would send 50 tonnes of medical supplies"),
   C("Spanish Agency for International Development Cooperation", "PLEDGE",
     "allocate 3 million euros to strengthen primary health care in Peru", "Peru", None, "will also allocate 3 million euros"),
   C("Spain", "PLAN", "host a virtual donors' conference for Venezuelan refugees and migrants together with the European Union",
     None, "2020-05-26", "Spain will also host, together with the European Union")],
  "Postponed 'until further notice' = postponed indefinitely: the three legs are CANCELLED. 'Early May' for the whole tour lies in "
  "one month, so each leg gets 2020-05; places are the capitals named for each country; the unnamed counterparts are not hosts. "
  "The videoconference with Caicedo is a call, not a visit; 'in the coming weeks' gives due null. 'Is and will remain a priority' is "
  "a general policy statement; 'hopes to make the trip in the autumn' a hope (no new visit); 'urged all donors' an exhortation. "
  "February tour: background visits, month only; Vallejos met 'in the Argentine capital' is host of the Buenos Aires leg only. "
  "The Spanish-led conference is a PLAN for Spain (first-named co-host), due the stated day 2020-05-26. 'Venezuelan' stands for "
  "Venezuela (demonym only in the text); 'Argentine' is Argentina; 'Spanish companies' are unnamed. EFE (publisher) not annotated.",
  aka={"Venezuela": "Venezuelan", "Argentina": "Argentine"})

# ---------------------------------------------------------------- 4. ANSA, unannounced visit, pledges vs readiness vs possibility
p = [["(ANSA) - ROME, FEB 10 - Defence Minister Marco Tessari made an unannounced visit to Tripoli on Tuesday for talks with Libyan Defence Minister Ali Belhaj Omran and Interior Minister Nouri Kashlaf, his ministry said."],
     ["Italy will train 300 Libyan coast guard personnel this year and will deliver four patrol boats to the Libyan Coast Guard by June, Tessari told his counterpart, according to a statement released on Wednesday."],
     ["\"Italy is ready to do its part for a stable, united and sovereign Libya,\" the minister said.",
      "He stressed that the Government of National Accord (GNA) must take control of the migrant detention centres around the capital."],
     ["Tessari also visited the Italian military field hospital in Misrata, where about 300 Italian troops are stationed, before flying back to Rome late on Tuesday."],
     ["Omran visited Rome in December, when the two ministers signed a memorandum on demining and the training of military engineers.",
      "Italy has supported the United Nations-led political process, and Rome hopes that elections can be held in Libya by the end of the year."],
     ["Tessari is expected to report to the defence committees of the Chamber of Deputies and the Senate next week, parliamentary sources said.",
      "The visit comes as the European Union's naval mission in the Mediterranean prepares to renew its mandate, which includes monitoring the UN arms embargo on Libya.",
      "Turkey and Russia also maintain a military presence in the country, a concern repeatedly raised by Rome."]]
A("s3-04-ansa-rome-tessari-tripoli", "2021-02-10", "ROME", "ANSA",
  "Italy's Tessari in Tripoli, pledges coast guard training and boats", p,
  [L("Rome", "IT"), P("Marco Tessari", "IT", "Defence Minister of Italy"), L("Tripoli", "LY"),
   P("Ali Belhaj Omran", "LY", "Defence Minister of Libya"), P("Nouri Kashlaf", "LY", "Interior Minister of Libya"),
   L("Italy", "IT"), L("Libya", "LY"), O("Libyan Coast Guard", "LY"), O("Government of National Accord", "LY"),
   L("Misrata", "LY"), O("United Nations", None), O("Chamber of Deputies", "IT"), O("Senate", "IT"),
   O("European Union", None), L("Mediterranean", None), L("Turkey", "TR"), L("Russia", "RU")],
  [V("Marco Tessari", "IT", "Tripoli", "LY", "2021-02-09", "2021-02-09", ["Ali Belhaj Omran", "Nouri Kashlaf"], "COMPLETED",
     "made an unannounced visit to Tripoli on Tuesday"),
   V("Ali Belhaj Omran", "LY", "Rome", "IT", "2020-12", None, ["Marco Tessari"], "COMPLETED", "Omran visited Rome in December")],
  [C("Italy", "PLEDGE", "train 300 Libyan coast guard personnel", "Libyan Coast Guard", None,
     "Italy will train 300 Libyan coast guard personnel"),
   C("Italy", "PLEDGE", "deliver four patrol boats to the Libyan Coast Guard", "Libyan Coast Guard", "2021-06",
     "Italy will train 300 Libyan coast guard personnel")],
  "Published Wednesday 2021-02-10: 'on Tuesday' = 9 Feb. The one-day visit is said to have ended ('flying back to Rome late on "
  "Tuesday'), so end = start. Misrata is a second stop in the same country: one Libya visit, place Tripoli (first named). One "
  "sentence, two undertakings: training (aid in kind, PLEDGE, 'this year' gives no month: due null) and boats (PLEDGE, 'by June' = "
  "2021-06). 'Is ready to do its part' is readiness; 'must take control' an exhortation; 'hopes that elections can be held' a hope; "
  "'is expected to report' a possibility (and domestic, at his own capital: no visit). Omran's December trip is a background "
  "visit with Tessari as host (the two ministers signed). The EU's naval mission is unnamed; 'UN' is the United Nations; the "
  "field hospital is unnamed. 'Libyan'/'Italian' map to the countries already annotated.")

# ---------------------------------------------------------------- 5. Interfax, announced visit, onward event, pledge via source
p = [["MOSCOW. Nov 14 (Interfax) - Kyrgyz Foreign Minister Almaz Usenov will hold talks with Russian Foreign Minister Sergei Lavrov in Moscow on November 20, the Russian Foreign Ministry said on Wednesday."],
     ["\"The ministers will discuss the implementation of the agreements reached at the highest level, cooperation within the Eurasian Economic Union and the CSTO, and the situation in Afghanistan,\" the ministry said in a statement.",
      "A plan of consultations between the two ministries for 2019-2020 is to be signed following the talks."],
     ["Moscow intends to allocate an additional $30 million to the Russian-Kyrgyz Development Fund next year, a source in the Russian government told Interfax.",
      "The Russian side has also promised to simplify registration procedures for Kyrgyz citizens working in Russia, the source said."],
     ["Russia is ready to help Bishkek modernize the infrastructure of the Kant air base, the source added, while any increase in the Russian military presence would depend on a request from the Kyrgyz leadership."],
     ["Lavrov visited Bishkek in April, when he was received by President Sooronbay Jeenbekov."],
     ["From Moscow, Usenov is due to travel to Minsk, where he will attend a meeting of the CSTO Council of Foreign Ministers on November 29.",
      "More than 600,000 Kyrgyz citizens work in Russia, and their remittances account for about a third of Kyrgyzstan's gross domestic product, according to the World Bank."]]
A("s3-05-interfax-moscow-usenov", "2018-11-14", "MOSCOW", "Interfax",
  "Kyrgyz foreign minister to hold talks with Lavrov in Moscow on Nov 20", p,
  [L("Moscow", "RU"), P("Almaz Usenov", "KG", "Foreign Minister of Kyrgyzstan"),
   P("Sergei Lavrov", "RU", "Foreign Minister of Russia"), O("Russian Foreign Ministry", "RU"),
   O("Eurasian Economic Union", None), O("CSTO", None), L("Afghanistan", "AF"), L("Russia", "RU"),
   O("Russian-Kyrgyz Development Fund", "KG"), L("Kyrgyzstan", "KG"), L("Bishkek", "KG"), L("Kant air base", "KG"),
   P("Sooronbay Jeenbekov", "KG", "President of Kyrgyzstan"), L("Minsk", "BY"), O("World Bank", None)],
  [V("Almaz Usenov", "KG", "Moscow", "RU", "2018-11-20", None, ["Sergei Lavrov"], "PLANNED",
     "will hold talks with Russian Foreign Minister Sergei Lavrov in Moscow on November 20"),
   V("Almaz Usenov", "KG", "Minsk", "BY", "2018-11-29", None, [], "PLANNED", "Usenov is due to travel to Minsk"),
   V("Sergei Lavrov", "RU", "Bishkek", "KG", "2018-04", None, ["Sooronbay Jeenbekov"], "COMPLETED", "Lavrov visited Bishkek in April")],
  [C("Russia", "PLEDGE", "allocate an additional $30 million to the Russian-Kyrgyz Development Fund",
     "Russian-Kyrgyz Development Fund", None, "Moscow intends to allocate an additional $30 million"),
   C("Russia", "PROMISE", "simplify registration procedures for Kyrgyz citizens working in Russia", None, None,
     "has also promised to simplify registration procedures")],
  "The talks, topics and the signing of the consultation plan are itinerary items of the announced visit, not commitments. "
  "'Moscow intends to allocate' is Russia's pledge (Moscow as metonym; the committer is the country, Russia); 'next year' has no "
  "month: due null. 'The Russian side has promised' is Russia's. 'Is ready to help' is readiness and 'would depend on a request' a "
  "conditional: not commitments. Minsk: onward leg to Belarus, PLANNED, dated by the stated meeting day (the CSTO meeting itself "
  "is an event, not annotated; the CSTO is). Lavrov's April trip is a background visit; Jeenbekov (real office-holder of 2018) "
  "is only a counterpart. The development fund is taken as Kyrgyz (KG), as it operates in Kyrgyzstan: a judgement call. "
  "'Kyrgyz' is Kyrgyzstan; 'Russian' is Russia. Interfax (publisher) not annotated.")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "articles.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for a in arts:
        f.write(json.dumps(a, ensure_ascii=False) + "\n")
print(len(arts), "articles,",
      sum(len(a["gold"]["entities"]) for a in arts), "entities,",
      sum(len(a["gold"]["visits"]) for a in arts), "visits,",
      sum(len(a["gold"]["commitments"]) for a in arts), "commitments")
for a in arts:
    print(" ", a["id"], len(a["body"].split()), "words")
