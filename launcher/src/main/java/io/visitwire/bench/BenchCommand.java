package io.visitwire.bench;

import io.visitwire.cli.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code visitwire bench}: throughput and latency of the engine, CoreNLP, the whole stack and ingest. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure visitwire on a generated corpus of synthetic news articles: (enrich) enrichment"
                + " throughput on 1 and N threads, (raw) bare CoreNLP with the engine's annotators and with CoreNLP's"
                + " default English NER, (single-pass) the same rules on the pipeline the cascade replaced, (e2e) POST -> visit event throughput and latency on the embedded broker at a"
                + " fixed rate, (ingest) HTTP ingest requests/s against Kafka's ProducerPerformance on the same broker."
                + " Prints a table on stdout (progress on stderr); --json for every figure. Figures are medians of"
                + " --runs runs. Never run it on a busy machine if you want to compare."})
public final class BenchCommand implements Callable<Integer> {

    static final Set<String> SECTIONS = new LinkedHashSet<>(List.of(
            EnrichSection.NAME, RawNlpSection.NAME, SinglePassSection.NAME, EndToEndSection.NAME, IngestSection.NAME));

    @Spec
    CommandSpec spec;

    @Option(names = "--only", split = ",", paramLabel = "SECTION",
            description = "sections to run, comma-separated: enrich, raw, single-pass, e2e, ingest (default: all);"
                    + " they run in that order")
    List<String> only;

    @Option(names = "--articles", defaultValue = "20", description = "corpus size for enrich and raw (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--warmup", defaultValue = "3", description = "warm-up articles per engine, untimed (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--settle", defaultValue = "60",
            description = "e2e: seconds at the start of the window left out of the steady-state latency figures (default: ${DEFAULT-VALUE})")
    int settleSeconds;

    @Option(names = "--runs", defaultValue = "1", description = "runs per section; the table shows the median (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--threads", description = "N for the N-thread figures (default: available processors)")
    Integer threads;

    @Option(names = "--seed", defaultValue = "" + CorpusGenerator.DEFAULT_SEED, description = "corpus seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--rate", defaultValue = "2", description = "e2e offered rate, articles/s (default: ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--duration", defaultValue = "60", description = "e2e offered window, seconds (default: ${DEFAULT-VALUE})")
    int durationSeconds;

    @Option(names = "--http-clients", defaultValue = "32", description = "ingest: concurrent HTTP clients (default: ${DEFAULT-VALUE})")
    int httpClients;

    @Option(names = "--ingest-duration", defaultValue = "20", description = "ingest: seconds of HTTP load per run (default: ${DEFAULT-VALUE})")
    int ingestSeconds;

    @Option(names = "--perf-records", defaultValue = "20000", description = "ingest: records sent by ProducerPerformance (default: ${DEFAULT-VALUE})")
    int perfRecords;

    @Option(names = "--corpus-out", paramLabel = "FILE",
            description = "write the generated corpus (--articles, --seed) as JSON Lines, one article as POST /articles"
                    + " takes it per line, and exit without measuring: the same text for the load command, the API or"
                    + " the enrich-service probes")
    Path corpusOut;

    @Option(names = "--jmh",
            description = "run the JMH speed guard instead (module bench-jmh: enrich, defaultNer, rulesOnly, the ratio):"
                    + " the ./visitwire script starts bench-jmh/target/benchmarks.jar with the rest of the line as JMH options")
    boolean jmh;

    @Option(names = "--json", arity = "0..1", fallbackValue = "-", paramLabel = "FILE",
            description = "also write every figure as JSON to FILE (or stdout with no FILE, instead of the table)")
    String json;

    @Override
    public Integer call() throws Exception {
        if (jmh) {
            spec.commandLine().getErr().println("--jmh is run by the ./visitwire script: ./visitwire bench --jmh [JMH options],"
                    + " or java -jar bench-jmh/target/benchmarks.jar [JMH options]");
            return 2;
        }
        Set<String> selected = new LinkedHashSet<>(only == null || only.isEmpty() ? SECTIONS : only);
        for (String section : selected) {
            if (!SECTIONS.contains(section)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "Unknown section '" + section + "'; choose from " + SECTIONS);
            }
        }
        // in the documented order: single-pass loads a second pipeline, which must not count in enrich's heap figure
        selected = new LinkedHashSet<>(SECTIONS.stream().filter(selected::contains).toList());
        if (runs < 1 || articles < 1 || rate <= 0 || durationSeconds < 1 || httpClients < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--runs, --articles, --rate, --duration and --http-clients must be positive");
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Progress progress = new Progress(System.err);
        CorpusGenerator generator = new CorpusGenerator(seed);
        List<SyntheticArticle> corpus = generator.generate(articles);
        List<SyntheticArticle> warmUp = generator.generate(articles, warmup);
        if (corpusOut != null) {
            Files.write(corpusOut, corpus.stream().map(SyntheticArticle::toJson).toList(), StandardCharsets.UTF_8);
            progress.say("wrote %d articles to %s", corpus.size(), corpusOut);
            return 0;
        }

        BenchReport report = new BenchReport(settings(selected, n), MachineInfo.describe());
        TokenCounts tokens = null;
        if (selected.contains(EnrichSection.NAME) || selected.contains(RawNlpSection.NAME)
                || selected.contains(SinglePassSection.NAME)) {
            tokens = new TokenCounts();
            report.add(new Figure("corpus", "articles", "articles", corpus.size()));
            report.add(new Figure("corpus", "tokens (CoreNLP, title + body)", "tokens", tokens.total(corpus)));
            report.add(new Figure("corpus", "tokens per article (mean)", "tokens",
                    tokens.total(corpus) / (double) corpus.size()));
        }
        List<BenchSection> sections = new ArrayList<>();
        for (String name : selected) {
            sections.add(switch (name) {
                case EnrichSection.NAME -> new EnrichSection(corpus, warmUp, tokens, n);
                case RawNlpSection.NAME -> new RawNlpSection(corpus, warmUp, tokens, n);
                case SinglePassSection.NAME -> new SinglePassSection(corpus, warmUp, tokens);
                case EndToEndSection.NAME -> new EndToEndSection(generator, rate, Duration.ofSeconds(durationSeconds),
                        warmup, Duration.ofSeconds(settleSeconds), progress);
                default -> new IngestSection(corpus, httpClients, Duration.ofSeconds(ingestSeconds), perfRecords);
            });
        }
        for (BenchSection section : sections) {
            try (section) {
                progress.say("bench %s: preparing (loading, warm-up)", section.name());
                section.prepare();
                for (int run = 0; run < runs; run++) {
                    progress.say("bench %s: run %d of %d", section.name(), run + 1, runs);
                    List<Figure> figures = section.run(run);
                    figures.forEach(f -> progress.say("  %s: %s %s", f.name(), BenchReport.format(f.value()), f.unit()));
                    report.addAll(figures);
                }
                report.addAll(section.after());
            }
        }
        report.deriveRatios();
        if ("-".equals(json)) {
            System.out.println(report.json());
        } else {
            System.out.print(report.table());
            if (json != null) {
                Files.writeString(Path.of(json), report.json(), StandardCharsets.UTF_8);
                progress.say("JSON written to %s", json);
            }
        }
        System.out.flush();
        return 0;
    }

    private Map<String, Object> settings(Set<String> selected, int n) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("command", "visitwire " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
        settings.put("sections", List.copyOf(selected));
        settings.put("articles", articles);
        settings.put("warmup", warmup);
        settings.put("runs", runs);
        settings.put("threads", n);
        settings.put("seed", seed);
        settings.put("rate", rate);
        settings.put("durationSeconds", durationSeconds);
        settings.put("settleSeconds", settleSeconds);
        settings.put("httpClients", httpClients);
        settings.put("ingestSeconds", ingestSeconds);
        settings.put("perfRecords", perfRecords);
        settings.put("engineAnnotators", "cascade: every sentence " + io.visitwire.extraction.nlp.NlpPipeline.taggerProperties()
                + "; SUTime on sentences with time cues; depparse on sentences with visit or commitment triggers");
        settings.put("singlePassAnnotators", io.visitwire.extraction.nlp.NlpPipeline.properties().toString());
        settings.put("defaultNerAnnotators", RawNlpSection.DEFAULT_NER_ANNOTATORS + " (CoreNLP default ner options)");
        settings.put("e2eEnrichStreamThreads", "enrich.stream.threads default (cores, at most topics.partitions), as `visitwire up`");
        return settings;
    }
}
