package org.peersite.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.peersite.Generator;
import org.peersite.serve.Preview;

/**
 * Measures the dev server's edit-to-announce latency: from the moment a Markdown file has been saved to the
 * moment a browser's live-reload stream receives the {@code change} event for it. Works on a copy of a site
 * (the folders given are only read), saves one page over and over with a different sentence each time, and
 * prints the median and spread, with the server's own split into quiet period and rebuild.
 *
 * <pre>
 * java -cp generator/benchmarks/target/benchmarks.jar org.peersite.bench.ServeLatency content templates about.md 30 100
 * </pre>
 *
 * Arguments: content folder, templates folder, the page to edit (relative to content), warm-up saves, measured
 * saves. Not thread-safe; a tool, run by hand.
 */
public final class ServeLatency {

    private ServeLatency() {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path templates = Path.of(args[1]);
        String page = args.length > 2 ? args[2] : "about.md";
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        int measured = args.length > 4 ? Integer.parseInt(args[4]) : 100;

        try (SiteCopy work = SiteCopy.of(content, templates)) {
            measure(work, page, warmUp, measured);
        }
    }

    private static void measure(SiteCopy work, String page, int warmUp, int measured) throws Exception {
        Path file = work.content().resolve(page);
        String original = Files.readString(file, StandardCharsets.UTF_8);

        BlockingQueue<Preview.Rebuilt> rebuilds = new LinkedBlockingQueue<>();
        Generator generator = Generator.builder().content(work.content()).templates(work.templates())
                .displayBase(work.root()).build();
        try (Preview preview = Preview.builder(generator).port(0).listener(rebuilds::add).start()) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(preview.url().resolve("/__peersite/events"))
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
            BlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> readEvents(stream.body(), arrivals), "latency-sse");
            reader.setDaemon(true);
            reader.start();

            List<Double> endToEnd = new ArrayList<>();
            List<Double> quiet = new ArrayList<>();
            List<Double> server = new ArrayList<>();
            for (int i = 0; i < warmUp + measured; i++) {
                String edited = original + "\nMeasured save number " + i + ".\n";
                long saved;
                Files.writeString(file, edited, StandardCharsets.UTF_8);
                saved = System.nanoTime();
                Long arrived = arrivals.poll(30, TimeUnit.SECONDS);
                Preview.Rebuilt rebuilt = rebuilds.poll(30, TimeUnit.SECONDS);
                if (arrived == null || rebuilt == null) {
                    throw new IllegalStateException("no change event for save " + i);
                }
                if (i >= warmUp) {
                    endToEnd.add((arrived - saved) / 1e6);
                    quiet.add(rebuilt.waited().toNanos() / 1e6);
                    server.add(rebuilt.took().toNanos() / 1e6);
                }
            }
            stream.body().close();
            System.out.printf(Locale.ROOT, "site: %d files, %d pages rendered per rebuild; %d warm-up saves, %d measured%n",
                    preview.snapshot().files().size(), preview.snapshot().pagesRendered(), warmUp, measured);
            print("save -> event at the browser", endToEnd);
            print("first file event -> end of quiet period", quiet);
            print("first file event -> announced", server);
        }
    }

    private static void readEvents(InputStream body, BlockingQueue<Long> arrivals) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("event: change")) {
                    arrivals.add(System.nanoTime());
                }
            }
        } catch (IOException closed) {
            // The measurement is over.
        }
    }

    private static void print(String what, List<Double> millis) {
        System.out.printf(Locale.ROOT, "%-42s %s%n", what, Samples.of(millis).describe("ms"));
    }
}
