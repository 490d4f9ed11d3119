import json
P=lambda n,c,t=None:{"name":n,"type":"PERSON","country":c,"title":t}
L=lambda n,c:{"name":n,"type":"LOCATION","country":c,"title":None}
O=lambda n,c:{"name":n,"type":"ORGANIZATION","country":c,"title":None}
def V(visitor,vc,place,country,start,end,hosts,status,ev):
    return {"visitor":visitor,"visitorCountry":vc,"place":place,"country":country,"start":start,"end":end,"hosts":hosts,"status":status,"evidence":ev}
def C(committer,kind,action,recipient,due,ev):
    return {"committer":committer,"recipient":recipient,"action":action,"kind":kind,"due":due,"evidence":ev}
arts=[]
def A(id,published,dateline,source,title,sents,entities,visits,commitments,notes=""):
    body=" ".join(sents)
    for v in visits: assert v["evidence"] in body,(id,v["evidence"])
    for c in commitments: assert c["evidence"] in body,(id,c["evidence"])
    arts.append({"id":id,"url":"https://example.org/"+id,"source":source,"licence":"written for visitwire (Apache-2.0); invented people and events",
      "published":published,"dateline":dateline,"title":title,"body":body,
      "gold":{"entities":entities,"visits":visits,"commitments":commitments},"notes":notes})

s=["SEOUL, July 15 (Yonhap) -- Vietnamese Foreign Minister Tran Van Hoa arrived in Seoul on Wednesday for a three-day visit, the foreign ministry said.",
 "Tran will hold talks with Foreign Minister Park Ji-won on Thursday to discuss trade and security cooperation, the ministry said in a statement.",
 "He is also scheduled to meet Prime Minister Lee Sang-min before leaving for Tokyo on Friday.",
 "\"We will expand our cooperation in semiconductors and energy,\" Park told reporters.",
 "Tran last visited South Korea in March 2024."]
A("own-01-wire-seoul","2026-07-15","SEOUL","Yonhap","Vietnamese foreign minister arrives in Seoul for talks",s,
 [P("Tran Van Hoa","VN","Foreign Minister of Vietnam"),L("Seoul","KR"),P("Park Ji-won","KR","Foreign Minister"),P("Lee Sang-min","KR","Prime Minister"),L("Tokyo","JP"),L("South Korea","KR")],
 [V("Tran Van Hoa","VN","Seoul","KR","2026-07-15","2026-07-17",["Park Ji-won","Lee Sang-min"],"ONGOING",s[0]),
  V("Tran Van Hoa","VN","Tokyo","JP","2026-07-17",None,[],"PLANNED",s[2]),
  V("Tran Van Hoa","VN",None,"KR","2024-03",None,[],"COMPLETED",s[4])],
 [C("Park Ji-won","PROMISE","expand cooperation in semiconductors and energy",None,None,s[3])])

s=["March 6, 2026, The Kremlin, Moscow.",
 "Vladimir Putin held talks with President of Mongolia Batbold Erdene, who is in Russia on an official visit.",
 "The two leaders discussed energy transit, a railway project and cultural exchanges.",
 "Following the talks, the President of Russia and the President of Mongolia signed a joint statement.",
 "Russia will supply an additional 200,000 tonnes of fuel to Mongolia by the end of the year, Vladimir Putin said.",
 "The Mongolian leader invited Vladimir Putin to visit Ulaanbaatar next year."]
A("own-02-kremlin-mongolia","2026-03-06","The Kremlin, Moscow","Kremlin","Talks with President of Mongolia Batbold Erdene",s,
 [P("Vladimir Putin","RU","President of Russia"),L("Kremlin","RU"),L("Moscow","RU"),P("Batbold Erdene","MN","President of Mongolia"),L("Russia","RU"),L("Mongolia","MN"),L("Ulaanbaatar","MN")],
 [V("Batbold Erdene","MN","Moscow","RU","2026-03-06",None,["Vladimir Putin"],"ONGOING",s[1])],
 [C("Russia","PLEDGE","supply an additional 200,000 tonnes of fuel to Mongolia","Mongolia","2026-12-31",s[4]),
  C("Batbold Erdene","OFFER","invited Vladimir Putin to visit Ulaanbaatar","Vladimir Putin","2027",s[5])],
 "an invitation not yet accepted is an OFFER, not a visit")

s=["The Foreign Secretary, Helen Ashworth, has arrived in Nairobi today (20 May) for a two-day visit to Kenya.",
 "During the visit she will meet President Samuel Mwangi and Cabinet Secretary for Foreign Affairs Grace Njeri to discuss climate finance and regional security.",
 "The Foreign Secretary will announce £45 million of new UK funding for drought resilience in northern Kenya.",
 "She will then travel on to Addis Ababa, where she will meet Mahamat Idriss, Chairperson of the African Union Commission.",
 "Foreign Secretary Helen Ashworth said: \"The UK stands ready to support Kenya's leadership in the region.\"",
 "The Foreign Secretary last visited Kenya in 2024."]
A("own-03-govuk-nairobi","2026-05-20",None,"GOV.UK","Foreign Secretary visits Kenya to boost UK-Kenya partnership",s,
 [P("Helen Ashworth","GB","Foreign Secretary"),L("Nairobi","KE"),L("Kenya","KE"),P("Samuel Mwangi","KE","President"),P("Grace Njeri","KE","Cabinet Secretary for Foreign Affairs"),L("UK","GB"),L("Addis Ababa","ET"),P("Mahamat Idriss",None,"Chairperson of the African Union Commission"),O("African Union Commission",None)],
 [V("Helen Ashworth","GB","Nairobi","KE","2026-05-20",None,["Samuel Mwangi","Grace Njeri"],"ONGOING",s[0]),
  V("Helen Ashworth","GB","Addis Ababa","ET",None,None,["Mahamat Idriss"],"PLANNED",s[3]),
  V("Helen Ashworth","GB",None,"KE","2024",None,[],"COMPLETED",s[5])],
 [C("UK","PLEDGE","provide £45 million of new funding for drought resilience in northern Kenya","Kenya",None,s[2])])

s=["Deputy Secretary of State Daniel Morales traveled to Manila, the Philippines, September 8-9, where he met with Philippine Foreign Secretary Maria Castillo and National Security Adviser Ramon Dizon.",
 "The Deputy Secretary reaffirmed the United States' ironclad commitment to the Philippines under the Mutual Defense Treaty.",
 "He announced that the United States will provide an additional $12 million in maritime security assistance to the Philippine Coast Guard.",
 "In Jakarta on September 10, Deputy Secretary Morales held talks with Indonesian Foreign Minister Dewi Lestari on clean energy and critical minerals.",
 "The two sides agreed to hold the next round of their strategic dialogue in Washington early next year."]
A("own-04-readout-manila-jakarta","2026-09-11",None,"Department of State","Deputy Secretary Morales's Travel to the Philippines and Indonesia",s,
 [P("Daniel Morales","US","Deputy Secretary of State"),L("Manila","PH"),L("Philippines","PH"),P("Maria Castillo","PH","Foreign Secretary of the Philippines"),P("Ramon Dizon","PH","National Security Adviser"),L("United States","US"),O("Philippine Coast Guard","PH"),L("Jakarta","ID"),P("Dewi Lestari","ID","Foreign Minister of Indonesia"),L("Washington","US")],
 [V("Daniel Morales","US","Manila","PH","2026-09-08","2026-09-09",["Maria Castillo","Ramon Dizon"],"COMPLETED",s[0]),
  V("Daniel Morales","US","Jakarta","ID","2026-09-10",None,["Dewi Lestari"],"COMPLETED",s[3])],
 [C("United States","PLEDGE","provide an additional $12 million in maritime security assistance","Philippine Coast Guard",None,s[2]),
  C("United States","PLAN","hold the next round of their strategic dialogue in Washington",None,"2027",s[4])])

s=["BRASILIA, Oct 2 (Reuters) - Brazilian President Marcos Albuquerque has postponed a state visit to China that had been scheduled for Oct. 12-15, his office said on Friday, citing medical advice after minor surgery.",
 "Albuquerque had been due to meet Chinese President Xi Jinping in Beijing and to sign agreements on agriculture and infrastructure.",
 "\"The president is recovering well and will reschedule the trip as soon as possible,\" spokesman Paulo Teixeira told reporters.",
 "Foreign Minister Ana Ribeiro will travel to Beijing next week instead to prepare the agenda, the ministry said.",
 "China is Brazil's largest trading partner."]
A("own-05-wire-brazil-postponed","2026-10-02","BRASILIA","Reuters","Brazil's president postpones China trip after surgery",s,
 [L("BRASILIA","BR"),P("Marcos Albuquerque","BR","President of Brazil"),L("China","CN"),P("Xi Jinping","CN","President of China"),L("Beijing","CN"),P("Paulo Teixeira","BR","spokesman"),P("Ana Ribeiro","BR","Foreign Minister"),L("Brazil","BR")],
 [V("Marcos Albuquerque","BR","Beijing","CN","2026-10-12","2026-10-15",["Xi Jinping"],"CANCELLED",s[0]),
  V("Ana Ribeiro","BR","Beijing","CN","2026-10",None,[],"PLANNED",s[3])],
 [C("Marcos Albuquerque","PLAN","reschedule the trip",None,None,s[2])])

s=["PARIS, April 23 (AFP) - French President Claire Dubois received Nigerian President Ibrahim Musa at the Elysee Palace on Thursday for talks on security in the Sahel and migration.",
 "Musa, who is on a three-day state visit to France, was welcomed with military honours before the two leaders sat down for a working lunch.",
 "France pledged 300 million euros to support Nigeria's power grid, Dubois told a joint news conference.",
 "Musa is due to travel to Marseille on Friday to visit the port before flying home on Saturday.",
 "\"We hope this visit opens a new chapter,\" the Nigerian leader said."]
A("own-06-wire-paris-host","2026-04-23","PARIS","AFP","French president hosts Nigerian leader for Sahel talks",s,
 [L("PARIS","FR"),P("Claire Dubois","FR","President of France"),P("Ibrahim Musa","NG","President of Nigeria"),L("Elysee Palace","FR"),L("Sahel",None),L("France","FR"),L("Nigeria","NG"),L("Marseille","FR")],
 [V("Ibrahim Musa","NG","Paris","FR","2026-04-23","2026-04-25",["Claire Dubois"],"ONGOING",s[0])],
 [C("France","PLEDGE","provide 300 million euros to support Nigeria's power grid","Nigeria",None,s[2])])

s=["European Commissioner for Enlargement Pieter Jansen travelled to Kyiv on 12 November, where he met Ukrainian Prime Minister Oksana Kovalenko and Foreign Minister Andriy Bondar.",
 "The Commissioner announced that the European Union will disburse a further €1.5 billion under the Ukraine Facility before the end of the year.",
 "The EU will also help Ukraine repair its energy infrastructure ahead of the winter.",
 "Jansen will visit Chisinau, Moldova, next month to discuss the country's accession talks."]
A("own-07-eu-kyiv","2026-11-13",None,"European Commission","Commissioner Jansen in Kyiv: further support for Ukraine",s,
 [P("Pieter Jansen",None,"European Commissioner for Enlargement"),L("Kyiv","UA"),P("Oksana Kovalenko","UA","Prime Minister of Ukraine"),P("Andriy Bondar","UA","Foreign Minister"),O("European Union",None),L("Ukraine","UA"),L("Chisinau","MD"),L("Moldova","MD")],
 [V("Pieter Jansen",None,"Kyiv","UA","2026-11-12",None,["Oksana Kovalenko","Andriy Bondar"],"COMPLETED",s[0]),
  V("Pieter Jansen",None,"Chisinau","MD","2026-12",None,[],"PLANNED",s[3])],
 [C("European Union","PLEDGE","disburse a further €1.5 billion under the Ukraine Facility","Ukraine","2026-12-31",s[1]),
  C("European Union","PLEDGE","help Ukraine repair its energy infrastructure","Ukraine",None,s[2])])

s=["TOKYO (AP) — Japanese Foreign Minister Kenji Watanabe will travel to Australia and New Zealand next week for talks on regional security, the Foreign Ministry said Wednesday.",
 "Watanabe will meet Australian Foreign Minister Sarah Collins in Canberra on Feb. 10 and New Zealand Foreign Minister Mere Parata in Wellington on Feb. 12.",
 "Watanabe spoke by phone with Chinese Foreign Minister Liu Wei on Tuesday, urging Beijing to show restraint in the East China Sea.",
 "During his visit to Manila in December, Watanabe agreed to provide coastal radar systems to the Philippines.",
 "Japan will host a meeting of Pacific island foreign ministers in Tokyo in May."]
A("own-08-wire-tokyo-itinerary","2026-02-04","TOKYO","AP","Japan's foreign minister to visit Australia and New Zealand",s,
 [L("TOKYO","JP"),P("Kenji Watanabe","JP","Foreign Minister of Japan"),L("Australia","AU"),L("New Zealand","NZ"),O("Foreign Ministry","JP"),P("Sarah Collins","AU","Foreign Minister of Australia"),L("Canberra","AU"),P("Mere Parata","NZ","Foreign Minister of New Zealand"),L("Wellington","NZ"),P("Liu Wei","CN","Foreign Minister of China"),L("Beijing","CN"),L("East China Sea",None),L("Manila","PH"),L("Philippines","PH"),L("Japan","JP")],
 [V("Kenji Watanabe","JP","Canberra","AU","2026-02-10",None,["Sarah Collins"],"PLANNED",s[1]),
  V("Kenji Watanabe","JP","Wellington","NZ","2026-02-12",None,["Mere Parata"],"PLANNED",s[1]),
  V("Kenji Watanabe","JP","Manila","PH","2025-12",None,[],"COMPLETED",s[3])],
 [C("Japan","PLEDGE","provide coastal radar systems to the Philippines","Philippines",None,s[3]),
  C("Japan","PLAN","host a meeting of Pacific island foreign ministers in Tokyo",None,"2026-05",s[4])],
 "a phone call is not a visit")

s=["BEIJING, June 18 (Xinhua) -- Chinese Premier Zhao Ming met with visiting Kazakh Prime Minister Askar Nurlanov in Beijing on Thursday, calling for closer cooperation on transport corridors.",
 "Nurlanov, who is in China for a four-day official visit, also held talks with Vice President Han Wen.",
 "China is ready to work with Kazakhstan to expand trade in agricultural products, Zhao said.",
 "The two sides signed agreements on railway links and customs.",
 "Nurlanov will travel to Xi'an on Friday before returning to Astana."]
A("own-09-wire-beijing-visiting","2026-06-18","BEIJING","Xinhua","Chinese premier meets Kazakh prime minister",s,
 [L("Beijing","CN"),P("Zhao Ming","CN","Premier of China"),P("Askar Nurlanov","KZ","Prime Minister of Kazakhstan"),L("China","CN"),P("Han Wen","CN","Vice President"),L("Kazakhstan","KZ"),L("Xi'an","CN"),L("Astana","KZ")],
 [V("Askar Nurlanov","KZ","Beijing","CN","2026-06-18",None,["Zhao Ming","Han Wen"],"ONGOING",s[0])],
 [],
 "'is ready to' is readiness, not a commitment; Xi'an is the same country, so the same visit")

s=["The Prime Minister welcomed Polish Prime Minister Tomasz Zielinski to Downing Street today.",
 "The leaders discussed defence industrial cooperation and support for Ukraine.",
 "The Prime Minister confirmed that the UK will deliver a further 20 air defence systems to Poland by March.",
 "Prime Minister Zielinski invited the Prime Minister to visit Warsaw later this year."]
A("own-10-govuk-downing-street","2026-01-22",None,"GOV.UK","PM meeting with Prime Minister Zielinski of Poland: 22 January 2026",s,
 [P("Tomasz Zielinski","PL","Prime Minister of Poland"),L("Downing Street","GB"),L("Ukraine","UA"),L("UK","GB"),L("Poland","PL"),L("Warsaw","PL")],
 [V("Tomasz Zielinski","PL","Downing Street","GB","2026-01-22",None,[],"COMPLETED",s[0])],
 [C("UK","PLEDGE","deliver a further 20 air defence systems to Poland","Poland","2026-03",s[2]),
  C("Tomasz Zielinski","OFFER","invited the Prime Minister to visit Warsaw",None,None,s[3])],
 "the host is not named (the Prime Minister), so the visit has no host")

s=["WASHINGTON — Vice President Laura Chen has canceled a planned trip to Guatemala and Honduras next week because of the hurricane response, the White House said on Friday.",
 "Chen had been scheduled to meet Guatemalan President Rafael Ortiz in Guatemala City on August 12.",
 "Secretary of Homeland Security Mark Delaney will lead the U.S. delegation instead.",
 "The United States will provide $25 million in emergency assistance to communities affected by the storm, the White House said."]
A("own-11-wire-washington-cancelled","2026-08-07","WASHINGTON","AP","Vice president cancels Central America trip",s,
 [L("WASHINGTON","US"),P("Laura Chen","US","Vice President"),L("Guatemala","GT"),L("Honduras","HN"),O("White House","US"),P("Rafael Ortiz","GT","President of Guatemala"),L("Guatemala City","GT"),P("Mark Delaney","US","Secretary of Homeland Security"),L("United States","US")],
 [V("Laura Chen","US","Guatemala City","GT","2026-08-12",None,["Rafael Ortiz"],"CANCELLED",s[1]),
  V("Laura Chen","US",None,"HN","2026-08",None,[],"CANCELLED",s[0]),
  V("Mark Delaney","US",None,"GT","2026-08",None,[],"PLANNED",s[2]),
  V("Mark Delaney","US",None,"HN","2026-08",None,[],"PLANNED",s[2])],
 [C("United States","PLEDGE","provide $25 million in emergency assistance to communities affected by the storm",None,None,s[3])],
 "the substitute who leads the delegation instead makes the same trip")

s=["September 3, 2026, Hanoi.",
 "Vladimir Putin arrived in Vietnam on a state visit.",
 "At Noi Bai International Airport, the President of Russia was met by President of Vietnam Nguyen Van Long.",
 "Russian-Vietnamese talks will take place tomorrow at the Presidential Palace.",
 "Following the talks, the two presidents are expected to sign a comprehensive strategic partnership declaration.",
 "From Hanoi, Vladimir Putin will travel to Vientiane, Laos, for talks with President Khamla Sisavath."]
A("own-12-kremlin-hanoi-abroad","2026-09-03","Hanoi","Kremlin","Vladimir Putin arrived in Vietnam on a state visit",s,
 [P("Vladimir Putin","RU","President of Russia"),L("Hanoi","VN"),L("Vietnam","VN"),L("Noi Bai International Airport","VN"),P("Nguyen Van Long","VN","President of Vietnam"),L("Presidential Palace","VN"),L("Vientiane","LA"),L("Laos","LA"),P("Khamla Sisavath","LA","President")],
 [V("Vladimir Putin","RU","Hanoi","VN","2026-09-03",None,["Nguyen Van Long"],"ONGOING",s[1]),
  V("Vladimir Putin","RU","Vientiane","LA",None,None,["Khamla Sisavath"],"PLANNED",s[5])],
 [],
 "talks tomorrow are the visit's itinerary; 'expected to sign' is a possibility")
with open("/work/main/launcher/src/test/resources/own-sample/articles.jsonl","w") as f:
    for a in arts: f.write(json.dumps(a,ensure_ascii=False)+"\n")
print(len(arts))
