"""Builds articles.jsonl: sample 2, sixteen invented articles with gold under docs/ANNOTATION.md.

Each article is a list of paragraphs, each paragraph a list of sentences; the body joins sentences
with a space and paragraphs with a blank line. s[i] is the i-th sentence of the article, and every
evidence string is asserted to be an exact substring of the body.
"""
import json
import os

P = lambda n, c, t=None: {"name": n, "type": "PERSON", "country": c, "title": t}
L = lambda n, c: {"name": n, "type": "LOCATION", "country": c, "title": None}
O = lambda n, c: {"name": n, "type": "ORGANIZATION", "country": c, "title": None}


def V(visitor, vc, place, country, start, end, hosts, status, ev):
    return {"visitor": visitor, "visitorCountry": vc, "place": place, "country": country, "start": start,
            "end": end, "hosts": hosts, "status": status, "evidence": ev}


def C(committer, kind, action, recipient, due, ev):
    return {"committer": committer, "recipient": recipient, "action": action, "kind": kind, "due": due,
            "evidence": ev}


LICENCE = "written for visitwire (Apache-2.0); invented people and events"
arts = []


def A(id, published, dateline, source, title, paras, entities, visits, commitments, notes=""):
    body = "\n\n".join(" ".join(p) for p in paras)
    words = len(body.split())
    assert 120 <= words <= 350, (id, words)
    names = [(e["type"], e["name"]) for e in entities]
    assert len(names) == len(set(names)), (id, "duplicate entity")
    for e in entities:
        assert e["name"].lower() in (title + " " + body).lower(), (id, e["name"])
    persons = {e["name"] for e in entities if e["type"] == "PERSON"}
    for v in visits:
        assert v["evidence"] in body, (id, v["evidence"])
        assert v["visitor"] in persons, (id, v["visitor"])
        for h in v["hosts"]:
            assert h in persons, (id, h)
        assert v["status"] in ("PLANNED", "ONGOING", "COMPLETED", "CANCELLED")
    keys = [(v["visitor"], v["country"]) for v in visits]
    assert len(keys) == len(set(keys)), (id, "two visits for one visitor and country")
    allnames = {e["name"] for e in entities}
    for c in commitments:
        assert c["evidence"] in body, (id, c["evidence"])
        assert c["committer"] in allnames, (id, c["committer"])
        assert c["kind"] in ("PROMISE", "PLAN", "PLEDGE", "OFFER")
    arts.append({"id": id, "url": "https://example.org/visitwire/sample-2/" + id, "source": source,
                 "licence": LICENCE, "published": published, "dateline": dateline, "title": title, "body": body,
                 "gold": {"entities": entities, "visits": visits, "commitments": commitments},
                 "notes": notes, "retrieved_from": None})


def sents(paras):
    return [x for p in paras for x in p]


# ---------------------------------------------------------------- 1. Anadolu, host's side, background visit
p = [["ANKARA"],
     ["Turkish Foreign Minister Selim Aydemir on Friday received his Iraqi counterpart Karim al-Jabouri in the capital Ankara, with water management and border trade topping the agenda."],
     ["Al-Jabouri, who arrived in Turkey on Thursday for a three-day official visit, was also received by Vice President Nurettin Kaplan at the presidential complex, according to diplomatic sources."],
     ["\"Water is a matter of life for our Iraqi brothers, and we will increase the water released from our dams on the Tigris in the coming summer,\" Aydemir told a joint news conference with the visiting minister."],
     ["Aydemir said Turkey was ready to help Iraq modernize its irrigation systems, and the two ministers agreed that terrorism remained a common threat to both countries."],
     ["The two sides also agreed to open a second border crossing at Ovakoy, Aydemir added."],
     ["Aydemir visited Baghdad in June, the first trip to Iraq by a Turkish foreign minister in four years."],
     ["Al-Jabouri will travel to Istanbul on Saturday to meet business leaders before returning home."],
     ["Bilateral trade between the two neighbors reached $20 billion last year, according to official figures.",
      "Turkey also hopes to host a trilateral meeting with Iran on border security later this year, the minister said."]]
s = sents(p)
A("s2-01-anadolu-ankara-iraq", "2019-09-13", "ANKARA", "Anadolu Agency",
  "Turkish, Iraqi foreign ministers discuss water, trade in Ankara", p,
  [L("Ankara", "TR"), P("Selim Aydemir", "TR", "Foreign Minister of Turkey"), P("Karim al-Jabouri", "IQ", "Foreign Minister of Iraq"),
   L("Turkey", "TR"), P("Nurettin Kaplan", "TR", "Vice President of Turkey"), L("Iraq", "IQ"), L("Tigris", None),
   L("Ovakoy", "TR"), L("Baghdad", "IQ"), L("Istanbul", "TR"), L("Iran", "IR")],
  [V("Karim al-Jabouri", "IQ", "Ankara", "TR", "2019-09-12", "2019-09-14", ["Selim Aydemir", "Nurettin Kaplan"], "ONGOING", s[2]),
   V("Selim Aydemir", "TR", "Baghdad", "IQ", "2019-06", None, [], "COMPLETED", s[6])],
  [C("Selim Aydemir", "PROMISE", "increase the water released from Turkish dams on the Tigris in the coming summer", "Iraq", None, s[3]),
   C("Selim Aydemir", "PLAN", "open a second border crossing at Ovakoy", "Iraq", None, s[5])],
  "Visit from the host's side: al-Jabouri arrived Thursday (2019-09-12) for a three-day visit, so end 2019-09-14; ONGOING; the "
  "Istanbul stop is the same country, so the same visit (place Ankara). Hosts: Aydemir and Kaplan. Quoted 'we will' goes to the "
  "speaker (Aydemir); water releases are conduct, so PROMISE (judgement call: PLEDGE would be defensible); 'in the coming summer' "
  "is not a month, due null. The joint agreement goes to the first-named party of the sentence (Aydemir, the only party named "
  "in it). Not commitments: 'was ready to help' "
  "(readiness), 'agreed that terrorism remained a common threat' (assessment), 'hopes to host' (hope). Aydemir's June trip is a "
  "background visit, month only. 'Iraqi'/'Turkish' merged into Iraq/Turkey; the presidential complex is unnamed.")

# ---------------------------------------------------------------- 2. Reuters, itinerary, conditional, background visit
p = [["MEXICO CITY, June 18 (Reuters) - Canada will provide C$30 million to help Mexico and Guatemala tackle the root causes of migration, Canadian Foreign Minister Elaine Tremblay said on Friday during her first visit to Mexico since taking office."],
     ["Tremblay, who arrived on Thursday, met Mexican Foreign Minister Rodrigo Salcedo at the foreign ministry and is due to hold talks with Economy Minister Lucia Ferrer on Saturday on supply chains and the mining sector."],
     ["\"We are not attaching conditions to this money,\" Tremblay told reporters after the meeting. \"Canada will always treat Mexico as an equal partner.\""],
     ["Salcedo said Mexico was willing to expand a temporary labor program that brings Mexican farm workers to Canada each season."],
     ["Asked about a dispute over concessions held by Canadian mining companies, Tremblay said Ottawa would respond if Mexico changed the rules for existing projects, but gave no details."],
     ["Tremblay will travel on to Guatemala City on Sunday and to Tegucigalpa, Honduras, on Monday, where she is scheduled to meet Honduran Foreign Minister Ana Lucia Reyes."],
     ["Her predecessor as foreign minister, Marc Gagnon, visited Mexico in February 2020, weeks before the pandemic halted most official travel.",
      "Canada is Mexico's third-largest trading partner, and the two countries are members of a trilateral trade pact with the United States."]]
s = sents(p)
A("s2-02-reuters-mexico-city-canada", "2021-06-18", "MEXICO CITY", "Reuters",
  "Canada pledges C$30 million for migration causes as foreign minister visits Mexico", p,
  [L("Mexico City", "MX"), L("Canada", "CA"), L("Mexico", "MX"), L("Guatemala", "GT"),
   P("Elaine Tremblay", "CA", "Foreign Minister of Canada"), P("Rodrigo Salcedo", "MX", "Foreign Minister of Mexico"),
   P("Lucia Ferrer", "MX", "Economy Minister of Mexico"), L("Ottawa", "CA"), L("Guatemala City", "GT"), L("Tegucigalpa", "HN"),
   L("Honduras", "HN"), P("Ana Lucia Reyes", "HN", "Foreign Minister of Honduras"), P("Marc Gagnon", "CA", "Foreign Minister of Canada"),
   L("United States", "US")],
  [V("Elaine Tremblay", "CA", "Mexico City", "MX", "2021-06-17", None, ["Rodrigo Salcedo", "Lucia Ferrer"], "ONGOING", s[1]),
   V("Elaine Tremblay", "CA", "Guatemala City", "GT", "2021-06-20", None, [], "PLANNED", s[5]),
   V("Elaine Tremblay", "CA", "Tegucigalpa", "HN", "2021-06-21", None, ["Ana Lucia Reyes"], "PLANNED", s[5]),
   V("Marc Gagnon", "CA", None, "MX", "2020-02", None, [], "COMPLETED", s[6])],
  [C("Canada", "PLEDGE", "provide C$30 million to help Mexico and Guatemala tackle the root causes of migration", "Mexico", None, s[0])],
  "Published Friday 2021-06-18: arrived Thursday 06-17, talks Saturday, so ONGOING with no end; Guatemala City Sunday 06-20, "
  "Tegucigalpa Monday 06-21 (host Reyes, whose meeting belongs to the Tegucigalpa leg only). Pledge recipient: Mexico (first of "
  "the two recipients named; judgement call). Not commitments: 'Canada will always treat Mexico as an equal partner' (general "
  "policy statement), 'was willing to expand' (willingness), 'would respond if Mexico changed the rules' (conditional). Gagnon's "
  "title: 'predecessor as foreign minister' gives the office (former). Ottawa stands for the Canadian government, annotated as a "
  "location. The trade pact is an agreement and not annotated; 'Canadian', 'Mexican', 'Honduran' merged into their countries.")

# ---------------------------------------------------------------- 3. AP, postponed trip, phone call
p = [["TOKYO (AP) — Japan's defense minister has postponed a trip to the Philippines as a powerful typhoon bears down on the northern island of Luzon, the Defense Ministry said Wednesday."],
     ["Defense Minister Hiroshi Matsuda had been scheduled to arrive in Manila on Thursday for talks with his Philippine counterpart, Defense Secretary Ramon Villanueva, and to visit a coast guard station at Subic Bay.",
      "No new date has been set."],
     ["Instead, Matsuda spoke with Villanueva by phone on Tuesday evening, and the two agreed to hold the postponed talks \"at the earliest possible date,\" the ministry said."],
     ["Japan will provide the Philippine Coast Guard with five more patrol vessels by March, Matsuda told reporters in Tokyo.",
      "\"We hope to visit as soon as the weather and the situation allow,\" he said."],
     ["Villanueva visited Tokyo in April for talks with Matsuda, when the two countries also held their first security talks involving both foreign and defense ministers."],
     ["Tokyo and Manila have been stepping up defense cooperation as China presses its territorial claims in the South China Sea, where Chinese coast guard vessels have repeatedly confronted Philippine supply boats.",
      "Japan is also negotiating an agreement that would allow the two militaries to train on each other's soil."],
     ["The typhoon, packing sustained winds of 185 kilometers (115 miles) per hour, was expected to make landfall on Luzon late Wednesday, forecasters said."]]
s = sents(p)
A("s2-03-ap-tokyo-postponed-manila", "2022-09-07", "TOKYO", "AP",
  "Japan defense chief postpones Philippines trip as typhoon nears", p,
  [L("Tokyo", "JP"), L("Japan", "JP"), L("Philippines", "PH"), L("Luzon", "PH"), O("Defense Ministry", "JP"),
   P("Hiroshi Matsuda", "JP", "Defense Minister of Japan"), L("Manila", "PH"), P("Ramon Villanueva", "PH", "Defense Secretary of the Philippines"),
   L("Subic Bay", "PH"), O("Philippine Coast Guard", "PH"), L("China", "CN"), L("South China Sea", None)],
  [V("Hiroshi Matsuda", "JP", "Manila", "PH", "2022-09-08", None, ["Ramon Villanueva"], "CANCELLED", s[1]),
   V("Ramon Villanueva", "PH", "Tokyo", "JP", "2022-04", None, ["Hiroshi Matsuda"], "COMPLETED", s[6])],
  [C("Hiroshi Matsuda", "PLAN", "hold the postponed talks at the earliest possible date", "Ramon Villanueva", None, s[3]),
   C("Japan", "PLEDGE", "provide the Philippine Coast Guard with five more patrol vessels", "Philippine Coast Guard", "2023-03", s[4])],
  "Postponed with no new date set = postponed indefinitely, so CANCELLED, start 2022-09-08 (the Thursday he was due to arrive), "
  "host Villanueva (the planned counterpart). Villanueva's April trip to Tokyo is a background visit (2022-04), "
  "host Matsuda. The phone call is not a visit. Joint agreement to hold the talks goes to the first-named party "
  "(Matsuda). 'by March' after September 2022 = 2023-03. Not commitments: 'We hope to visit' (hope), the agreement being "
  "negotiated (ongoing). 'Chinese' merged into China; Tokyo and Manila also stand for governments (same location entities).")

# ---------------------------------------------------------------- 4. AFP, three-country itinerary
p = [["NAIROBI, Feb 24, 2023 (AFP) - French Foreign Minister Claire Vasseur will tour Kenya, Ethiopia and Tanzania from March 6 to 10, her ministry announced Friday, as Paris seeks to shore up its influence in East Africa after its military pullout from Mali."],
     ["Vasseur will start in Nairobi on March 6, where she is due to meet President Daniel Kiprono to discuss regional security and the drought gripping the Horn of Africa."],
     ["She will then travel to Addis Ababa for talks with Ethiopian officials and with Amina Diallo, chairperson of the African Union Commission, on the fragile peace in the country's north."],
     ["The tour will end in Dar es Salaam, Tanzania, on March 10, with a visit to a French-funded water project."],
     ["During the trip, Vasseur will announce 60 million euros in French funding for drought relief in the region, a ministry spokeswoman said.",
      "\"France remains committed to the stability of the Horn of Africa and will be there for its partners,\" the spokeswoman told AFP."],
     ["Kiprono was in Paris in November for an international conference on climate finance, during which he called on rich nations to honour their pledges."],
     ["France has struggled to maintain its standing on the continent after withdrawing its troops from Mali last year, and its last soldiers left Burkina Faso this month."]]
s = sents(p)
A("s2-04-afp-nairobi-vasseur-tour", "2023-02-24", "NAIROBI", "AFP",
  "French FM to tour Kenya, Ethiopia, Tanzania as Paris seeks to shore up influence", p,
  [L("Nairobi", "KE"), P("Claire Vasseur", "FR", "Foreign Minister of France"), L("Kenya", "KE"), L("Ethiopia", "ET"), L("Tanzania", "TZ"),
   L("Paris", "FR"), L("East Africa", None), L("Mali", "ML"), P("Daniel Kiprono", "KE", "President of Kenya"), L("Horn of Africa", None),
   L("Addis Ababa", "ET"), P("Amina Diallo", None, "Chairperson of the African Union Commission"), O("African Union Commission", None),
   L("Dar es Salaam", "TZ"), L("France", "FR"), L("Burkina Faso", "BF")],
  [V("Claire Vasseur", "FR", "Nairobi", "KE", "2023-03-06", None, ["Daniel Kiprono"], "PLANNED", s[1]),
   V("Claire Vasseur", "FR", "Addis Ababa", "ET", "2023-03", None, ["Amina Diallo"], "PLANNED", s[2]),
   V("Claire Vasseur", "FR", "Dar es Salaam", "TZ", "2023-03-10", None, [], "PLANNED", s[3]),
   V("Daniel Kiprono", "KE", "Paris", "FR", "2022-11", None, [], "COMPLETED", s[6])],
  [C("France", "PLEDGE", "provide 60 million euros in funding for drought relief in the region", None, None, s[4])],
  "Whole-trip range March 6-10 lies in one month: legs with their own day keep it (Nairobi 03-06, Dar es Salaam 03-10), Addis "
  "Ababa gets 2023-03. Hosts: Kiprono (Kenya), Diallo (Ethiopia; 'Ethiopian officials' are unnamed); no named host in Tanzania. "
  "The announced funding is a PLEDGE by France (the country on whose behalf it is announced), recipient not named as a party. "
  "Not commitments: 'remains committed to the stability' and 'will be there for its partners' (policy statements), the meetings "
  "(itinerary of the announced visit), the Burkina Faso withdrawal (a past fact). Kiprono's Paris trip (conference) is a background visit, 'in November' before Feb 2023 = 2022-11. "
  "'the continent' not annotated; 'French'/'Ethiopian' merged into France/Ethiopia; AFP is the publisher.")

# ---------------------------------------------------------------- 5. Yonhap, host's side
p = [["SEOUL, May 16 (Yonhap) -- Prime Minister Kim Sung-ho on Thursday received visiting Polish Defense Minister Marek Wisniewski and discussed ways to expand cooperation in the arms industry, including follow-up deals on tanks and howitzers, his office said."],
     ["Wisniewski arrived in Seoul on Wednesday for a four-day visit, his first since taking office in December."],
     ["During the meeting, Kim asked for Poland's continued interest in South Korean weapons systems and expressed hope that the two countries' partnership would extend to nuclear power and infrastructure."],
     ["Earlier in the day, Wisniewski held talks with Defense Minister Shin Jae-won, and the two agreed to hold the next meeting of their joint defense industry committee in Warsaw in September."],
     ["\"Poland will sign the second executive contract for K2 tanks within this year,\" the visiting minister told reporters after the talks."],
     ["Wisniewski is scheduled to tour Hyundai Rotem's tank plant in Changwon, 300 kilometers southeast of Seoul, on Friday before returning home on Saturday."],
     ["Shin visited Warsaw in March last year to attend a ceremony marking the delivery of the first batch of K9 self-propelled howitzers to Poland.",
      "Poland signed framework agreements in 2022 to buy about 1,000 K2 tanks, more than 600 K9 howitzers and dozens of FA-50 light attack aircraft from South Korean manufacturers."]]
s = sents(p)
A("s2-05-yonhap-seoul-poland-defense", "2024-05-16", "SEOUL", "Yonhap",
  "PM Kim meets Polish defense minister, discusses arms industry cooperation", p,
  [L("Seoul", "KR"), P("Kim Sung-ho", "KR", "Prime Minister of South Korea"), P("Marek Wisniewski", "PL", "Defense Minister of Poland"),
   L("Poland", "PL"), L("South Korea", "KR"), P("Shin Jae-won", "KR", "Defense Minister of South Korea"), L("Warsaw", "PL"),
   O("Hyundai Rotem", "KR"), L("Changwon", "KR")],
  [V("Marek Wisniewski", "PL", "Seoul", "KR", "2024-05-15", "2024-05-18", ["Kim Sung-ho", "Shin Jae-won"], "ONGOING", s[1]),
   V("Shin Jae-won", "KR", "Warsaw", "PL", "2023-03", None, [], "COMPLETED", s[6])],
  [C("Marek Wisniewski", "PLAN", "hold the next meeting of the joint defense industry committee in Warsaw", "Shin Jae-won", "2024-09", s[3]),
   C("Poland", "PLAN", "sign the second executive contract for K2 tanks", "South Korea", None, s[4])],
  "Told from the host's side. Arrived Wednesday 2024-05-15 for four days, so end 2024-05-18 (also 'returning home on Saturday'); "
  "the Changwon stop is the same visit. Hosts Kim and Shin. The joint agreement goes to the first-named party of the sentence "
  "(Wisniewski). 'Poland will sign' names the country, so the committer is Poland; 'within this year' gives no month (due null). "
  "Not commitments: Kim 'asked for' (request), 'expressed hope' (hope), the 2022 framework agreements (past). Shin's March 2023 "
  "trip to Warsaw is a background visit, month only, no host named. Weapon "
  "names (K2, K9, FA-50) are not entities.")

# ---------------------------------------------------------------- 6. Xinhua, readiness vs pledge
p = [["BEIJING, March 11 (Xinhua) -- Chinese Vice President Liang Wenhua met with visiting Zambian Foreign Minister Mutale Banda in Beijing on Tuesday."],
     ["Noting that China and Zambia enjoy a traditional friendship, Liang said China is willing to work with Zambia to deepen practical cooperation in agriculture, mining and infrastructure and to push for new progress in the comprehensive strategic cooperative partnership."],
     ["Banda said Zambia firmly adheres to the one-China principle and looks forward to more Chinese investment in its manufacturing sector."],
     ["Chinese Foreign Minister Zhou Haiming held talks with Banda on Monday.",
      "Zhou said China will provide Zambia with 50,000 tonnes of emergency food aid to help it cope with the severe drought, and will send a team of agricultural experts to the country in April."],
     ["China and Zambia agreed to hold the next session of their joint commission on economic and trade cooperation in Lusaka later this year."],
     ["Banda is paying an official visit to China from March 9 to 13 at the invitation of Zhou.",
      "She is also scheduled to visit the southern city of Guangzhou."]]
s = sents(p)
A("s2-06-xinhua-beijing-zambia", "2025-03-11", "BEIJING", "Xinhua",
  "Chinese vice president meets Zambian foreign minister", p,
  [L("Beijing", "CN"), P("Liang Wenhua", "CN", "Vice President of China"), P("Mutale Banda", "ZM", "Foreign Minister of Zambia"),
   L("China", "CN"), L("Zambia", "ZM"), P("Zhou Haiming", "CN", "Foreign Minister of China"), L("Lusaka", "ZM"), L("Guangzhou", "CN")],
  [V("Mutale Banda", "ZM", "Beijing", "CN", "2025-03-09", "2025-03-13", ["Liang Wenhua", "Zhou Haiming"], "ONGOING", s[6])],
  [C("China", "PLEDGE", "provide Zambia with 50,000 tonnes of emergency food aid", "Zambia", None, s[4]),
   C("China", "PLEDGE", "send a team of agricultural experts to Zambia", "Zambia", "2025-04", s[4]),
   C("China", "PLAN", "hold the next session of the joint commission on economic and trade cooperation in Lusaka", "Zambia", None, s[5])],
  "Official visit March 9-13 (stated range), ONGOING on the 11th; Guangzhou is the same country, so the same visit, place Beijing. "
  "The invitation is already accepted (it is the visit), so no OFFER. Aid announced by the foreign minister goes to China; one "
  "sentence, two distinct actions (food aid; experts in April = 2025-04, kind PLEDGE as provision of personnel, judgement call). "
  "Joint agreement to the first-named party, China; 'later this year' gives due null. Not commitments: 'is willing to work with' "
  "(willingness), 'firmly adheres to the one-China principle' (policy), 'looks forward to' (hope). The partnership and the "
  "one-China principle are not entities; the joint commission is unnamed and not annotated.")

# ---------------------------------------------------------------- 7. TASS, ongoing visit, background visit with a real counterpart
p = [["TEHRAN, November 17. /TASS/. Russian Deputy Prime Minister Andrei Sokolov, who co-chairs the Russian-Iranian intergovernmental commission on trade and economic cooperation, arrived in Tehran on Tuesday for a two-day visit, a TASS correspondent reported."],
     ["Sokolov is scheduled to hold talks with Iranian Petroleum Minister Hossein Rahimi on Wednesday and to be received by First Vice President Mohammad Karimi."],
     ["\"We plan to sign a roadmap on energy cooperation tomorrow,\" Sokolov told reporters at the airport.",
      "\"Russia will also increase wheat deliveries to Iran to 5 million tonnes in the next marketing year.\""],
     ["According to him, Moscow and Tehran are ready to move to settlements in national currencies for most of their trade and are studying the possibility of linking their payment systems."],
     ["The previous meeting of the commission was held in Moscow in December 2019."],
     ["Iranian Foreign Minister Ali Rezaei visited Moscow in September, where he held talks with Russian Foreign Minister Sergey Lavrov on the Iranian nuclear deal and the situation in the South Caucasus."],
     ["Trade between Russia and Iran grew by 14% in the first nine months of the year despite the coronavirus pandemic, the Russian Economic Development Ministry said earlier."]]
s = sents(p)
A("s2-07-tass-tehran-sokolov", "2020-11-17", "TEHRAN", "TASS",
  "Russian deputy prime minister arrives in Tehran for intergovernmental commission", p,
  [L("Tehran", "IR"), P("Andrei Sokolov", "RU", "Deputy Prime Minister of Russia"), L("Russia", "RU"), L("Iran", "IR"),
   P("Hossein Rahimi", "IR", "Petroleum Minister of Iran"), P("Mohammad Karimi", "IR", "First Vice President of Iran"), L("Moscow", "RU"),
   P("Ali Rezaei", "IR", "Foreign Minister of Iran"), P("Sergey Lavrov", "RU", "Foreign Minister of Russia"), L("South Caucasus", None),
   O("Russian Economic Development Ministry", "RU")],
  [V("Andrei Sokolov", "RU", "Tehran", "IR", "2020-11-17", "2020-11-18", ["Hossein Rahimi", "Mohammad Karimi"], "ONGOING", s[0]),
   V("Ali Rezaei", "IR", "Moscow", "RU", "2020-09", None, ["Sergey Lavrov"], "COMPLETED", s[6])],
  [C("Russia", "PLEDGE", "increase wheat deliveries to Iran to 5 million tonnes in the next marketing year", "Iran", None, s[3])],
  "Arrived Tuesday 2020-11-17 for two days, so end 2020-11-18; ONGOING. Hosts are the two named Iranians he is scheduled to meet. "
  "'We plan to sign a roadmap ... tomorrow' is an itinerary item of the visit (signing during the visit), not a commitment "
  "(judgement call, as for documents 'to be signed' in the dev Kremlin items). The wheat sentence names Russia, so the committer is "
  "Russia; 'next marketing year' is not a date. Not commitments: 'are ready to move to settlements' (readiness), 'studying the "
  "possibility' (possibility). The December 2019 commission meeting names no person, so no visit. Rezaei's September trip is a "
  "background visit, host Lavrov. The commission and the nuclear deal are not annotated; TASS is the publisher.")

# ---------------------------------------------------------------- 8. PTI, phone call, invitation (no visit)
p = [["New Delhi, Apr 10 (PTI) External Affairs Minister Raghav Menon on Friday held a telephone conversation with his Sri Lankan counterpart Nalin Perera and discussed the issue of fishermen, energy connectivity and preparations for the BIMSTEC foreign ministers' meeting, officials said."],
     ["Menon invited Perera to visit India at an early date, they said."],
     ["The two ministers agreed to convene the next round of talks on fisheries in Colombo next month, according to a readout of the call."],
     ["India will supply an additional 100,000 tonnes of fertiliser to Sri Lanka ahead of the Yala cultivation season, Menon said on social media after the call."],
     ["Perera thanked India for its support during the island nation's economic crisis and reiterated that Sri Lanka would not allow its territory to be used against India's security interests, the officials said."],
     ["The two ministers last met in person in January.",
      "The fishermen's issue has long been an irritant in ties, with the Sri Lanka Navy frequently arresting Indian fishermen for allegedly crossing the maritime boundary in the Palk Strait."],
     ["India has extended assistance of about USD 4 billion to Sri Lanka since 2022, including credit lines for fuel, food and medicines."]]
s = sents(p)
A("s2-08-pti-new-delhi-menon-perera-call", "2026-04-10", "New Delhi", "PTI",
  "EAM Menon speaks to Sri Lankan counterpart, invites him to India", p,
  [L("New Delhi", "IN"), P("Raghav Menon", "IN", "External Affairs Minister of India"), P("Nalin Perera", "LK", "Foreign Minister of Sri Lanka"),
   O("BIMSTEC", None), L("India", "IN"), L("Colombo", "LK"), L("Sri Lanka", "LK"), O("Sri Lanka Navy", "LK"), L("Palk Strait", None)],
  [],
  [C("Raghav Menon", "OFFER", "invited Nalin Perera to visit India at an early date", "Nalin Perera", None, s[1]),
   C("Raghav Menon", "PLAN", "convene the next round of talks on fisheries in Colombo", "Nalin Perera", "2026-05", s[2]),
   C("India", "PLEDGE", "supply an additional 100,000 tonnes of fertiliser to Sri Lanka", "Sri Lanka", None, s[3])],
  "NEGATIVE (no visit): a phone call; the invitation is not yet accepted (OFFER only); the talks in Colombo name no visitor; "
  "'last met in person in January' gives no place. Joint agreement to the first-named party (Menon). 'ahead of the Yala "
  "cultivation season' is not a date. Not a commitment: 'reiterated that Sri Lanka would not allow its territory to be used ...' "
  "(a reaffirmation of existing policy). BIMSTEC annotated as an international organization although it occurs in the meeting's "
  "name (as G7 in the dev set); 'Sri Lankan'/'Indian' merged into the countries; 'the island nation' is a role mention of Sri Lanka.")

# ---------------------------------------------------------------- 9. DW, unannounced visit, pledge vs policy vs conditional
p = [["German Foreign Minister Katrin Hofmann arrived in the Ukrainian capital, Kyiv, on Tuesday on an unannounced visit, her ninth since Russia launched its full-scale invasion in February 2022."],
     ["Hofmann is due to meet Foreign Minister Oleh Marchenko and Prime Minister Yurii Kostenko later in the day, the German Foreign Office said."],
     ["\"Germany will deliver three more IRIS-T air defense systems by December, and we will stand by Ukraine for as long as it takes,\" Hofmann said on arrival at Kyiv's central station, after an overnight train journey."],
     ["She also announced 200 million euros in additional humanitarian aid to help Ukrainians through the coming winter, much of it for repairing power and heating networks damaged by Russian missile and drone strikes."],
     ["Asked whether Berlin would supply long-range cruise missiles, Hofmann said the government would reconsider its position only if its allies moved together, repeating a line that has frustrated officials in Kyiv."],
     ["Marchenko was in Berlin two weeks ago for talks with Hofmann on preparations for next year's reconstruction conference, which Germany has offered to co-host."],
     ["Russia launched more than 100 drones at Ukrainian cities overnight, the Ukrainian air force said, most of which were shot down.",
      "Germany is Ukraine's second-largest supplier of military aid after the United States."]]
s = sents(p)
A("s2-09-dw-kyiv-hofmann", "2024-10-22", None, "DW",
  "German foreign minister Hofmann makes surprise visit to Kyiv", p,
  [P("Katrin Hofmann", "DE", "Foreign Minister of Germany"), L("Ukraine", "UA"), L("Kyiv", "UA"), L("Russia", "RU"),
   P("Oleh Marchenko", "UA", "Foreign Minister of Ukraine"), P("Yurii Kostenko", "UA", "Prime Minister of Ukraine"),
   O("Foreign Office", "DE"), L("Germany", "DE"), L("Berlin", "DE"), O("Ukrainian air force", "UA"), L("United States", "US")],
  [V("Katrin Hofmann", "DE", "Kyiv", "UA", "2024-10-22", None, ["Oleh Marchenko", "Yurii Kostenko"], "ONGOING", s[0]),
   V("Oleh Marchenko", "UA", "Berlin", "DE", "2024-10", None, ["Katrin Hofmann"], "COMPLETED", s[5])],
  [C("Germany", "PLEDGE", "deliver three more IRIS-T air defense systems", "Ukraine", "2024-12", s[2]),
   C("Germany", "PLEDGE", "provide 200 million euros in additional humanitarian aid for the coming winter", "Ukraine", None, s[3]),
   C("Germany", "OFFER", "co-host next year's reconstruction conference", None, None, s[5])],
  "Arrived today and meets later today: ONGOING, no end. Hosts Marchenko and Kostenko (named in the second paragraph). 'Germany "
  "will deliver ... by December' is a PLEDGE by Germany (named), due 2024-12; in the same quote 'we will stand by Ukraine for as "
  "long as it takes' is a general policy statement, not a commitment. The 200 million euros she 'announced' is a PLEDGE by Germany "
  "(aid announced on its behalf). Not commitments: 'would reconsider ... only if its allies moved together' (conditional); "
  "'Germany has offered to co-host' the conference is an OFFER by Germany (cue 'offered'; a standing offer, no recipient "
  "named; 'next year' gives due null; judgement call, since it sits in a background clause). Marchenko's Berlin trip 'two weeks ago' resolves to the month (2024-10), host Hofmann. The conference (event), "
  "IRIS-T (a weapon) and the invasion are not annotated; 'German'/'Ukrainian'/'Ukrainians'/'Russian' merged into the countries.")

# ---------------------------------------------------------------- 10. Al Jazeera, cancelled tour, background pledge
p = [["Somalia's President Abdirahman Warsame has called off a planned tour of Qatar and the United Arab Emirates after a suicide bombing killed at least 20 people in the capital, Mogadishu, his office said on Thursday."],
     ["Warsame had been due to arrive in Doha on Saturday for talks with Qatar's emir, Sheikh Tamim bin Hamad Al Thani, before flying to Abu Dhabi on Monday."],
     ["Instead, he chaired an emergency meeting of the National Security Council and visited the wounded at Mogadishu's Digfer hospital.",
      "\"The president has postponed the trip indefinitely. Our priority now is the victims,\" spokesman Ahmed Nur told Al Jazeera."],
     ["The armed group al-Shabab claimed responsibility for Wednesday's attack on a busy market, one of the deadliest in the city this year."],
     ["Emirati officials said the UAE would send a plane carrying medical supplies to Mogadishu on Friday."],
     ["Qatar, which has mediated between Somalia and its neighbours, has been one of Mogadishu's most important financial backers.",
      "Its minister of state for foreign affairs, Khalid al-Mansouri, visited Mogadishu in May and pledged $30m to rebuild the city's main referral hospital."],
     ["Analysts say the attack underlines al-Shabab's ability to strike the capital despite a government offensive that has pushed the group out of large parts of central Somalia."]]
s = sents(p)
A("s2-10-aljazeera-somalia-gulf-tour-cancelled", "2023-07-06", None, "Al Jazeera",
  "Somalia's president cancels Gulf tour after deadly Mogadishu bombing", p,
  [L("Somalia", "SO"), P("Abdirahman Warsame", "SO", "President of Somalia"), L("Qatar", "QA"), L("United Arab Emirates", "AE"),
   L("Mogadishu", "SO"), L("Doha", "QA"), P("Tamim bin Hamad Al Thani", "QA", "Emir of Qatar"), L("Abu Dhabi", "AE"),
   O("National Security Council", "SO"), L("Digfer hospital", "SO"), P("Ahmed Nur", "SO", "spokesman"), O("al-Shabab", "SO"),
   P("Khalid al-Mansouri", "QA", "Minister of State for Foreign Affairs of Qatar")],
  [V("Abdirahman Warsame", "SO", "Doha", "QA", "2023-07-08", None, ["Tamim bin Hamad Al Thani"], "CANCELLED", s[1]),
   V("Abdirahman Warsame", "SO", "Abu Dhabi", "AE", "2023-07-10", None, [], "CANCELLED", s[1]),
   V("Khalid al-Mansouri", "QA", "Mogadishu", "SO", "2023-05", None, [], "COMPLETED", s[7])],
  [C("United Arab Emirates", "PLEDGE", "send a plane carrying medical supplies to Mogadishu", "Somalia", "2023-07-07", s[5]),
   C("Qatar", "PLEDGE", "provide $30m to rebuild the city's main referral hospital", "Somalia", None, s[7])],
  "Cancelled two-country tour, one CANCELLED visit per country: Doha Saturday 2023-07-08 (host the emir, the planned "
  "counterpart; 'Sheikh' treated as an honorific), Abu Dhabi Monday 2023-07-10 (no named host). 'postponed the trip "
  "indefinitely' confirms CANCELLED. Chairing a meeting and visiting the wounded in his own capital are not visits. The UAE "
  "('Emirati officials said the UAE would') pledges the medical flight, due Friday 2023-07-07; the entity is United Arab "
  "Emirates (UAE/Emirati are mentions of it). Al-Mansouri's May trip is a background visit with no named host; his pledge is "
  "attributed to Qatar (aid a minister announces on its behalf), a past pledge still to be carried out. The market attack and "
  "the government offensive are events, not annotated; Al Jazeera is the publisher.")

# ---------------------------------------------------------------- 11. State Department readout, received in Washington
p = [["The below is attributable to Spokesperson Laura Whitfield:"],
     ["Deputy Secretary of State Rachel Okafor met today in Washington with Mongolian Foreign Minister Batbayar Ganbold to discuss the U.S.-Mongolia Strategic Partnership and the impact of Russia's war against Ukraine on the Mongolian economy."],
     ["The Deputy Secretary reaffirmed the United States' support for Mongolia's democracy, sovereignty, and independent foreign policy."],
     ["She announced that the United States will provide an additional $5 million to help Mongolia diversify its energy supplies and reduce its dependence on imported fuel."],
     ["The Deputy Secretary and the Foreign Minister agreed to convene the next U.S.-Mongolia Strategic Dialogue in Ulaanbaatar this fall, and to launch a working group on critical minerals before the end of June."],
     ["The Deputy Secretary also thanked Foreign Minister Ganbold for Mongolia's contributions to United Nations peacekeeping operations, and the two discussed ways to expand people-to-people ties, including English-language education programs."],
     ["Foreign Minister Ganbold invited Deputy Secretary Okafor to visit Mongolia.",
      "Both sides looked forward to marking the 35th anniversary of diplomatic relations in 2022."]]
s = sents(p)
A("s2-11-state-okafor-ganbold-washington", "2022-03-25", "Washington, DC", "U.S. Department of State, Office of the Spokesperson",
  "Deputy Secretary Okafor's Meeting with Mongolian Foreign Minister Ganbold", p,
  [P("Laura Whitfield", "US", "Spokesperson"), P("Rachel Okafor", "US", "Deputy Secretary of State"), L("Washington", "US"),
   P("Batbayar Ganbold", "MN", "Foreign Minister of Mongolia"), L("United States", "US"), L("Mongolia", "MN"), L("Russia", "RU"),
   L("Ukraine", "UA"), L("Ulaanbaatar", "MN"), O("United Nations", None)],
  [V("Batbayar Ganbold", "MN", "Washington", "US", "2022-03-25", None, ["Rachel Okafor"], "COMPLETED", s[1])],
  [C("United States", "PLEDGE", "provide an additional $5 million to help Mongolia diversify its energy supplies", "Mongolia", None, s[3]),
   C("Rachel Okafor", "PLAN", "convene the next U.S.-Mongolia Strategic Dialogue in Ulaanbaatar", "Batbayar Ganbold", None, s[4]),
   C("Rachel Okafor", "PLAN", "launch a working group on critical minerals", "Batbayar Ganbold", "2022-06", s[4]),
   C("Batbayar Ganbold", "OFFER", "invited Rachel Okafor to visit Mongolia", "Rachel Okafor", None, s[6])],
  "A foreign minister received in Washington: one visit, 'met today' = 2022-03-25, COMPLETED (past tense, nothing about staying), "
  "host Okafor. One sentence with two joint undertakings gives two PLANs, both to the first-named party (Okafor); 'this fall' is "
  "not a month (due null), 'before the end of June' = 2022-06. The invitation is not accepted: OFFER, no visit. Not commitments: "
  "'reaffirmed the United States' support' (reaffirmation), 'discussed', 'thanked', 'looked forward to marking the anniversary' "
  "(hope). The Strategic Partnership and Strategic Dialogue are not entities; 'U.S.' is the United States, 'Mongolian' Mongolia.")

# ---------------------------------------------------------------- 12. GOV.UK news story, two-country trip, background visit
p = [["Minister for Asia Tom Hartley has today (12 February) begun a three-day visit to Vietnam, his first since the UK left the European Union."],
     ["In Hanoi, the Minister met Deputy Prime Minister and Foreign Minister Pham Quoc Thanh and Minister of Industry and Trade Le Minh Tuan to discuss trade, climate change and maritime security."],
     ["He announced that the UK will provide £8 million to help Vietnam phase out coal-fired power generation and expand offshore wind."],
     ["On Friday the Minister will travel to Ho Chi Minh City to meet British businesses and students.",
      "He will then travel to Phnom Penh, where on 15 February he will meet Cambodian Foreign Minister Sok Vannak."],
     ["Minister for Asia Tom Hartley said:"],
     ["\"The UK is committed to a long-term partnership with Vietnam, one of the fastest-growing economies in the region. We will open a new trade office in Da Nang later this year to help British companies seize these opportunities.\""],
     ["The Minister last visited the region in October 2019, when he met Thai Foreign Minister Arun Chaiyasit in Bangkok.",
      "UK trade with Vietnam was worth £5.7 billion in 2019."]]
s = sents(p)
A("s2-12-govuk-hartley-vietnam-cambodia", "2020-02-12", None, "GOV.UK (Foreign and Commonwealth Office)",
  "Minister for Asia visits Vietnam and Cambodia", p,
  [P("Tom Hartley", "GB", "Minister for Asia"), L("Vietnam", "VN"), L("Cambodia", "KH"), L("UK", "GB"), O("European Union", None),
   L("Hanoi", "VN"), P("Pham Quoc Thanh", "VN", "Deputy Prime Minister and Foreign Minister of Vietnam"),
   P("Le Minh Tuan", "VN", "Minister of Industry and Trade of Vietnam"), L("Ho Chi Minh City", "VN"), L("Phnom Penh", "KH"),
   P("Sok Vannak", "KH", "Foreign Minister of Cambodia"), L("Da Nang", "VN"), P("Arun Chaiyasit", "TH", "Foreign Minister of Thailand"),
   L("Bangkok", "TH")],
  [V("Tom Hartley", "GB", "Hanoi", "VN", "2020-02-12", "2020-02-14", ["Pham Quoc Thanh", "Le Minh Tuan"], "ONGOING", s[0]),
   V("Tom Hartley", "GB", "Phnom Penh", "KH", "2020-02-15", None, ["Sok Vannak"], "PLANNED", s[4]),
   V("Tom Hartley", "GB", "Bangkok", "TH", "2019-10", None, ["Arun Chaiyasit"], "COMPLETED", s[7])],
  [C("UK", "PLEDGE", "provide £8 million to help Vietnam phase out coal-fired power generation and expand offshore wind", "Vietnam", None, s[2]),
   C("Tom Hartley", "PLAN", "open a new trade office in Da Nang", None, None, s[6])],
  "Vietnam: three-day visit begun today (12 February), so 2020-02-12 to 2020-02-14, ONGOING; Hanoi is the place (Ho Chi Minh City "
  "is the same visit). Cambodia: PLANNED, 15 February stated, host Sok Vannak. The Bangkok meeting in October 2019 is a "
  "background visit with its host. The UK's £8 million is a PLEDGE by the UK. The quoted 'We will open a new trade office' goes "
  "to the speaker (judgement call; the UK would be the alternative reading), 'later this year' gives due null. Not a commitment: "
  "'The UK is committed to a long-term partnership' (policy statement). 'British' merged into UK; 'the region' not annotated; "
  "the European Union appears as the body the UK left.")

# ---------------------------------------------------------------- 13. Kremlin news item, host at home
p = [["August 20, 2025, The Kremlin, Moscow."],
     ["Vladimir Putin held talks with President of the Republic of Uzbekistan Rustam Yuldashev, who is in Russia on a state visit."],
     ["The talks began in a restricted format and continued with the participation of the two countries' delegations.",
      "Earlier in the day, the President of Uzbekistan met with Prime Minister of Russia Mikhail Mishustin."],
     ["Following the talks, the two presidents adopted a joint statement and witnessed the signing of a number of intergovernmental agreements on peaceful uses of nuclear energy, labour migration and education."],
     ["Vladimir Putin and Rustam Yuldashev then made press statements."],
     ["\"We have agreed that Rosatom will begin construction of the second unit of the nuclear power plant in the Jizzakh Region next year,\" the President of Russia said.",
      "\"Russia will also open branches of two more leading Russian universities in Tashkent and Samarkand.\""],
     ["The President of Uzbekistan said his country was interested in further increasing supplies of Russian natural gas and was prepared to expand the transit of goods to South Asia through its territory."],
     ["Rustam Yuldashev invited Vladimir Putin to visit Uzbekistan next year."],
     ["On August 21, the President of Uzbekistan will visit St Petersburg."]]
s = sents(p)
A("s2-13-kremlin-putin-yuldashev", "2025-08-20", "The Kremlin, Moscow", "President of Russia (en.kremlin.ru)",
  "Russian-Uzbekistani talks", p,
  [L("Kremlin", "RU"), L("Moscow", "RU"), P("Vladimir Putin", "RU", "President of Russia"),
   P("Rustam Yuldashev", "UZ", "President of Uzbekistan"), L("Uzbekistan", "UZ"), L("Russia", "RU"),
   P("Mikhail Mishustin", "RU", "Prime Minister of Russia"), O("Rosatom", "RU"), L("Jizzakh Region", "UZ"), L("Tashkent", "UZ"),
   L("Samarkand", "UZ"), L("South Asia", None), L("St Petersburg", "RU")],
  [V("Rustam Yuldashev", "UZ", "Moscow", "RU", "2025-08-20", None, ["Vladimir Putin", "Mikhail Mishustin"], "ONGOING", s[1])],
  [C("Rosatom", "PLAN", "begin construction of the second unit of the nuclear power plant in the Jizzakh Region", "Uzbekistan", None, s[6]),
   C("Russia", "PLAN", "open branches of two more leading Russian universities in Tashkent and Samarkand", "Uzbekistan", None, s[7]),
   C("Rustam Yuldashev", "OFFER", "invited Vladimir Putin to visit Uzbekistan", "Vladimir Putin", None, s[9])],
  "State visit, ONGOING on 2025-08-20 (St Petersburg on the 21st is the same country, so the same visit; end not stated). Place "
  "Moscow, the dateline city (the Kremlin is the site; judgement call, as for the Kremlin items of the dev set). Hosts Putin and "
  "Mishustin. Commitments go to the party that will carry them out (Rosatom, Russia); 'next year' is a year only, so due null "
  "(as 'for 2021' in the dev set). Invitation not accepted in the text: OFFER, no visit. Not commitments: the agreements and joint "
  "statement (past), 'was interested in' and 'was prepared to expand' (interest, readiness). 'Republic of Uzbekistan' is "
  "Uzbekistan; 'Russian'/'Uzbekistani' merged into the countries.")

# ---------------------------------------------------------------- 14. EU press release, planned two-country trip, background visit
p = [["Brussels, 14 October 2021"],
     ["European Commissioner for International Partnerships Helena Lindqvist will travel to Kyrgyzstan and Tajikistan from 18 to 21 October to step up cooperation with Central Asia on green energy, education and border management."],
     ["In Bishkek, the Commissioner will meet President Nurlan Asanov and Minister of Foreign Affairs Aibek Toktogulov.",
      "In Dushanbe, she will be received by Prime Minister Farrukh Nazarov."],
     ["During the visit, the Commissioner will sign financing agreements under which the European Union will provide €20 million for small hydropower in Kyrgyzstan and €15 million for border management in Tajikistan."],
     ["Ahead of the visit, Commissioner Lindqvist said: \"Central Asia matters to Europe. The EU stands ready to support the region in managing the consequences of the crisis in Afghanistan, and we want to be the partner of choice for its young people.\""],
     ["This will be the Commissioner's second visit to the region this year, after her trip to Tashkent in June."],
     ["The EU-Central Asia Ministerial Meeting will take place in Dushanbe on 22 November."]]
s = sents(p)
A("s2-14-eu-lindqvist-kyrgyzstan-tajikistan", "2021-10-14", "Brussels", "European Commission (press release)",
  "Commissioner Lindqvist travels to Kyrgyzstan and Tajikistan", p,
  [L("Brussels", "BE"), P("Helena Lindqvist", None, "European Commissioner for International Partnerships"), L("Kyrgyzstan", "KG"),
   L("Tajikistan", "TJ"), L("Central Asia", None), L("Bishkek", "KG"), P("Nurlan Asanov", "KG", "President of Kyrgyzstan"),
   P("Aibek Toktogulov", "KG", "Minister of Foreign Affairs of Kyrgyzstan"), L("Dushanbe", "TJ"),
   P("Farrukh Nazarov", "TJ", "Prime Minister of Tajikistan"), O("European Union", None), L("Europe", None), L("Afghanistan", "AF"),
   L("Tashkent", "UZ")],
  [V("Helena Lindqvist", None, "Bishkek", "KG", "2021-10", None, ["Nurlan Asanov", "Aibek Toktogulov"], "PLANNED", s[2]),
   V("Helena Lindqvist", None, "Dushanbe", "TJ", "2021-10", None, ["Farrukh Nazarov"], "PLANNED", s[3]),
   V("Helena Lindqvist", None, "Tashkent", "UZ", "2021-06", None, [], "COMPLETED", s[6])],
  [C("European Union", "PLEDGE", "provide €20 million for small hydropower in Kyrgyzstan", "Kyrgyzstan", None, s[4]),
   C("European Union", "PLEDGE", "provide €15 million for border management in Tajikistan", "Tajikistan", None, s[4])],
  "Two-leg planned trip; the range 18-21 October covers the whole trip and lies in one month, and no leg has its own day, so "
  "both legs get 2021-10 (end null). Hosts as named per leg. The funding sentence lists two distinct amounts: two PLEDGEs by the "
  "European Union (same evidence); signing during the visit is itinerary, the money is the pledge. Not commitments: 'stands "
  "ready to support' (readiness), 'we want to be the partner of choice' (wish), the ministerial meeting on 22 November (no "
  "committing party or attendee named; an event). The June Tashkent trip is a background visit (June before October 2021). "
  "Lindqvist serves the EU (visitorCountry null); 'EU' mentions are the European Union. The Commission is the publisher.")

# ---------------------------------------------------------------- 15. Japan MOFA, foreign ministers' meeting
p = [["On June 4, commencing at 5:30 p.m. for approximately 60 minutes, Mr. NAKAGAWA Ryota, Minister for Foreign Affairs of Japan, held a Japan-Chile Foreign Ministers' Meeting with H.E. Ms. Valentina Rojas, Minister of Foreign Affairs of the Republic of Chile, who is visiting Japan as a Guest of the Ministry of Foreign Affairs.",
      "Prior to the meeting, Minister Rojas paid a courtesy call on Mr. SATO Kenichi, Prime Minister of Japan.",
      "The overview of the meeting is as follows."],
     ["1. Minister Nakagawa welcomed Minister Rojas's visit to Japan, the first by a Chilean Foreign Minister in five years, and recalled his own visit to Chile last September.",
      "Minister Nakagawa stated that Japan will extend grant aid of up to 1.2 billion yen for the improvement of seismic and tsunami monitoring equipment in Chile, and the two ministers witnessed the signing of the Exchange of Notes for the project."],
     ["2. The two ministers confirmed that they would hold the second Japan-Chile Economic Dialogue in Santiago in the first half of next year, and concurred to accelerate cooperation on critical minerals, including lithium and copper."],
     ["3. Minister Rojas expressed her hope for further Japanese investment in Chile's green hydrogen sector."],
     ["4. The two ministers also exchanged views on regional situations, including North Korea, and shared the view that they will continue to work closely together to maintain and strengthen a free and open international order based on the rule of law."]]
s = sents(p)
A("s2-15-mofa-japan-chile-fm-meeting", "2026-06-05", None, "Ministry of Foreign Affairs of Japan",
  "Japan-Chile Foreign Ministers' Meeting", p,
  [P("NAKAGAWA Ryota", "JP", "Minister for Foreign Affairs of Japan"), P("Valentina Rojas", "CL", "Minister of Foreign Affairs of Chile"),
   L("Japan", "JP"), L("Chile", "CL"), P("SATO Kenichi", "JP", "Prime Minister of Japan"), L("Santiago", "CL"), L("North Korea", "KP")],
  [V("Valentina Rojas", "CL", None, "JP", "2026-06-04", None, ["NAKAGAWA Ryota", "SATO Kenichi"], "ONGOING", s[0]),
   V("NAKAGAWA Ryota", "JP", None, "CL", "2025-09", None, [], "COMPLETED", s[3])],
  [C("Japan", "PLEDGE", "extend grant aid of up to 1.2 billion yen for seismic and tsunami monitoring equipment in Chile", "Chile", None, s[4]),
   C("NAKAGAWA Ryota", "PLAN", "hold the second Japan-Chile Economic Dialogue in Santiago", "Valentina Rojas", None, s[5]),
   C("NAKAGAWA Ryota", "PROMISE", "accelerate cooperation on critical minerals, including lithium and copper", "Valentina Rojas", None, s[5])],
  "No city is named (Tokyo would be outside knowledge), so place null; 'who is visiting Japan' at the 4 June meeting gives start "
  "2026-06-04 and ONGOING; hosts Nakagawa and Sato. 'recalled his own visit to Chile last September' = background visit 2025-09. "
  "Names as written (MOFA's SURNAME Given order; 'Mr.', 'H.E. Ms.' are honorifics). The grant aid is a PLEDGE by Japan. Joint "
  "undertakings ('confirmed that they would hold', 'concurred to accelerate') go to the first-named party, Nakagawa; judgement "
  "call: 'confirmed that they would hold' is read as an agreement to a future meeting (PLAN), and 'concurred to accelerate "
  "cooperation' as agreed to + action (PROMISE); 'in the first half of next year' gives due null. Not commitments: 'welcomed', "
  "'expressed her hope', 'shared the view that they will continue to work closely' (agreement on an assessment/continuation). "
  "The Ministry of Foreign Affairs is the publisher; the Exchange of Notes and the Economic Dialogue are not entities.")

# ---------------------------------------------------------------- 16. India MEA, announced state visit
p = [["At the invitation of Prime Minister Shri Narendra Modi, His Excellency Mr. Mario Benítez Acosta, President of the Republic of Paraguay, will pay a State Visit to India from 01-04 December 2019.",
      "This will be the first visit by a Paraguayan Head of State to India."],
     ["President Benítez will be accompanied by Minister of Foreign Affairs Mr. Luis Alberto Cardozo, senior officials and a business delegation."],
     ["During the visit, President Benítez will hold delegation-level talks with Prime Minister Modi in New Delhi on 02 December.",
      "President Shri Ram Nath Kovind will receive him at Rashtrapati Bhavan and host a banquet in his honour.",
      "External Affairs Minister Dr. S. Jaishankar will call on the visiting dignitary.",
      "Agreements in the fields of agriculture, health and information technology are expected to be signed during the visit."],
     ["On 03 December, President Benítez will travel to Mumbai, where he will address a business forum organised by the Federation of Indian Chambers of Commerce and Industry (FICCI)."],
     ["India and Paraguay enjoy warm and friendly relations.",
      "India opened a resident mission in Asunción in 2019, and the Government of India has committed to set up a Centre of Excellence in Information Technology in Asunción.",
      "Bilateral trade stood at US$ 280 million in 2018-19."],
     ["New Delhi"], ["November 28, 2019"]]
s = sents(p)
A("s2-16-mea-paraguay-state-visit", "2019-11-28", "New Delhi", "Ministry of External Affairs, Government of India",
  "State Visit of the President of Paraguay to India (December 01-04, 2019)", p,
  [P("Narendra Modi", "IN", "Prime Minister of India"), P("Mario Benítez Acosta", "PY", "President of Paraguay"), L("Paraguay", "PY"),
   L("India", "IN"), P("Luis Alberto Cardozo", "PY", "Minister of Foreign Affairs of Paraguay"), L("New Delhi", "IN"),
   P("Ram Nath Kovind", "IN", "President of India"), L("Rashtrapati Bhavan", "IN"), P("S. Jaishankar", "IN", "External Affairs Minister of India"),
   L("Mumbai", "IN"), O("Federation of Indian Chambers of Commerce and Industry", "IN"), L("Asunción", "PY"), O("Government of India", "IN")],
  [V("Mario Benítez Acosta", "PY", "New Delhi", "IN", "2019-12-01", "2019-12-04", ["Narendra Modi", "Ram Nath Kovind", "S. Jaishankar"], "PLANNED", s[0])],
  [C("Government of India", "PLEDGE", "set up a Centre of Excellence in Information Technology in Asunción", "Paraguay", None, s[9])],
  "Announced state visit 1-4 December 2019: PLANNED, start/end as stated; place New Delhi (talks there; Mumbai is the same "
  "country, same visit). Hosts: Modi, Kovind, Jaishankar (the named Indians he will meet); Cardozo is a co-traveller (no visit, "
  "not a host). Real office-holders of 2019 appear only as counterparts. The invitation is already accepted (it is the visit). "
  "Talks, the banquet, the call and the FICCI address are itinerary items; 'are expected to be signed' is a possibility. One "
  "PLEDGE: 'has committed to set up a Centre of Excellence' (committed to + action; aid in kind), by the Government of India "
  "(named). 'Shri', 'Dr.', 'His Excellency Mr.' are honorifics; 'Paraguayan' is Paraguay; the unnamed 'resident mission' is not annotated. The closing place/date lines are the "
  "release's own dateline, kept.")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "articles.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for a in arts:
        f.write(json.dumps(a, ensure_ascii=False) + "\n")
print(len(arts), "articles,",
      sum(len(a["gold"]["entities"]) for a in arts), "entities,",
      sum(len(a["gold"]["visits"]) for a in arts), "visits,",
      sum(len(a["gold"]["commitments"]) for a in arts), "commitments")
