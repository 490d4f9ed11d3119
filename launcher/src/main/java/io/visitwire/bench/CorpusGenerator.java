package io.visitwire.bench;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * Synthetic news-like articles about official visits: templates with invented people, real
 * country and city names, titles, dates, meetings, calls and commitments. Deterministic: article
 * {@code i} of a seed is always the same text, whatever else was generated. Each article has
 * 500-1000 tokens, like a wire story, so NLP cost per article is realistic. No copyrighted text.
 */
public final class CorpusGenerator {

    public static final long DEFAULT_SEED = 20240305L;

    record Country(String name, String demonym, String capital, String city, String palace) {
    }

    private static final List<Country> COUNTRIES = List.of(
            new Country("Norway", "Norwegian", "Oslo", "Bergen", "the Royal Palace"),
            new Country("Kenya", "Kenyan", "Nairobi", "Mombasa", "State House"),
            new Country("Brazil", "Brazilian", "Brasilia", "Sao Paulo", "the Planalto Palace"),
            new Country("Japan", "Japanese", "Tokyo", "Osaka", "the Kantei"),
            new Country("India", "Indian", "New Delhi", "Mumbai", "Hyderabad House"),
            new Country("Germany", "German", "Berlin", "Hamburg", "the Chancellery"),
            new Country("Indonesia", "Indonesian", "Jakarta", "Surabaya", "Merdeka Palace"),
            new Country("Mexico", "Mexican", "Mexico City", "Monterrey", "the National Palace"),
            new Country("Nigeria", "Nigerian", "Abuja", "Lagos", "the State House"),
            new Country("Vietnam", "Vietnamese", "Hanoi", "Ho Chi Minh City", "the Presidential Palace"),
            new Country("Poland", "Polish", "Warsaw", "Krakow", "the Belweder Palace"),
            new Country("Egypt", "Egyptian", "Cairo", "Alexandria", "Ittihadiya Palace"),
            new Country("Australia", "Australian", "Canberra", "Sydney", "Parliament House"),
            new Country("Chile", "Chilean", "Santiago", "Valparaiso", "La Moneda Palace"),
            new Country("Kazakhstan", "Kazakh", "Astana", "Almaty", "the Akorda"),
            new Country("Turkey", "Turkish", "Ankara", "Istanbul", "the Presidential Complex"),
            new Country("Canada", "Canadian", "Ottawa", "Toronto", "Rideau Hall"),
            new Country("Ghana", "Ghanaian", "Accra", "Kumasi", "Jubilee House"),
            new Country("Philippines", "Philippine", "Manila", "Cebu", "Malacanang Palace"),
            new Country("Morocco", "Moroccan", "Rabat", "Casablanca", "the Royal Palace"),
            new Country("Sweden", "Swedish", "Stockholm", "Gothenburg", "Rosenbad"),
            new Country("Argentina", "Argentine", "Buenos Aires", "Cordoba", "the Casa Rosada"),
            new Country("South Korea", "South Korean", "Seoul", "Busan", "the Yongsan office"),
            new Country("France", "French", "Paris", "Marseille", "the Elysee Palace"),
            new Country("Ethiopia", "Ethiopian", "Addis Ababa", "Dire Dawa", "the National Palace"),
            new Country("Azerbaijan", "Azerbaijani", "Baku", "Ganja", "the Presidential Palace"),
            new Country("Peru", "Peruvian", "Lima", "Arequipa", "the Government Palace"),
            new Country("Thailand", "Thai", "Bangkok", "Chiang Mai", "Government House"));

    private static final List<String> FIRST_NAMES = List.of(
            "Anders", "Miriam", "Tomasz", "Adaeze", "Kenji", "Lucia", "Rafael", "Ingrid", "Samuel", "Leila",
            "Daniel", "Hana", "Oluwaseun", "Marta", "Viktor", "Amina", "Carlos", "Sofia", "Jonas", "Priya",
            "Nikolai", "Grace", "Hugo", "Yasmin", "Pedro", "Elena", "Kwame", "Ayumi", "Felix", "Nadia");
    private static final List<String> LAST_NAMES = List.of(
            "Haldorsen", "Okonkwo", "Kowalczyk", "Tanaka", "Ferreira", "Lindqvist", "Mwangi", "Castellanos",
            "Brenner", "Rahimova", "Nakamura", "Adeyemi", "Vasquez", "Petrenko", "Ishikawa", "Moreau",
            "Osei", "Santoro", "Halvorsen", "Kariuki", "Delacroix", "Novak", "Suleimenov", "Ramirez",
            "Achterberg", "Mensah", "Takahashi", "Villanueva", "Grabowski", "Amadou");
    private static final List<String> VISITOR_TITLES = List.of(
            "Foreign Minister", "Prime Minister", "President", "Defense Minister", "Trade Minister",
            "Finance Minister", "Vice President", "Energy Minister", "Deputy Prime Minister");
    private static final List<String> HOST_TITLES = List.of(
            "President", "Prime Minister", "Foreign Minister", "Defense Minister", "Economy Minister");
    private static final List<String> TOPICS = List.of(
            "energy", "trade", "maritime security", "climate finance", "infrastructure", "public health",
            "agriculture", "digital services", "education", "critical minerals", "tourism", "water management");
    private static final List<String> PROJECTS = List.of(
            "a solar power plant", "a new port terminal", "rural clinics", "a railway link", "a vaccine plant",
            "teacher training", "flood defenses", "a fiber-optic backbone", "irrigation schemes", "a wind farm");
    private static final List<String> ORGS = List.of(
            "the World Bank", "the United Nations", "the African Union", "the European Union",
            "the International Monetary Fund", "the Asian Development Bank", "NATO", "the World Health Organization");
    private static final List<String> SUMMITS = List.of(
            "G20 summit", "United Nations General Assembly", "climate conference", "World Economic Forum",
            "regional security forum");
    private static final List<String> OUTLETS = List.of(
            "Wire Desk", "Global Affairs Bulletin", "Capital Dispatch", "Daily Diplomat", "World Briefing");
    private static final List<String> THINK_TANKS = List.of(
            "the Institute for Regional Studies", "the Center for Trade Policy", "the Atlantic Policy Forum",
            "the Global Development Council");

    private final long seed;

    public CorpusGenerator(long seed) {
        this.seed = seed;
    }

    /** Articles {@code 0 .. count-1}. */
    public List<SyntheticArticle> generate(int count) {
        return generate(0, count);
    }

    /** Articles {@code first .. first+count-1}. */
    public List<SyntheticArticle> generate(int first, int count) {
        List<SyntheticArticle> articles = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            articles.add(article(i));
        }
        return articles;
    }

    /** Article {@code index}: always the same for the same seed. */
    public SyntheticArticle article(int index) {
        Random r = new Random(seed * 1_000_003L + index);
        Story s = new Story(r);
        List<Function<Story, String>> middle = new ArrayList<>(List.of(
                CorpusGenerator::talks, CorpusGenerator::call, CorpusGenerator::hostPledge,
                CorpusGenerator::economy, CorpusGenerator::quote, CorpusGenerator::critics,
                CorpusGenerator::history, CorpusGenerator::schedule, CorpusGenerator::business,
                CorpusGenerator::analyst, CorpusGenerator::invitation, CorpusGenerator::region,
                CorpusGenerator::security));
        Collections.shuffle(middle, r);
        int extra = 6 + r.nextInt(5);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(lead(s));
        paragraphs.add(meeting(s));
        for (int i = 0; i < extra; i++) {
            paragraphs.add(middle.get(i).apply(s));
            if (i == 1) {
                paragraphs.add(pledge(s));
            }
        }
        paragraphs.add(closing(s));
        String title = switch (r.nextInt(4)) {
            case 0 -> s.vTitle + " " + s.vLast + " visits " + s.host.name() + " to boost " + s.topic1 + " ties";
            case 1 -> s.visitorCountry.demonym() + " " + s.vTitle.toLowerCase(Locale.ROOT) + " arrives in "
                    + s.host.capital() + " for talks on " + s.topic2;
            case 2 -> s.vLast + " and " + s.hLast + " agree to deepen " + s.topic1 + " cooperation";
            default -> s.visitorCountry.name() + " pledges $" + s.amount + " million during " + s.vLast
                    + " visit to " + s.host.name();
        };
        String id = String.format(Locale.ROOT, "bench-%d-%05d", seed, index);
        return new SyntheticArticle(id, OUTLETS.get(r.nextInt(OUTLETS.size())), s.published,
                s.host.capital().toUpperCase(Locale.ROOT), title, String.join("\n\n", paragraphs), s.visitor,
                s.visitorCountry.name(), s.host.name(), s.host.capital(), s.start);
    }

    /** The people, places and dates of one story. */
    private static final class Story {
        final Random r;
        final Country visitorCountry;
        final Country host;
        final Country third;
        final Country fourth;
        final String vTitle;
        final String vFirst;
        final String vLast;
        final String visitor;
        final String hTitle;
        final String hLast;
        final String hostPerson;
        final String host2;
        final String thirdPerson;
        final String pron;
        final String poss;
        final LocalDate start;
        final LocalDate published;
        final int days;
        final String topic1;
        final String topic2;
        final String topic3;
        final int amount;

        Story(Random r) {
            this.r = r;
            List<Country> countries = new ArrayList<>(COUNTRIES);
            Collections.shuffle(countries, r);
            visitorCountry = countries.get(0);
            host = countries.get(1);
            third = countries.get(2);
            fourth = countries.get(3);
            vTitle = pick(VISITOR_TITLES);
            vFirst = pick(FIRST_NAMES);
            vLast = pick(LAST_NAMES);
            visitor = vFirst + " " + vLast;
            pron = r.nextBoolean() ? "he" : "she";
            poss = pron.equals("he") ? "his" : "her";
            hTitle = pick(HOST_TITLES);
            hLast = otherThan(vLast);
            hostPerson = pick(FIRST_NAMES) + " " + hLast;
            host2 = pick(FIRST_NAMES) + " " + otherThan(vLast, hLast);
            thirdPerson = pick(FIRST_NAMES) + " " + otherThan(vLast, hLast);
            start = LocalDate.of(2015 + r.nextInt(10), 1 + r.nextInt(12), 1 + r.nextInt(27));
            days = 2 + r.nextInt(3);
            published = start.plusDays(r.nextInt(2));
            List<String> topics = new ArrayList<>(TOPICS);
            Collections.shuffle(topics, r);
            topic1 = topics.get(0);
            topic2 = topics.get(1);
            topic3 = topics.get(2);
            amount = 20 + 5 * r.nextInt(60);
        }

        String pick(List<String> values) {
            return values.get(r.nextInt(values.size()));
        }

        private String otherThan(String... taken) {
            while (true) {
                String name = pick(LAST_NAMES);
                if (!List.of(taken).contains(name)) {
                    return name;
                }
            }
        }

        String weekday(LocalDate date) {
            return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }

        String longDate(LocalDate date) {
            return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getDayOfMonth()
                    + ", " + date.getYear();
        }

        String monthYear(LocalDate date) {
            return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear();
        }
    }

    private static String lead(Story s) {
        return s.host.capital().toUpperCase(Locale.ROOT) + ", " + s.longDate(s.published) + " — "
                + s.visitorCountry.demonym() + " " + s.vTitle + " " + s.visitor + " arrived in " + s.host.capital()
                + " on " + s.weekday(s.start) + " for a " + s.days + "-day official visit to " + s.host.name()
                + ", the first by a " + s.visitorCountry.demonym() + " " + s.vTitle.toLowerCase(Locale.ROOT)
                + " in " + (3 + s.r.nextInt(12)) + " years, aiming to expand cooperation on " + s.topic1 + " and "
                + s.topic2 + ". " + s.vLast + " was greeted at the airport by " + s.host.demonym()
                + " Foreign Minister " + s.host2 + " and a military honor guard.";
    }

    private static String meeting(Story s) {
        return s.vLast + " met " + s.hTitle + " " + s.hostPerson + " at " + s.host.palace() + " on "
                + s.weekday(s.start.plusDays(1)) + ", and the two delegations signed " + (2 + s.r.nextInt(6))
                + " agreements covering " + s.topic1 + ", " + s.topic2 + " and " + s.topic3
                + ", according to a statement released by the " + s.host.demonym() + " foreign ministry. "
                + "\"Our countries share more than a border of interests; we share a future,\" " + s.hLast
                + " told reporters after the meeting, which lasted almost " + (2 + s.r.nextInt(3)) + " hours.";
    }

    private static String pledge(Story s) {
        return s.visitorCountry.name() + " pledged $" + s.amount + " million to help build " + pick(s, PROJECTS)
                + " in " + s.host.name() + " over the next " + (3 + s.r.nextInt(5)) + " years, " + s.vLast
                + " said at a joint news conference. \"We will deliver the first tranche before the end of "
                + s.start.getYear() + ", and we will report on every dollar,\" " + s.pron + " said, adding that "
                + s.visitorCountry.demonym() + " engineers would arrive in " + s.host.city() + " by "
                + s.monthYear(s.start.plusMonths(3 + s.r.nextInt(6))) + ".";
    }

    private static String talks(Story s) {
        return "The talks also touched on " + s.topic3 + " and on the situation in " + s.third.name()
                + ", officials said. " + s.vLast + " and " + s.hLast + " agreed to set up a joint working group"
                + " that will meet every " + (3 + s.r.nextInt(4)) + " months, alternating between "
                + s.visitorCountry.capital() + " and " + s.host.capital() + ", and to hold the first session in "
                + s.monthYear(s.start.plusMonths(2)) + ".";
    }

    private static String call(Story s) {
        return "Before leaving " + s.visitorCountry.capital() + ", " + s.vLast + " held a phone call with "
                + s.third.demonym() + " President " + s.thirdPerson + " to discuss " + s.topic2
                + " and the preparations for the " + pick(s, SUMMITS) + " later this year. The two leaders spoke for"
                + " about " + (20 + s.r.nextInt(40)) + " minutes, according to a readout published by "
                + s.poss + " office on " + s.weekday(s.start.minusDays(2)) + ".";
    }

    private static String hostPledge(Story s) {
        return s.hLast + " promised to cut tariffs on " + s.visitorCountry.demonym() + " machinery by "
                + (5 + s.r.nextInt(20)) + " percent and committed to open a trade office in "
                + s.visitorCountry.capital() + " by " + s.monthYear(s.start.plusMonths(6 + s.r.nextInt(12)))
                + ". " + s.host.name() + " will also send a delegation of " + (10 + s.r.nextInt(40))
                + " business leaders to " + s.visitorCountry.city() + " in the autumn, the ministry said.";
    }

    private static String economy(Story s) {
        return "Trade between " + s.visitorCountry.name() + " and " + s.host.name() + " reached $"
                + (1 + s.r.nextInt(30)) + "." + s.r.nextInt(10) + " billion last year, up " + (2 + s.r.nextInt(18))
                + " percent from the year before, according to figures from " + pick(s, ORGS) + ". "
                + s.host.demonym() + " exports are dominated by " + pick(s, TOPICS) + " products, while "
                + s.visitorCountry.demonym() + " companies have invested heavily in " + s.host.city()
                + ", the country's largest commercial center.";
    }

    private static String quote(Story s) {
        return "\"This visit is not about ceremonies, it is about results,\" " + s.vLast + " said in a speech at "
                + "the University of " + s.host.capital() + " on " + s.weekday(s.start.plusDays(1))
                + " afternoon. \"When we meet again next year, I want us to measure what we built, not what we"
                + " promised.\" Students asked " + s.poss + " about scholarships, visas and " + s.topic2
                + ", and " + s.pron + " answered questions for nearly an hour.";
    }

    private static String critics(Story s) {
        return "Opposition lawmakers in " + s.host.capital() + " criticized the agreements, saying they had not"
                + " been debated in parliament. \"The government signs first and explains later,\" said "
                + pick(s, FIRST_NAMES) + " " + pick(s, LAST_NAMES) + ", a member of the foreign affairs committee,"
                + " who called for the texts to be published within " + (10 + s.r.nextInt(20)) + " days.";
    }

    private static String history(Story s) {
        return "The two leaders last met in " + s.fourth.capital() + " in "
                + s.monthYear(s.start.minusMonths(4 + s.r.nextInt(20))) + " on the sidelines of the "
                + pick(s, SUMMITS) + ". Relations cooled briefly in " + (s.start.getYear() - 1 - s.r.nextInt(4))
                + " over a fishing dispute, but ministers from both countries have exchanged " + (3 + s.r.nextInt(8))
                + " visits since then.";
    }

    private static String schedule(Story s) {
        return "On " + s.weekday(s.start.plusDays(2)) + ", " + s.vLast + " is scheduled to travel to "
                + s.host.city() + ", where " + s.pron + " will tour " + pick(s, PROJECTS)
                + " financed in part by " + pick(s, ORGS) + " and meet local business leaders. "
                + s.poss.substring(0, 1).toUpperCase(Locale.ROOT) + s.poss.substring(1)
                + " aides said a visit to a refugee reception center near the border was also under consideration.";
    }

    private static String business(Story s) {
        return "A delegation of " + (15 + s.r.nextInt(60)) + " executives accompanied " + s.vLast
                + ", including representatives of " + s.visitorCountry.demonym() + " banks, construction firms and "
                + "shipping companies. Several of them signed memorandums of understanding worth a combined $"
                + (50 + s.r.nextInt(900)) + " million at a business forum in " + s.host.capital()
                + " organized by the chamber of commerce.";
    }

    private static String analyst(Story s) {
        return "\"" + s.host.name() + " wants partners that bring money and technology without conditions,\" said "
                + pick(s, FIRST_NAMES) + " " + pick(s, LAST_NAMES) + ", a senior fellow at " + pick(s, THINK_TANKS)
                + ". \"The question is whether these pledges will be financed, or whether they will join the long"
                + " list of announcements that never leave the paper.\"";
    }

    private static String invitation(Story s) {
        return s.hostPerson + " accepted an invitation to visit " + s.visitorCountry.name() + " next year, "
                + "the " + s.visitorCountry.demonym() + " embassy said. No date has been set, but diplomats said a"
                + " trip in " + s.monthYear(s.start.plusMonths(8 + s.r.nextInt(6)))
                + " was being discussed, possibly combined with a stop in " + s.third.capital() + ".";
    }

    private static String region(Story s) {
        return "The visit comes as " + s.third.name() + " and " + s.fourth.name() + " compete for influence in the "
                + "region. " + s.third.demonym() + " officials visited " + s.host.capital() + " in "
                + s.monthYear(s.start.minusMonths(1 + s.r.nextInt(5))) + " and offered loans for " + pick(s, PROJECTS)
                + ", while " + s.fourth.demonym() + " companies won contracts for " + pick(s, PROJECTS) + ".";
    }

    private static String security(Story s) {
        return "Security was tight in central " + s.host.capital() + ", where police closed several roads around "
                + s.host.palace() + " for most of the day. Around " + (100 + s.r.nextInt(900))
                + " demonstrators gathered peacefully near the parliament building, calling for action on "
                + s.topic3 + ".";
    }

    private static String closing(Story s) {
        return s.vLast + " will leave " + s.host.name() + " on " + s.weekday(s.start.plusDays(s.days))
                + " for " + s.third.name() + ", the next stop of a regional tour that also includes "
                + s.fourth.name() + ". " + s.pron.substring(0, 1).toUpperCase(Locale.ROOT) + s.pron.substring(1)
                + " is due back in " + s.visitorCountry.capital() + " on " + s.longDate(s.start.plusDays(s.days + 4))
                + ".";
    }

    private static String pick(Story s, List<String> values) {
        return s.pick(values);
    }
}
