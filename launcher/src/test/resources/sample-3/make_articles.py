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
        if e["type"] != "PERSON":
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
     ["Russian Deputy Foreign Minister Oleg Sukharev visited Bishkek in April to prepare the talks, when he was received by President Sooronbay Jeenbekov."],
     ["From Moscow, Usenov is due to travel to Minsk, where he will attend a meeting of the CSTO Council of Foreign Ministers on November 29.",
      "More than 600,000 Kyrgyz citizens work in Russia, and their remittances account for about a third of Kyrgyzstan's gross domestic product, according to the World Bank."]]
A("s3-05-interfax-moscow-usenov", "2018-11-14", "MOSCOW", "Interfax",
  "Kyrgyz foreign minister to hold talks with Lavrov in Moscow on Nov 20", p,
  [L("Moscow", "RU"), P("Almaz Usenov", "KG", "Foreign Minister of Kyrgyzstan"),
   P("Sergei Lavrov", "RU", "Foreign Minister of Russia"), O("Russian Foreign Ministry", "RU"),
   O("Eurasian Economic Union", None), O("CSTO", None), L("Afghanistan", "AF"), L("Russia", "RU"),
   O("Russian-Kyrgyz Development Fund", "KG"), L("Kyrgyzstan", "KG"), L("Bishkek", "KG"), L("Kant air base", "KG"),
   P("Oleg Sukharev", "RU", "Deputy Foreign Minister of Russia"),
   P("Sooronbay Jeenbekov", "KG", "President of Kyrgyzstan"), L("Minsk", "BY"), O("World Bank", None)],
  [V("Almaz Usenov", "KG", "Moscow", "RU", "2018-11-20", None, ["Sergei Lavrov"], "PLANNED",
     "will hold talks with Russian Foreign Minister Sergei Lavrov in Moscow on November 20"),
   V("Almaz Usenov", "KG", "Minsk", "BY", "2018-11-29", None, [], "PLANNED", "Usenov is due to travel to Minsk"),
   V("Oleg Sukharev", "RU", "Bishkek", "KG", "2018-04", None, ["Sooronbay Jeenbekov"], "COMPLETED", "Oleg Sukharev visited Bishkek in April")],
  [C("Russia", "PLEDGE", "allocate an additional $30 million to the Russian-Kyrgyz Development Fund",
     "Russian-Kyrgyz Development Fund", None, "Moscow intends to allocate an additional $30 million"),
   C("Russia", "PROMISE", "simplify registration procedures for Kyrgyz citizens working in Russia", None, None,
     "has also promised to simplify registration procedures")],
  "The talks, topics and the signing of the consultation plan are itinerary items of the announced visit, not commitments. "
  "'Moscow intends to allocate' is Russia's pledge (Moscow as metonym; the committer is the country, Russia); 'next year' has no "
  "month: due null. 'The Russian side has promised' is Russia's. 'Is ready to help' is readiness and 'would depend on a request' a "
  "conditional: not commitments. Minsk: onward leg to Belarus, PLANNED, dated by the stated meeting day (the CSTO meeting itself "
  "is an event, not annotated; the CSTO is). Sukharev's April trip is a background visit; Lavrov and Jeenbekov (real office-holders of "
  "2018) are only counterparts. The development fund is taken as Kyrgyz (KG), as it operates in Kyrgyzstan: a judgement call. "
  "'Kyrgyz' is Kyrgyzstan; 'Russian' is Russia. Interfax (publisher) not annotated.")

# ---------------------------------------------------------------- 6. Arab News, host's side, investment pledge vs reaffirmation
p = [["RIYADH: Saudi Arabia will invest $5 billion in Pakistan's mining and refining sectors over the next three years, Minister of Investment Fahad Al-Suwailem said on Tuesday after talks with a visiting Pakistani delegation."],
     ["Al-Suwailem made the announcement at a joint press conference in Riyadh with Pakistan's Minister of Investment Tariq Mehmood Baig, who arrived in the Kingdom on Monday at the head of a 40-member delegation for a three-day visit."],
     ["Baig was also received by Foreign Minister Prince Faisal bin Farhan at the ministry's headquarters on Tuesday evening.",
      "The two sides discussed energy, food security and the employment of Pakistani workers, who form one of the largest expatriate communities in the Kingdom."],
     ["\"We will establish a single window at the Special Investment Facilitation Council so that Saudi projects are cleared within 60 days,\" Baig told reporters.",
      "The two ministers agreed to hold the next round of investment talks in Islamabad in October."],
     ["The Kingdom reaffirmed its commitment to supporting Pakistan's economic stability, Al-Suwailem said, adding that Saudi Aramco was studying the feasibility of a refinery at the port of Gwadar."],
     ["The delegation's visit follows Al-Suwailem's trip to Islamabad in April, when he met Prime Minister Shehbaz Sharif and toured the Reko Diq copper and gold mine in Balochistan province.",
      "Saudi officials have said they would consider further deposits with the State Bank of Pakistan if the International Monetary Fund approves a new program for the country.",
      "Bilateral trade stood at around $4.5 billion last year."]]
A("s3-06-arabnews-riyadh-pakistan-investment", "2024-05-22", "RIYADH", "Arab News",
  "Saudi Arabia to invest $5bn in Pakistan's mining and refining sectors", p,
  [L("Riyadh", "SA"), L("Saudi Arabia", "SA"), L("Pakistan", "PK"), P("Fahad Al-Suwailem", "SA", "Minister of Investment of Saudi Arabia"),
   P("Tariq Mehmood Baig", "PK", "Minister of Investment of Pakistan"), P("Faisal bin Farhan", "SA", "Foreign Minister of Saudi Arabia"),
   O("Special Investment Facilitation Council", "PK"), L("Islamabad", "PK"), O("Saudi Aramco", "SA"), L("Gwadar", "PK"),
   P("Shehbaz Sharif", "PK", "Prime Minister of Pakistan"), L("Reko Diq", "PK"), L("Balochistan", "PK"),
   O("State Bank of Pakistan", "PK"), O("International Monetary Fund", None)],
  [V("Tariq Mehmood Baig", "PK", "Riyadh", "SA", "2024-05-20", "2024-05-22", ["Fahad Al-Suwailem", "Faisal bin Farhan"], "ONGOING",
     "arrived in the Kingdom on Monday"),
   V("Fahad Al-Suwailem", "SA", "Islamabad", "PK", "2024-04", None, ["Shehbaz Sharif"], "COMPLETED",
     "Al-Suwailem's trip to Islamabad in April")],
  [C("Saudi Arabia", "PLEDGE", "invest $5 billion in Pakistan's mining and refining sectors over the next three years", "Pakistan", None,
     "Saudi Arabia will invest $5 billion"),
   C("Tariq Mehmood Baig", "PROMISE", "establish a single window at the Special Investment Facilitation Council to clear Saudi projects within 60 days",
     None, None, "We will establish a single window"),
   C("Fahad Al-Suwailem", "PLAN", "hold the next round of investment talks in Islamabad", None, "2024-10",
     "agreed to hold the next round of investment talks")],
  "Published Wednesday 2024-05-22: arrived Monday 20 May for three days = 20-22 May, still there on the day: ONGOING; place "
  "Riyadh (the press conference city). Hosts: Al-Suwailem and Faisal bin Farhan (real office-holder, counterpart only; 'Prince' "
  "treated as an honorific). The delegation is Baig's visit; members are not visits. Quoted 'we will' goes to the speaker (Baig), "
  "a promise of conduct. 'The two ministers agreed to hold' goes to the first-named minister (Al-Suwailem), due 2024-10. "
  "'Reaffirmed its commitment' is a reaffirmation; Aramco 'was studying' is ongoing/possibility; 'would consider further deposits "
  "... if the IMF approves' is conditional and a possibility: not commitments. Al-Suwailem's April trip is a background visit, "
  "Shehbaz Sharif (real) its host; Reko Diq is a named site. 'The Kingdom' is Saudi Arabia; 'Pakistani' is Pakistan.")

# ---------------------------------------------------------------- 7. Nation (Kenya), return from a trip, planned host visit, troops
p = [["Kenya and Ethiopia have agreed to complete the last section of the Isiolo-Moyale power line by December, Foreign Affairs Cabinet Secretary Grace Wanjiru Mutua has said."],
     ["Speaking at Jomo Kenyatta International Airport on Thursday on her return from a two-day visit to Addis Ababa, Ms Mutua said she had held talks with Ethiopia's Deputy Prime Minister and Foreign Minister Demeke Mekonnen on trade and the security situation along the common border."],
     ["\"Ethiopia has promised to reopen the Moyale one-stop border post to trucks within two weeks,\" she said, adding that the closure had cost transporters millions of shillings."],
     ["Ms Mutua will host her Tanzanian counterpart, Mr Juma Mwakyusa, in Nairobi on Tuesday for a session of the Kenya-Tanzania Joint Permanent Commission.",
      "She urged Tanzanian authorities to remove the non-tariff barriers that have slowed Kenyan exports at the Namanga border."],
     ["Kenya will send 900 soldiers to eastern DR Congo as part of the East African Community regional force, the CS said, with the first contingent expected to leave in August."],
     ["\"Kenya remains committed to regional integration and to the peaceful settlement of disputes in our neighbourhood,\" Ms Mutua said.",
      "Parliament's Defence and Foreign Relations Committee is yet to approve the deployment, although committee chairman Moses Kiprono said MPs would take up the matter when the House resumes."],
     ["Ethiopia is Kenya's largest source of imported electricity under a power purchase agreement signed in 2021."]]
A("s3-07-nation-nairobi-mutua-addis", "2022-07-08", None, "Daily Nation",
  "Kenya, Ethiopia agree to finish power line by December", p,
  [L("Kenya", "KE"), L("Ethiopia", "ET"), L("Isiolo", "KE"), L("Moyale", "KE"),
   P("Grace Wanjiru Mutua", "KE", "Cabinet Secretary for Foreign Affairs"), L("Jomo Kenyatta International Airport", "KE"),
   L("Addis Ababa", "ET"), P("Demeke Mekonnen", "ET", "Deputy Prime Minister and Foreign Minister of Ethiopia"),
   L("Tanzania", "TZ"), P("Juma Mwakyusa", "TZ", "Foreign Minister of Tanzania"), L("Nairobi", "KE"),
   O("Kenya-Tanzania Joint Permanent Commission", None), L("Namanga", "KE"), L("DR Congo", "CD"),
   O("East African Community", None), O("Parliament", "KE"), O("Defence and Foreign Relations Committee", "KE"),
   P("Moses Kiprono", "KE", "Chairman of the Defence and Foreign Relations Committee")],
  [V("Grace Wanjiru Mutua", "KE", "Addis Ababa", "ET", "2022-07-06", "2022-07-07", ["Demeke Mekonnen"], "COMPLETED",
     "on her return from a two-day visit to Addis Ababa"),
   V("Juma Mwakyusa", "TZ", "Nairobi", "KE", "2022-07-12", None, ["Grace Wanjiru Mutua"], "PLANNED",
     "Ms Mutua will host her Tanzanian counterpart")],
  [C("Kenya", "PLAN", "complete the last section of the Isiolo-Moyale power line", "Ethiopia", "2022-12",
     "have agreed to complete the last section"),
   C("Ethiopia", "PROMISE", "reopen the Moyale one-stop border post to trucks within two weeks", "Kenya", None,
     "Ethiopia has promised to reopen the Moyale"),
   C("Kenya", "PLEDGE", "send 900 soldiers to eastern DR Congo as part of the East African Community regional force", "DR Congo",
     "2022-08", "Kenya will send 900 soldiers")],
  "Nation house style: no dateline. Published Friday 2022-07-08: she returned on Thursday 7 July from a two-day visit, so 6-7 July, "
  "COMPLETED. Demeke Mekonnen (real office-holder of 2022) is only a counterpart. Tuesday = 12 July; hosting her counterpart is the "
  "visit, not a commitment. 'Kenya and Ethiopia have agreed to complete' goes to the first-named party (Kenya), due December = "
  "2022-12. Troops: PLEDGE, the first contingent 'expected to leave in August' taken as the due month of the same undertaking "
  "(one commitment, not two). 'Urged' is an exhortation; 'remains committed' a policy statement; 'MPs would take up the matter "
  "when the House resumes' is vague and conditional: not taken. 'Ms'/'Mr' are honorifics; 'CS' is her role. The Joint Permanent "
  "Commission is a named bilateral body (ORGANIZATION, country null). 'Parliament' (of Kenya) and its committee are "
  "two bodies; 'the House' is Parliament again. Moyale and Namanga are border towns with a Kenyan side; KE. "
  "'Kenyan'/'Tanzanian' map to the countries.")

# ---------------------------------------------------------------- 8. The Guardian, cancelled trip, video call, background trip
p = [["A planned visit to China by the UK trade minister Helen Carraway has been called off at short notice after Beijing imposed sanctions on two British MPs, the Guardian understands."],
     ["Carraway had been due to travel to Beijing and Shanghai next week to lead the first ministerial trade mission to China in seven years, with about 30 company executives in tow."],
     ["Instead, she held a video call on Wednesday with the Chinese commerce minister, Wang Wentao, in which both sides \"noted the importance of stable trade relations\", according to a readout from the Department for Business and Trade.",
      "The department said it would reschedule the visit \"at the earliest opportunity\"."],
     ["The sanctions, announced by China's foreign ministry on Tuesday, target the MPs Tom Ashby and Priya Lal, both members of the Inter-Parliamentary Alliance on China, over their criticism of human rights abuses in Xinjiang.",
      "They bar both from entering mainland China, Hong Kong and Macau."],
     ["A government spokesperson said: \"We will continue to engage with China where it is in our national interest, and we will always raise human rights.\""],
     ["Carraway will update the Commons on the trade relationship next week, her department said.",
      "In November she led a trade delegation to Tokyo and Seoul, where she signed a memorandum on critical minerals with South Korea's trade minister, Ahn Jae-sung."],
     ["Ashby said the cancellation was the right decision. \"Ministers cannot be seen to be doing business as usual,\" he said."]]
A("s3-08-guardian-carraway-china-cancelled", "2025-01-16", None, "The Guardian",
  "UK trade minister's China trip called off after Beijing sanctions MPs", p,
  [L("China", "CN"), L("UK", "GB"), P("Helen Carraway", "GB", "Trade Minister"), L("Beijing", "CN"),
   P("Tom Ashby", "GB", "MP"), P("Priya Lal", "GB", "MP"), L("Shanghai", "CN"),
   P("Wang Wentao", "CN", "Commerce Minister of China"), O("Department for Business and Trade", "GB"),
   O("Inter-Parliamentary Alliance on China", None), L("Xinjiang", "CN"), L("Hong Kong", "HK"), L("Macau", "MO"),
   O("Commons", "GB"), L("Tokyo", "JP"), L("Seoul", "KR"), L("South Korea", "KR"),
   P("Ahn Jae-sung", "KR", "Trade Minister of South Korea")],
  [V("Helen Carraway", "GB", "Beijing", "CN", "2025-01", None, [], "CANCELLED", "A planned visit to China by the UK trade minister"),
   V("Helen Carraway", "GB", "Tokyo", "JP", "2024-11", None, [], "COMPLETED", "In November she led a trade delegation to Tokyo and Seoul"),
   V("Helen Carraway", "GB", "Seoul", "KR", "2024-11", None, ["Ahn Jae-sung"], "COMPLETED",
     "In November she led a trade delegation to Tokyo and Seoul")],
  [C("Department for Business and Trade", "PLAN", "reschedule the trade minister's visit to China", None, None,
     "The department said it would reschedule the visit"),
   C("Helen Carraway", "PLAN", "update the Commons on the trade relationship with China", "Commons", "2025-01",
     "Carraway will update the Commons")],
  "Guardian style: no dateline; published Thursday 2025-01-16. The China trip is 'called off': CANCELLED; 'next week' (20-26 Jan) "
  "lies in one month, read like 'this week' as month-only 2025-01; place Beijing (first of the two cities named). The two British "
  "MPs are named in paragraph 4 (entity title 'MP'). The video call is not a visit; Wang Wentao (real office-holder) is only a "
  "counterpart. 'Would reschedule the visit at the earliest opportunity' is taken as the department's PLAN (a stated intention a "
  "reader can check; no date). The spokesperson's 'we will continue to engage ... will always raise human rights' is a general "
  "policy statement, not a commitment. The sanctions 'bar' is the present effect of an imposed measure, not an undertaking. "
  "'Update the Commons next week' is a PLAN, due month-only 2025-01 by the same reading of 'next week'. November background trip: "
  "two legs, month only; Ahn met in Seoul is host there only. 'British' is the UK; the Guardian (publisher) is not annotated; "
  "China's foreign ministry is unnamed beyond 'foreign ministry' (not annotated).")

# ---------------------------------------------------------------- 9. Bloomberg, planned two-country trip, anonymous sources
p = [["Brazil's Finance Minister Renato Azevedo will travel to China and Japan later this month to court investors for the country's debut sovereign sustainable bonds in yuan and yen, according to people familiar with the plans."],
     ["Azevedo is scheduled to meet Chinese Finance Minister Lan Fo'an in Beijing on March 23 before heading to Shanghai for meetings with banks, and will then spend two days in Tokyo, the people said, asking not to be identified because the itinerary hasn't been made public."],
     ["Brazil plans to sell as much as $2 billion of the securities this year, split between a panda bond and a samurai bond, one of the people said.",
      "Japan Bank for International Cooperation has pledged to guarantee part of the yen tranche, another person said."],
     ["China Development Bank may also sign a credit line for Brazilian infrastructure projects during the visit, though talks are still at an early stage.",
      "Brazil's Finance Ministry in Brasília declined to comment."],
     ["\"We want to diversify our investor base and lower our funding costs,\" Azevedo said in an interview with Bloomberg News last week, without giving details of the trip.",
      "He has said the government would seek new markets only if conditions were favorable."],
     ["The real weakened 0.4% to 5.21 per dollar on Thursday, while the yield on Brazil's benchmark 10-year bonds rose to 13.6%.",
      "Brazil sold its first sustainable bond in dollars in 2023, raising $2 billion, and has since issued a second tranche."],
     ["Azevedo last traveled to Asia in October, when he attended meetings of the Asian Infrastructure Investment Bank in Singapore."]]
A("s3-09-bloomberg-azevedo-china-japan", "2026-03-12", None, "Bloomberg",
  "Brazil's Azevedo to Pitch Yuan, Yen Green Bonds on Asia Trip", p,
  [L("Brazil", "BR"), P("Renato Azevedo", "BR", "Finance Minister of Brazil"), L("China", "CN"), L("Japan", "JP"),
   P("Lan Fo'an", "CN", "Finance Minister of China"), L("Beijing", "CN"), L("Shanghai", "CN"), L("Tokyo", "JP"),
   O("Japan Bank for International Cooperation", "JP"), O("China Development Bank", "CN"), O("Finance Ministry", "BR"),
   L("Brasília", "BR"), L("Asia", None), O("Asian Infrastructure Investment Bank", None), L("Singapore", "SG")],
  [V("Renato Azevedo", "BR", "Beijing", "CN", "2026-03-23", None, ["Lan Fo'an"], "PLANNED",
     "Azevedo is scheduled to meet Chinese Finance Minister Lan Fo'an in Beijing on March 23"),
   V("Renato Azevedo", "BR", "Tokyo", "JP", "2026-03", None, [], "PLANNED",
     "Azevedo is scheduled to meet Chinese Finance Minister Lan Fo'an in Beijing on March 23"),
   V("Renato Azevedo", "BR", None, "SG", "2025-10", None, [], "COMPLETED", "Azevedo last traveled to Asia in October")],
  [C("Brazil", "PLAN", "sell as much as $2 billion of sustainable bonds in yuan and yen", None, None,
     "Brazil plans to sell as much as $2 billion"),
   C("Japan Bank for International Cooperation", "PLEDGE", "guarantee part of the yen tranche of Brazil's bond", "Brazil", None,
     "has pledged to guarantee part of the yen tranche")],
  "Bloomberg style, no dateline; published Thursday 2026-03-12. China leg: the stated meeting day 23 March is its start (Beijing, "
  "first city named; Shanghai is the same leg). Japan leg: 'later this month' for the trip and 'two days in Tokyo' without dates: "
  "month 2026-03. Lan Fo'an (real office-holder) only as counterpart. Sources 'familiar with the plans' still report an "
  "announced plan: PLANNED. 'Plans to sell' is a PLAN ('this year': due null); JBIC 'has pledged to guarantee' a PLEDGE to Brazil. "
  "'May also sign a credit line' is a possibility; 'we want to diversify' a wish; 'would seek new markets only if' a conditional: "
  "not commitments. October background: Singapore is a city-state named as such, place null; the October before March 2026 is "
  "2025-10. Bloomberg News (publisher) not annotated; 'the real' is a currency, not annotated; panda/samurai bonds are products.")

# ---------------------------------------------------------------- 10. Agência Brasil, host's side, invitation, onward stop
p = [["Brasília - Brazilian Foreign Minister Helena Sampaio received her Argentine counterpart, Santiago Iraola, this Monday (26) at Itamaraty Palace, in Brasília, for a working meeting on trade, energy and the Mercosur agenda."],
     ["The two ministers agreed to resume the binational commission on nuclear energy, which has not met since 2019, with a first meeting scheduled for August in Buenos Aires."],
     ["Sampaio announced that Brazil will open a credit line of US$600 million through the National Bank for Economic and Social Development (BNDES) to finance Brazilian exports to Argentina.",
      "\"Argentina is a strategic partner, and Brazil will not leave its neighbor alone at a difficult moment,\" the minister said."],
     ["In the afternoon, Iraola was received by President Luiz Inácio Lula da Silva at Planalto Palace.",
      "The Argentine minister delivered a letter in which President Alberto Fernández invites Lula to attend the celebrations of Argentina's Independence Day in Buenos Aires on July 9.",
      "The Planalto did not say whether the president would travel."],
     ["Sampaio said Brazil hopes to conclude negotiations on the Mercosur-European Union agreement by the end of the year."],
     ["Iraola travels to São Paulo this Tuesday (27), where he will meet business leaders at the Federation of Industries of the State of São Paulo (Fiesp) before returning to Buenos Aires."],
     ["Sampaio was in Buenos Aires in March for consultations with Iraola, her first bilateral visit since taking office.",
      "Argentina is Brazil's third-largest trading partner, behind China and the United States."]]
A("s3-10-agenciabrasil-brasilia-argentina", "2023-06-27", "BRASÍLIA", "Agência Brasil",
  "Brazil and Argentina resume nuclear commission; Brazil opens credit line for exports", p,
  [L("Brasília", "BR"), P("Helena Sampaio", "BR", "Foreign Minister of Brazil"), L("Argentina", "AR"),
   P("Santiago Iraola", "AR", "Foreign Minister of Argentina"), L("Itamaraty Palace", "BR"), O("Mercosur", None),
   L("Buenos Aires", "AR"), L("Brazil", "BR"), O("National Bank for Economic and Social Development", "BR"),
   P("Luiz Inácio Lula da Silva", "BR", "President of Brazil"), L("Planalto Palace", "BR"),
   P("Alberto Fernández", "AR", "President of Argentina"), O("European Union", None), L("São Paulo", "BR"),
   O("Federation of Industries of the State of São Paulo", "BR"), L("China", "CN"), L("United States", "US")],
  [V("Santiago Iraola", "AR", "Brasília", "BR", "2023-06-26", None, ["Helena Sampaio", "Luiz Inácio Lula da Silva"], "ONGOING",
     "received her Argentine counterpart, Santiago Iraola, this Monday (26)"),
   V("Helena Sampaio", "BR", "Buenos Aires", "AR", "2023-03", None, ["Santiago Iraola"], "COMPLETED",
     "Sampaio was in Buenos Aires in March")],
  [C("Helena Sampaio", "PLAN", "resume the binational commission on nuclear energy with a first meeting in Buenos Aires", None,
     "2023-08", "The two ministers agreed to resume the binational commission"),
   C("Brazil", "PLEDGE", "open a credit line of US$600 million through BNDES to finance Brazilian exports to Argentina", "Argentina",
     None, "Brazil will open a credit line"),
   C("Alberto Fernández", "OFFER", "invite Lula to attend Argentina's Independence Day celebrations in Buenos Aires",
     "Luiz Inácio Lula da Silva", "2023-07-09", "invites Lula to attend the celebrations")],
  "Agência Brasil convention 'this Monday (26)': published Tuesday 2023-06-27, Monday = 26 June. Iraola is in Brazil on the day of "
  "the story (São Paulo 'this Tuesday (27)', same country, same visit): ONGOING, place Brasília, no end stated. Hosts: Sampaio and "
  "Lula (real office-holder, counterpart only). 'Agreed to resume' goes to the first-named minister (Sampaio), due August = 2023-08. "
  "'Will not leave its neighbor alone' is a general assurance, too vague to check: not taken. The letter's invitation is an OFFER "
  "by Alberto Fernández (real, counterpart only), due the stated event day; not accepted, so no visit for Lula. 'Hopes to conclude' "
  "is a hope. The March trip is a background visit with Iraola as host. The unnamed nuclear commission is not annotated; the "
  "EU-Mercosur agreement is not annotated (agreement), but Mercosur and the European Union are. 'Planalto' in 'The Planalto did not "
  "say' is the same site as Planalto Palace. 'Brazilian'/'Argentine' map to the countries; BNDES and Fiesp are acronyms of the "
  "annotated organizations.")

# ---------------------------------------------------------------- 11. Antara, domestic leg plus border crossing, pledges
p = [["Jakarta (ANTARA) - Minister of Public Works and Public Housing Agus Prasetyo will inspect the Trans-Papua road in Jayapura, Papua province, on Friday before crossing into Papua New Guinea for talks on a cross-border road link, his ministry said on Thursday."],
     ["On Saturday, the minister is scheduled to cross the Skouw-Wutung border post and meet Papua New Guinea's Minister for Works, Michael Kaupa, in Vanimo, the capital of Sandaun province."],
     ["Indonesia will fund a feasibility study worth Rp50 billion for the road from Wutung to Vanimo, ministry spokesman Endra Saputra told ANTARA.",
      "\"We will finish the last 34 kilometers of the Trans-Papua road by the end of 2020,\" Agus said in a statement."],
     ["State electricity company PT PLN will begin exporting power from Jayapura to Vanimo in December, Endra added, under a deal signed between the two countries in August."],
     ["The government remains committed to accelerating development in Papua, the minister said, noting that President Joko Widodo had asked ministers to prioritize infrastructure in the country's easternmost provinces."],
     ["Kaupa visited Jakarta in July, when he and Agus signed a memorandum of understanding on border infrastructure.",
      "The two ministers are also expected to discuss a bridge over the Tami River and the possible opening of a second border market."],
     ["Indonesia and Papua New Guinea share a land border of about 820 kilometers, and trade through the Skouw crossing has grown steadily since the new border post opened in 2017."]]
A("s3-11-antara-jakarta-agus-papua-png", "2019-10-03", "Jakarta", "Antara",
  "Minister to inspect Trans-Papua road, hold border talks in PNG", p,
  [L("Jakarta", "ID"), P("Agus Prasetyo", "ID", "Minister of Public Works and Public Housing"), L("Trans-Papua road", "ID"),
   L("Jayapura", "ID"), L("Papua", "ID"), L("Papua New Guinea", "PG"), L("Skouw", "ID"), L("Wutung", "PG"),
   P("Michael Kaupa", "PG", "Minister for Works of Papua New Guinea"), L("Vanimo", "PG"), L("Sandaun", "PG"),
   L("Indonesia", "ID"), P("Endra Saputra", "ID", "spokesman of the Ministry of Public Works and Public Housing"),
   O("PT PLN", "ID"), P("Joko Widodo", "ID", "President of Indonesia"), L("Tami River", None)],
  [V("Agus Prasetyo", "ID", "Jayapura", "ID", "2019-10-04", None, [], "PLANNED",
     "will inspect the Trans-Papua road in Jayapura"),
   V("Agus Prasetyo", "ID", "Vanimo", "PG", "2019-10-05", None, ["Michael Kaupa"], "PLANNED",
     "the minister is scheduled to cross the Skouw-Wutung border post"),
   V("Michael Kaupa", "PG", "Jakarta", "ID", "2019-07", None, ["Agus Prasetyo"], "COMPLETED", "Kaupa visited Jakarta in July")],
  [C("Indonesia", "PLEDGE", "fund a feasibility study worth Rp50 billion for the road from Wutung to Vanimo", "Papua New Guinea", None,
     "Indonesia will fund a feasibility study"),
   C("Agus Prasetyo", "PROMISE", "finish the last 34 kilometers of the Trans-Papua road", None, "2020-12",
     "We will finish the last 34 kilometers"),
   C("PT PLN", "PLAN", "begin exporting power from Jayapura to Vanimo", "Papua New Guinea", "2019-12",
     "will begin exporting power from Jayapura to Vanimo")],
  "Published Thursday 2019-10-03. Jayapura on Friday 4 Oct is domestic travel away from the minister's base (Jakarta): a visit to "
  "Indonesia, PLANNED. Saturday 5 Oct: PNG leg at Vanimo, host Kaupa. Kaupa's July trip to Jakarta is a background visit, Agus its "
  "host (they signed). 'We will finish ... by the end of 2020' goes to the speaker, due 2020-12. PLN's export 'will begin ... in "
  "December': PLAN, due 2019-12 (its recipient taken as PNG, where Vanimo lies). 'Remains committed' is policy; 'had asked "
  "ministers to prioritize' a past instruction by Joko Widodo (real, mentioned only); 'expected to discuss' and 'possible opening' "
  "are itinerary items and possibilities. The Trans-Papua road is taken as a named site (LOCATION, ID); the Tami River is a "
  "border river, country null. The spokesman's title is as the text gives it; ANTARA (publisher) is not annotated.")

# ---------------------------------------------------------------- 12. RFE/RL, ongoing tour, onward leg, phone call with invitation
p = [["TBILISI -- Georgian Prime Minister Levan Gabunia has begun a regional tour in Azerbaijan, where he met President Ilham Aliyev in Baku on May 29 to discuss the Baku-Tbilisi-Kars railway and gas transit."],
     ["On May 30, Gabunia was to visit a Georgian-Azerbaijani agricultural venture near Ganja before flying to Ankara, where he is scheduled to meet Turkish President Recep Tayyip Erdogan and Energy Minister Kemal Ozturk on May 31."],
     ["Aliyev told reporters after the talks that Azerbaijan would increase gas deliveries to Georgia by 10 percent from January under a new contract with the State Oil Company of Azerbaijan Republic (SOCAR).",
      "The two leaders also agreed to open a second border crossing near the Red Bridge by the end of the year, the Georgian government said."],
     ["\"Georgia has always been, and will remain, a reliable transit partner for our neighbors,\" Gabunia said."],
     ["Before leaving Tbilisi, Gabunia spoke by phone with Armenian Prime Minister Nikol Pashinian, who invited him to visit Yerevan, according to the Georgian government's press office.",
      "No date has been set for such a visit."],
     ["Georgian Foreign Minister Davit Kipiani visited Baku in April to prepare the trip.",
      "Analysts told RFE/RL's Georgian Service that Tbilisi is seeking to balance its relations with its three neighbors as the Armenian government changes course after last month's protests."],
     ["The railway, which opened in October, links the Caspian Sea to Turkey's rail network and is expected to carry 5 million tons of cargo a year by 2020."]]
A("s3-12-rferl-tbilisi-gabunia-tour", "2018-05-30", "TBILISI", "RFE/RL",
  "Georgian Premier Begins Regional Tour In Azerbaijan, Heads To Turkey", p,
  [L("Tbilisi", "GE"), L("Georgia", "GE"), P("Levan Gabunia", "GE", "Prime Minister of Georgia"), L("Azerbaijan", "AZ"),
   P("Ilham Aliyev", "AZ", "President of Azerbaijan"), L("Baku", "AZ"), L("Kars", "TR"), L("Ganja", "AZ"), L("Ankara", "TR"),
   L("Turkey", "TR"), P("Recep Tayyip Erdogan", "TR", "President of Turkey"), P("Kemal Ozturk", "TR", "Energy Minister of Turkey"),
   O("State Oil Company of Azerbaijan Republic", "AZ"), L("Red Bridge", None), L("Armenia", "AM"),
   P("Nikol Pashinian", "AM", "Prime Minister of Armenia"), L("Yerevan", "AM"),
   P("Davit Kipiani", "GE", "Foreign Minister of Georgia"), L("Caspian Sea", None)],
  [V("Levan Gabunia", "GE", "Baku", "AZ", "2018-05-29", None, ["Ilham Aliyev"], "ONGOING",
     "has begun a regional tour in Azerbaijan"),
   V("Levan Gabunia", "GE", "Ankara", "TR", "2018-05-31", None, ["Recep Tayyip Erdogan", "Kemal Ozturk"], "PLANNED",
     "before flying to Ankara"),
   V("Davit Kipiani", "GE", "Baku", "AZ", "2018-04", None, [], "COMPLETED", "Davit Kipiani visited Baku in April")],
  [C("Azerbaijan", "PLEDGE", "increase gas deliveries to Georgia by 10 percent", "Georgia", "2019-01",
     "Azerbaijan would increase gas deliveries"),
   C("Levan Gabunia", "PLAN", "open a second border crossing near the Red Bridge", None, "2018-12",
     "agreed to open a second border crossing"),
   C("Nikol Pashinian", "OFFER", "invite Levan Gabunia to visit Yerevan", "Levan Gabunia", None,
     "who invited him to visit Yerevan")],
  "Published Wednesday 2018-05-30. Gabunia is still in Azerbaijan on the day of the story (the Ganja stop is the same leg): "
  "ONGOING, start 29 May. Turkey leg PLANNED, 31 May, hosts Erdogan (real office-holder, counterpart only) and Ozturk. Aliyev "
  "(real, counterpart only) announces for Azerbaijan: PLEDGE (resources), 'from January' = 2019-01. 'The two leaders agreed to "
  "open' goes to the first-named leader (Gabunia); 'by the end of the year' = 2018-12. 'Has always been, and will remain, a "
  "reliable transit partner' is a general statement of policy. The phone call is not a visit; Pashinian's invitation (real, "
  "counterpart only) is an OFFER, not accepted, no date: no visit. Kipiani's April trip is a background visit. 'Is expected to "
  "carry' is a forecast. Kars is annotated inside the railway's name (the railway itself is not annotated); the Red Bridge spans "
  "the Georgian-Azerbaijani border: country null. RFE/RL (publisher, incl. its Georgian Service) not annotated; 'the Georgian government' (lower case) is not "
  "annotated as a name; 'Turkish', "
  "'Armenian', 'Georgian' map to the countries.", aka={"Armenia": "Armenian"})

# ---------------------------------------------------------------- 13. White House readout, UNGA margins, accepted invitation
p = [["Vice President Kamala Harris met today in Washington with President Kwame Boateng of the Republic of Ghana.",
      "President Boateng is on a two-day working visit to Washington that ends tomorrow, after addressing the United Nations General Assembly in New York on Tuesday."],
     ["The Vice President and President Boateng discussed the food and energy crisis caused by Russia's war against Ukraine, the threat of violent extremism spreading from the Sahel to the coastal states of West Africa, and Ghana's leadership on the UN Security Council."],
     ["The Vice President announced that the United States, through the U.S. Agency for International Development (USAID), will provide an additional $47 million in humanitarian and development assistance to Ghana to address food insecurity and strengthen the resilience of farmers in the country's northern regions."],
     ["The Vice President reaffirmed the United States' commitment to deepening our partnership with Ghana based on shared democratic values.",
      "The two leaders agreed to convene the next U.S.-Ghana Bilateral Dialogue in Washington in December."],
     ["President Boateng invited the Vice President to visit Accra, and the Vice President said she looks forward to traveling to Ghana to build on her engagement with leaders across the continent."],
     ["The leaders also discussed the importance of debt transparency and the G20 Common Framework, and President Boateng briefed the Vice President on Ghana's negotiations with the International Monetary Fund."]]
A("s3-13-whitehouse-harris-boateng", "2022-09-21", None, "The White House",
  "Readout of Vice President Harris's Meeting with President Kwame Boateng of Ghana", p,
  [P("Kamala Harris", "US", "Vice President of the United States"), P("Kwame Boateng", "GH", "President of Ghana"),
   L("Republic of Ghana", "GH"), O("United Nations General Assembly", None), L("New York", "US"), L("Russia", "RU"),
   L("Ukraine", "UA"), L("Sahel", None), L("West Africa", None), O("UN Security Council", None), L("United States", "US"),
   O("U.S. Agency for International Development", "US"), L("Washington", "US"), L("Accra", "GH"),
   O("G20", None), O("International Monetary Fund", None)],
  [V("Kwame Boateng", "GH", "Washington", "US", "2022-09-20", "2022-09-22", ["Kamala Harris"], "ONGOING",
     "President Boateng is on a two-day working visit to Washington")],
  [C("United States", "PLEDGE", "provide an additional $47 million in humanitarian and development assistance to Ghana", "Republic of Ghana",
     None, "will provide an additional $47 million"),
   C("Kamala Harris", "PLAN", "convene the next U.S.-Ghana Bilateral Dialogue in Washington", None, "2022-12",
     "agreed to convene the next U.S.-Ghana Bilateral Dialogue"),
   C("Kwame Boateng", "OFFER", "invite Kamala Harris to visit Accra", "Kamala Harris", None,
     "President Boateng invited the Vice President to visit Accra")],
  "Readout dated Wednesday 2022-09-21. 'A two-day working visit to Washington that ends tomorrow' gives 21-22 Sep for the "
  "Washington stay, but he addressed the General Assembly in New York on Tuesday (20 Sep), the same country: one U.S. visit, start "
  "2022-09-20 (first stated day of presence), end 2022-09-22, ONGOING, place Washington (the city of the meeting): a judgement "
  "call. Host Harris (real office-holder, counterpart only). The invitation to Accra is an OFFER; the Vice President only 'looks "
  "forward to traveling' (a hope, no acceptance, no date): no visit for her. USAID announced by the Vice President for the United "
  "States: PLEDGE. 'Reaffirmed ... commitment' is a reaffirmation. 'Agreed to convene' goes to the first-named leader (Harris), "
  "due 2022-12; the Bilateral Dialogue is an event by name, not annotated. "
  "'Republic of Ghana' and 'Ghana' are one entity (fullest form). The G20 Common Framework is a programme inside the G20 name; "
  "only the G20 is annotated. 'The continent' is not named.")

# ---------------------------------------------------------------- 14. No 10 readout, unnamed host, onward domestic stop
p = [["The Prime Minister welcomed Prime Minister Lena Halvorsen of Norway to Downing Street today.",
      "The leaders began by discussing the strong ties between the UK and Norway, from energy security in the North Sea to our close cooperation as NATO Allies."],
     ["They agreed that the UK and Norway would launch a new Green Industrial Partnership by the end of the year, bringing together investment in offshore wind, hydrogen and carbon capture."],
     ["The Prime Minister confirmed that the UK would contribute £20 million to the Northern Lights carbon storage project, which will store carbon dioxide captured at British industrial sites beneath the Norwegian seabed."],
     ["Turning to Ukraine, both leaders reiterated their steadfast support and agreed on the importance of maintaining pressure on Russia through sanctions.",
      "They welcomed the work of the Joint Expeditionary Force and looked forward to the leaders' summit in Tallinn in December."],
     ["The Prime Minister said he looked forward to visiting Oslo next year.",
      "Prime Minister Halvorsen will travel to Edinburgh tomorrow to meet business leaders and visit a carbon capture research centre at the University of Edinburgh."],
     ["The leaders agreed to stay in close contact, and officials will take forward the discussions in the coming weeks."]]
A("s3-14-no10-halvorsen-norway", "2024-10-09", None, "Prime Minister's Office, 10 Downing Street",
  "PM meeting with Prime Minister of Norway Lena Halvorsen: 9 October 2024", p,
  [P("Lena Halvorsen", "NO", "Prime Minister of Norway"), L("Norway", "NO"), L("Downing Street", "GB"), L("UK", "GB"),
   L("North Sea", None), O("NATO", None), O("Northern Lights", "NO"), L("Ukraine", "UA"), L("Russia", "RU"),
   O("Joint Expeditionary Force", None), L("Tallinn", "EE"), L("Oslo", "NO"), L("Edinburgh", "GB"),
   O("University of Edinburgh", "GB")],
  [V("Lena Halvorsen", "NO", "Downing Street", "GB", "2024-10-09", None, [], "ONGOING",
     "The Prime Minister welcomed Prime Minister Lena Halvorsen of Norway to Downing Street today.")],
  [C("UK", "PLAN", "launch a new Green Industrial Partnership with Norway", "Norway", "2024-12",
     "would launch a new Green Industrial Partnership"),
   C("UK", "PLEDGE", "contribute £20 million to the Northern Lights carbon storage project", "Northern Lights", None,
     "would contribute £20 million")],
  "No 10 style: the UK Prime Minister is never named, so he is neither an entity nor a host (hosts: named people only), and "
  "'looked forward to visiting Oslo next year' is both a hope and unnamed: no visit, no commitment. Halvorsen is in the UK today "
  "and travels to Edinburgh tomorrow (same country, same visit): ONGOING, place Downing Street (the site named; London is not "
  "named). 'They agreed that the UK and Norway would launch' goes to the first-named party (the UK), 'by the end of the year' = "
  "2024-12; the partnership is a programme by name, not annotated. The £20m is announced for the UK: PLEDGE. Northern Lights is "
  "taken as the Norwegian carbon storage venture (an ORGANIZATION): a judgement call. 'Reiterated their steadfast support', "
  "'agreed on the importance', 'welcomed', 'looked forward', 'agreed to stay in close contact' and officials' follow-up 'in the "
  "coming weeks' are not commitments. The Edinburgh meetings are itinerary items. 'British'/'Norwegian' map to the countries.")

# ---------------------------------------------------------------- 15. Kremlin, talks with a visiting prime minister, transcript
p = [["Vladimir Putin held talks in the Kremlin with Prime Minister of the Lao People's Democratic Republic Somsack Phommavong, who is in Russia on an official visit.",
      "Earlier in the day, the Lao Prime Minister had talks with Prime Minister of Russia Dmitry Medvedev at the Government House."],
     ["President of Russia Vladimir Putin: Mr Prime Minister, friends, welcome to Moscow.",
      "Next year we will mark the 60th anniversary of diplomatic relations between our countries, and we have every reason to speak of a genuine strategic partnership.",
      "Trade is growing, though not as quickly as we would like.",
      "This year we will increase the number of state-funded university places for Lao students to 1,000, and Russian specialists will help train personnel for your energy sector."],
     ["Prime Minister of the Lao People's Democratic Republic Somsack Phommavong (retranslated): Mr President, thank you for the warm welcome.",
      "Laos will allocate a plot of land in Vientiane for the construction of a Russian cultural and educational centre.",
      "We also hope that Russian companies will take part in building the railway from Vientiane to the border with Vietnam."],
     ["Following the talks, a number of bilateral documents were signed in the presence of the two leaders, including an intergovernmental agreement on cooperation in the peaceful use of atomic energy.",
      "The Prime Minister of Laos is also expected to visit St Petersburg before leaving Russia."],
     ["Laos will chair the Association of Southeast Asian Nations in 2024, and Vladimir Putin noted that Russia values the Lao side's role in developing Russia-ASEAN dialogue."]]
A("s3-15-kremlin-putin-lao-prime-minister", "2019-09-05", "The Kremlin, Moscow", "President of Russia",
  "Talks with Prime Minister of Laos Somsack Phommavong", p,
  [P("Vladimir Putin", "RU", "President of Russia"),
   P("Somsack Phommavong", "LA", "Prime Minister of the Lao People's Democratic Republic"), L("Kremlin", "RU"),
   L("Lao People's Democratic Republic", "LA"), L("Russia", "RU"), P("Dmitry Medvedev", "RU", "Prime Minister of Russia"),
   L("Government House", "RU"), L("Moscow", "RU"), L("Vientiane", "LA"), L("Vietnam", "VN"), L("St Petersburg", "RU"),
   O("Association of Southeast Asian Nations", None)],
  [V("Somsack Phommavong", "LA", "Moscow", "RU", "2019-09-05", None, ["Vladimir Putin", "Dmitry Medvedev"], "ONGOING",
     "who is in Russia on an official visit")],
  [C("Vladimir Putin", "PLEDGE", "increase the number of state-funded university places for Lao students to 1,000", "Lao People's Democratic Republic",
     None, "This year we will increase the number"),
   C("Vladimir Putin", "PLEDGE", "have Russian specialists help train personnel for the Lao energy sector", "Lao People's Democratic Republic",
     None, "This year we will increase the number"),
   C("Lao People's Democratic Republic", "PLEDGE", "allocate a plot of land in Vientiane for a Russian cultural and educational centre",
     "Russia", None, "Laos will allocate a plot of land")],
  "Kremlin item dated 2019-09-05 ('The Kremlin, Moscow'). Real office-holders (Putin, Medvedev) are only hosts/counterparts. The "
  "visitor is in Russia now: ONGOING, start the day of the talks (arrival not stated), place Moscow (the city named; the Kremlin "
  "and Government House are sites). St Petersburg is the same country: same visit, and 'expected to visit' adds nothing. Putin's "
  "'this year we will increase ... and Russian specialists will help train' is one sentence, two undertakings, both attributed to "
  "the speaker (dev convention for a quoted 'we will'); scholarships and training are resources: PLEDGE; 'this year' gives no "
  "month. 'Next year we will mark the anniversary' is a statement about an anniversary, not an undertaking; 'we would like' and "
  "'we hope that Russian companies will' are wishes. 'Laos will allocate' names the country, so the committer is Laos (one entity, "
  "fullest form Lao People's Democratic Republic). The documents signed are past facts; the agreement is not annotated. ASEAN is "
  "the association's acronym (one entity). 'Laos will chair ASEAN in 2024' is the association's rotation, a scheduled fact, not "
  "an undertaking by Laos: not taken. 'Mr' is an honorific; '(retranslated)' is the site's transcript convention.",
  aka={})

# ---------------------------------------------------------------- 16. European Council press release, received in Brussels, invitation
p = [["European Council President António Costa received Prime Minister of Montenegro Danilo Vuković at the Europa building in Brussels today, as Montenegro enters the final stage of its accession negotiations.",
      "Tomorrow, Prime Minister Vuković will meet European Commission President Ursula von der Leyen."],
     ["\"Montenegro's future is in the European Union. Your country has shown that reforms deliver results,\" President Costa said after the meeting."],
     ["President Costa confirmed that the EU will hold an intergovernmental conference with Montenegro in June with a view to provisionally closing further negotiating chapters.",
      "He also announced that the EU would release a first payment of €73 million to Montenegro under the Reform and Growth Facility for the Western Balkans before the summer."],
     ["Prime Minister Vuković said Montenegro had committed to complete the reform of its judicial councils by the end of the year and to align fully with the EU's common foreign and security policy.",
      "The EU stands ready to support Montenegro on this path, President Costa said, while stressing that the rule of law remains at the heart of the process."],
     ["Prime Minister Vuković invited President Costa to visit Podgorica.",
      "The two leaders also exchanged views on the situation in the Western Balkans and on Russia's war of aggression against Ukraine, and welcomed Montenegro's full alignment with EU sanctions."],
     ["Montenegro opened accession negotiations in 2012 and has since opened all 33 negotiating chapters."]]
A("s3-16-eucouncil-costa-vukovic-montenegro", "2025-04-08", "Brussels", "European Council",
  "President Costa receives Prime Minister of Montenegro Danilo Vuković", p,
  [P("António Costa", None, "President of the European Council"), P("Danilo Vuković", "ME", "Prime Minister of Montenegro"),
   L("Europa building", "BE"), L("Brussels", "BE"), L("Montenegro", "ME"), O("European Commission", None),
   P("Ursula von der Leyen", None, "President of the European Commission"), O("European Union", None),
   L("Western Balkans", None), L("Podgorica", "ME"), L("Russia", "RU"), L("Ukraine", "UA")],
  [V("Danilo Vuković", "ME", "Brussels", "BE", "2025-04-08", None, ["António Costa", "Ursula von der Leyen"], "ONGOING",
     "received Prime Minister of Montenegro Danilo Vuković at the Europa building in Brussels today")],
  [C("European Union", "PLAN", "hold an intergovernmental conference with Montenegro to close further negotiating chapters",
     "Montenegro", "2025-06", "the EU will hold an intergovernmental conference"),
   C("European Union", "PLEDGE", "release a first payment of €73 million to Montenegro under the Reform and Growth Facility",
     "Montenegro", None, "would release a first payment of €73 million"),
   C("Montenegro", "PROMISE", "complete the reform of its judicial councils", None, "2025-12",
     "Montenegro had committed to complete the reform"),
   C("Montenegro", "PROMISE", "align fully with the EU's common foreign and security policy", None, None,
     "Montenegro had committed to complete the reform"),
   C("Danilo Vuković", "OFFER", "invite António Costa to visit Podgorica", "António Costa", None,
     "invited President Costa to visit Podgorica")],
  "Release dated Tuesday 2025-04-08. Vuković met Costa today and meets von der Leyen tomorrow: ONGOING (the rule's 'met today "
  "and meets again tomorrow'), place Brussels; hosts both (real office-holders, counterparts only; they serve the EU, not a state, so "
  "their country is null: a judgement call). The intergovernmental conference is an event but holding it "
  "is a checkable undertaking of the EU: PLAN, due 2025-06. 'Before the summer' has no month: due null. 'Had committed to "
  "complete ... and to align' lists two undertakings (two PROMISEs); 'by the end of the year' = 2025-12. 'Stands ready' is "
  "readiness; 'your future is in the EU', 'remains at the heart', 'exchanged views', 'welcomed' are not commitments. The "
  "invitation to Podgorica is an OFFER, not accepted: no visit for Costa. 'EU' is the European Union (one entity); the Reform and "
  "Growth Facility is a funding programme, not a body: not annotated. European Council (publisher) not annotated. The past "
  "opening of chapters is a fact.")

# ---------------------------------------------------------------- 17. Australian DFAT media release, first-person two-country trip
p = [["The Hon Daniel Ashby MP, Minister for International Development and the Pacific."],
     ["This week I will travel to Fiji and Tonga to strengthen Australia's partnerships with two of our closest Pacific family members."],
     ["In Suva, I will meet Prime Minister Sitiveni Rabuka and ministers of the Fijian Government to discuss climate resilience, labour mobility and regional security.",
      "I will also visit the University of the South Pacific, where Australia is funding new scholarships for students from across the region."],
     ["Australia will provide $12 million over three years to strengthen Fiji's health system, including upgrades to the maternity wing of Colonial War Memorial Hospital.",
      "In Nuku'alofa, I will meet Tonga's Minister for Infrastructure, Sione Fakatou, and announce $5.5 million for the reconstruction of wharves damaged by the Hunga Tonga-Hunga Ha'apai eruption."],
     ["The Australian Federal Police will also deploy a further 10 officers to Tonga to support the Tonga Police in the lead-up to the Pacific Games."],
     ["The Albanese Government is committed to being a partner of choice for the Pacific, and to working with Pacific Islands Forum members on the priorities they set for themselves.",
      "Australia stands ready to respond quickly when disasters strike our region."],
     ["Media enquiries: Minister's office."]]
A("s3-17-dfat-ashby-fiji-tonga", "2023-08-15", None, "Department of Foreign Affairs and Trade (Australia)",
  "Visit to Fiji and Tonga", p,
  [P("Daniel Ashby", "AU", "Minister for International Development and the Pacific"), L("Fiji", "FJ"), L("Tonga", "TO"),
   L("Australia", "AU"), L("Pacific", None), L("Suva", "FJ"), P("Sitiveni Rabuka", "FJ", "Prime Minister of Fiji"),
   O("Fijian Government", "FJ"), O("University of the South Pacific", None), L("Colonial War Memorial Hospital", "FJ"),
   L("Nuku'alofa", "TO"), P("Sione Fakatou", "TO", "Minister for Infrastructure of Tonga"), L("Hunga Tonga-Hunga Ha'apai", "TO"),
   O("Australian Federal Police", "AU"), O("Tonga Police", "TO"), O("Albanese Government", "AU"),
   O("Pacific Islands Forum", None)],
  [V("Daniel Ashby", "AU", "Suva", "FJ", "2023-08", None, ["Sitiveni Rabuka"], "PLANNED", "In Suva, I will meet Prime Minister Sitiveni Rabuka"),
   V("Daniel Ashby", "AU", "Nuku'alofa", "TO", "2023-08", None, ["Sione Fakatou"], "PLANNED",
     "In Nuku'alofa, I will meet Tonga's Minister for Infrastructure")],
  [C("Australia", "PLEDGE", "provide $12 million over three years to strengthen Fiji's health system", "Fiji", None,
     "Australia will provide $12 million over three years"),
   C("Australia", "PLEDGE", "provide $5.5 million for the reconstruction of wharves damaged by the eruption", "Tonga", None,
     "announce $5.5 million for the reconstruction of wharves"),
   C("Australian Federal Police", "PLEDGE", "deploy a further 10 officers to Tonga to support the Tonga Police", "Tonga Police", None,
     "will also deploy a further 10 officers")],
  "DFAT ministerial media release, first person: 'I' is the minister named in the byline line, so the visits are Daniel Ashby's. "
  "'This week' for the whole trip (published Tuesday 2023-08-15) = month only, 2023-08, for each leg; hosts are the named people "
  "he will meet (Rabuka, real office-holder, counterpart only). The university visit and the meetings are itinerary items. The "
  "$5.5 million 'announce' during the visit is taken as a resource pledge by Australia (the announcement is itinerary, the money "
  "is the undertaking): a judgement call. 'Is funding new scholarships' is ongoing; 'is committed to being a partner of choice' "
  "policy; 'stands ready' readiness: not commitments. AFP deployment: PLEDGE (personnel); the Pacific Games are an event, not "
  "annotated. 'Fijian Government' and 'Albanese Government' are governments' bodies (ORGANIZATION). Hunga Tonga-Hunga Ha'apai is "
  "a named site (volcano) inside the eruption's name. 'The Hon' and 'MP' are honorifics, dropped from the name. Dollars are the "
  "release's (Australian) dollars.")

# ---------------------------------------------------------------- 18. German Federal Government, announced state visit, pledges
p = [["Federal Chancellor Angela Merkel will receive the President of the Republic of Namibia, Samuel Nangolo, with military honours at the Federal Chancellery in Berlin on Monday, 28 June, Deputy Government Spokesperson Katrin Mehlhorn announced on Thursday."],
     ["The talks will focus on the German-Namibian hydrogen partnership, the reconciliation process between the two countries, and the situation in southern Africa.",
      "Following the talks, the Federal Chancellor and the President will hold a joint press conference."],
     ["The Federal Government will provide 40 million euros for a green hydrogen pilot plant near Lüderitz, the spokesperson said.",
      "Germany has also pledged to provide one million doses of COVID-19 vaccine to Namibia through the COVAX facility by the end of September."],
     ["On Tuesday, President Nangolo will travel to Hamburg, where he will visit the port and meet representatives of the Hamburg Chamber of Commerce."],
     ["The Federal Government wishes to deepen the partnership with Namibia, which it regards as one of its closest partners in Africa, Mehlhorn said.",
      "Germany is aware of its historical responsibility towards Namibia."],
     ["Namibia's Minister of Mines and Energy, Peya Shikongo, visited Berlin in March to prepare the hydrogen partnership, holding talks with Federal Economics Minister Peter Altmaier.",
      "The Federal Ministry of Education and Research is funding a feasibility study on hydrogen exports from Namibia to Europe."]]
A("s3-18-bundesregierung-merkel-nangolo", "2021-06-24", "Berlin", "The Federal Government (Germany)",
  "Federal Chancellor Merkel to receive President of Namibia", p,
  [P("Angela Merkel", "DE", "Federal Chancellor of Germany"), L("Republic of Namibia", "NA"),
   P("Samuel Nangolo", "NA", "President of the Republic of Namibia"), L("Federal Chancellery", "DE"), L("Berlin", "DE"),
   P("Katrin Mehlhorn", "DE", "Deputy Government Spokesperson"), L("Germany", "DE"), L("southern Africa", None),
   O("Federal Government", "DE"), L("Lüderitz", "NA"), O("COVAX", None), L("Hamburg", "DE"),
   O("Hamburg Chamber of Commerce", "DE"), L("Africa", None), P("Peya Shikongo", "NA", "Minister of Mines and Energy of Namibia"),
   P("Peter Altmaier", "DE", "Federal Economics Minister"), O("Federal Ministry of Education and Research", "DE"),
   L("Europe", None)],
  [V("Samuel Nangolo", "NA", "Berlin", "DE", "2021-06-28", None, ["Angela Merkel"], "PLANNED",
     "will receive the President of the Republic of Namibia"),
   V("Peya Shikongo", "NA", "Berlin", "DE", "2021-03", None, ["Peter Altmaier"], "COMPLETED",
     "visited Berlin in March to prepare the hydrogen partnership")],
  [C("Federal Government", "PLEDGE", "provide 40 million euros for a green hydrogen pilot plant near Lüderitz", "Republic of Namibia",
     None, "will provide 40 million euros"),
   C("Germany", "PLEDGE", "provide one million doses of COVID-19 vaccine to Namibia through COVAX", "Republic of Namibia", "2021-09",
     "Germany has also pledged to provide one million doses")],
  "Announcement dated Thursday 2021-06-24; the visit date is stated (Monday 28 June). Hamburg on Tuesday is the same country, same "
  "visit (place Berlin, first named; no end stated as the visit's end). Merkel and Altmaier (real office-holders) are only "
  "hosts/counterparts. The talks, the press conference and the Hamburg programme are itinerary items, not commitments. 'Wishes to "
  "deepen' is a wish; 'is aware of its historical responsibility' a statement of policy; the research ministry 'is funding' an "
  "ongoing action. 'The Federal Government will provide' and 'Germany has pledged' are PLEDGEs by the party named in each; 'by the "
  "end of September' = 2021-09. 'Republic of Namibia' and 'Namibia' are one entity; COVAX 'facility' is a programme run as a "
  "body (ORGANIZATION, international). 'German-Namibian' maps to the two countries. Shikongo's March trip is a background visit.")

# ---------------------------------------------------------------- 19. Élysée, received in Paris, invitation, minister's planned trip
p = [["The President of the Republic, Emmanuel Macron, received the Prime Minister of the Islamic Republic of Mauritania, Mr Ahmed Ould Sidi, at the Élysée Palace on Monday 2 February, during his working visit to Paris."],
     ["The two leaders discussed the security situation in the Sahel, cooperation on migration, and the development of green hydrogen and critical minerals in Mauritania."],
     ["The President of the Republic announced that the Agence française de développement (AFD) would grant a €50 million loan to modernise the electricity grid between Nouakchott and Nouadhibou.",
      "France reaffirmed its commitment to the security and stability of the region and expressed its readiness to support Mauritania in the fight against terrorism."],
     ["The two leaders agreed to hold the first France-Mauritania intergovernmental seminar in Nouakchott in the second half of 2026.",
      "They also agreed that France would double the number of scholarships offered to Mauritanian students from the next academic year."],
     ["The Prime Minister invited the President of the Republic to visit Mauritania.",
      "Mauritania's Minister of Foreign Affairs, Mohamed Salem Ould Brahim, will travel to Paris in March for the strategic dialogue between the two countries."],
     ["The President of the Republic welcomed Mauritania's role as a partner of the European Union on migration and called for greater mobilisation of the international community for the G5 Sahel's successor initiatives."]]
A("s3-19-elysee-macron-ould-sidi", "2026-02-03", "Paris", "Élysée",
  "Meeting with the Prime Minister of the Islamic Republic of Mauritania", p,
  [P("Emmanuel Macron", "FR", "President of the French Republic"), L("Islamic Republic of Mauritania", "MR"),
   P("Ahmed Ould Sidi", "MR", "Prime Minister of the Islamic Republic of Mauritania"), L("Élysée Palace", "FR"), L("Paris", "FR"),
   L("Sahel", None), O("Agence française de développement", "FR"), L("Nouakchott", "MR"), L("Nouadhibou", "MR"),
   L("France", "FR"), P("Mohamed Salem Ould Brahim", "MR", "Minister of Foreign Affairs of Mauritania"),
   O("European Union", None), O("G5 Sahel", None)],
  [V("Ahmed Ould Sidi", "MR", "Paris", "FR", "2026-02-02", None, ["Emmanuel Macron"], "COMPLETED",
     "received the Prime Minister of the Islamic Republic of Mauritania"),
   V("Mohamed Salem Ould Brahim", "MR", "Paris", "FR", "2026-03", None, [], "PLANNED",
     "will travel to Paris in March")],
  [C("Agence française de développement", "PLEDGE", "grant a €50 million loan to modernise the electricity grid between Nouakchott and Nouadhibou",
     "Islamic Republic of Mauritania", None, "would grant a €50 million loan"),
   C("Emmanuel Macron", "PLAN", "hold the first France-Mauritania intergovernmental seminar in Nouakchott", None, None,
     "agreed to hold the first France-Mauritania intergovernmental seminar"),
   C("France", "PLEDGE", "double the number of scholarships offered to Mauritanian students", "Islamic Republic of Mauritania", None,
     "France would double the number of scholarships"),
   C("Ahmed Ould Sidi", "OFFER", "invite Emmanuel Macron to visit Mauritania", "Emmanuel Macron", None,
     "The Prime Minister invited the President of the Republic to visit Mauritania.")],
  "Release dated Tuesday 2026-02-03 about Monday 2 February: a working visit reported in the past tense, nothing said of his "
  "still being there: COMPLETED, start only. Macron (real office-holder) only as host/counterpart. The AFD loan is the agency's "
  "PLEDGE (the body that carries it out is named). 'The two leaders agreed to hold' goes to the first-named leader (Macron); "
  "'the second half of 2026' has no month: due null. 'Agreed that France would double' names France: PLEDGE, 'next academic "
  "year' null. 'Reaffirmed its commitment', 'expressed its readiness', 'welcomed', 'called for' are not commitments. The "
  "invitation is an OFFER, not accepted: no Macron visit. Ould Brahim's March trip is a planned visit (the strategic dialogue is "
  "its itinerary item). 'Islamic Republic of Mauritania'/'Mauritania'/'Mauritanian' are one entity; 'Mr' an honorific. The G5 "
  "Sahel is an organization; its 'successor initiatives' are unnamed.")

# ---------------------------------------------------------------- 20. UAE MOFAIC, received in Abu Dhabi, onward leg, background visit
p = [["His Highness Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs and International Cooperation, received today in Abu Dhabi Stavros Lekkas, Minister of Foreign Affairs of the Hellenic Republic, who is currently visiting the country."],
     ["During the meeting, the two sides reviewed the strategic partnership between the UAE and Greece and ways to enhance cooperation in the fields of energy, investment, tourism and defence, in addition to developments in the Eastern Mediterranean."],
     ["The two sides agreed to establish a joint committee on renewable energy and to hold its first meeting in Athens in January 2021.",
      "His Highness Sheikh Abdullah bin Zayed announced that the UAE will deploy two firefighting aircraft to Greece during next year's wildfire season, at the request of the Greek government."],
     ["His Highness affirmed the UAE's keenness to strengthen its relations with Greece, and stressed the importance of respecting the sovereignty of states and international law in the region.",
      "For his part, Lekkas expressed his appreciation for the warm welcome and said that Greece looks forward to hosting the UAE-Greece Business Forum next year."],
     ["The meeting was attended by Hamad Saif Al Kaabi, Minister of State, who visited Thessaloniki in September to take part in the Thessaloniki International Fair."],
     ["Lekkas is scheduled to travel to Riyadh tomorrow, where he will hold talks with Saudi officials."]]
A("s3-20-mofaic-abdullah-lekkas-greece", "2020-11-18", "Abu Dhabi", "UAE Ministry of Foreign Affairs and International Cooperation",
  "Abdullah bin Zayed receives Greek Foreign Minister", p,
  [P("Abdullah bin Zayed Al Nahyan", "AE", "Minister of Foreign Affairs and International Cooperation"), L("Abu Dhabi", "AE"),
   P("Stavros Lekkas", "GR", "Minister of Foreign Affairs of the Hellenic Republic"), L("Hellenic Republic", "GR"),
   L("UAE", "AE"), L("Eastern Mediterranean", None), L("Athens", "GR"),
   P("Hamad Saif Al Kaabi", "AE", "Minister of State"), L("Thessaloniki", "GR"), L("Riyadh", "SA"), L("Saudi Arabia", "SA")],
  [V("Stavros Lekkas", "GR", "Abu Dhabi", "AE", "2020-11-18", None, ["Abdullah bin Zayed Al Nahyan"], "ONGOING",
     "who is currently visiting the country"),
   V("Hamad Saif Al Kaabi", "AE", "Thessaloniki", "GR", "2020-09", None, [], "COMPLETED", "who visited Thessaloniki in September"),
   V("Stavros Lekkas", "GR", "Riyadh", "SA", "2020-11-19", None, [], "PLANNED", "Lekkas is scheduled to travel to Riyadh tomorrow")],
  [C("Abdullah bin Zayed Al Nahyan", "PLAN", "establish a joint committee on renewable energy", None, None,
     "agreed to establish a joint committee on renewable energy"),
   C("Abdullah bin Zayed Al Nahyan", "PLAN", "hold the first meeting of the joint renewable energy committee in Athens", None, "2021-01",
     "agreed to establish a joint committee on renewable energy"),
   C("UAE", "PLEDGE", "deploy two firefighting aircraft to Greece during next year's wildfire season", "Hellenic Republic", None,
     "the UAE will deploy two firefighting aircraft")],
  "Release dated Wednesday 2020-11-18. Lekkas is 'currently visiting': ONGOING, place Abu Dhabi, host Abdullah bin Zayed (real "
  "office-holder, counterpart only; 'His Highness Sheikh' are honorifics, dropped). 'The two sides agreed to establish ... and to "
  "hold its first meeting' lists two undertakings, both to the first-named party (Abdullah bin Zayed); January 2021 = 2021-01. "
  "The aircraft deployment is announced for the UAE: PLEDGE, 'next year's wildfire season' has no month. 'Affirmed the UAE's "
  "keenness', 'stressed the importance', 'expressed his appreciation' are not commitments; 'Greece looks forward to hosting the "
  "Business Forum' is a hope (the forum is an event, not annotated). Al Kaabi attended the meeting at home (no visit, not a host); "
  "his September trip to Thessaloniki is a background visit (the fair is an event). Riyadh tomorrow = 2020-11-19, PLANNED; the "
  "unnamed Saudi officials are not hosts. 'Greece'/'Greek' and 'Hellenic Republic' are one entity (fullest form); 'Saudi' maps to "
  "Saudi Arabia; 'the country' is the UAE. 'The Greek government' (lower case, a demonym and a common noun, like "
  "'Saudi officials') is not annotated as a name.",
  aka={"Saudi Arabia": "Saudi"})

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
