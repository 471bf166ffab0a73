package org.peersite.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a Server-Sent Events stream on its own thread into a queue that tests poll with a timeout. */
final class SseClient implements AutoCloseable {

    /** One event as the stream spelled it. */
    record Event(String id, String name, String data) {

        /** The URL paths in one of the data's string arrays ({@code changed}, {@code removed}). */
        List<String> paths(String field) {
            Matcher array = Pattern.compile("\"" + field + "\":\\[(.*?)]").matcher(data);
            if (!array.find()) {
                throw new AssertionError("no " + field + " in " + data);
            }
            List<String> paths = new ArrayList<>();
            Matcher string = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(array.group(1));
            while (string.find()) {
                paths.add(string.group(1));
            }
            return paths;
        }

        boolean flag(String field) {
            return data.contains("\"" + field + "\":true");
        }

        long version() {
            Matcher m = Pattern.compile("\"version\":(\\d+)").matcher(data);
            if (!m.find()) {
                throw new AssertionError("no version in " + data);
            }
            return Long.parseLong(m.group(1));
        }
    }

    /** How long a test waits for an event before it fails: a safety net, not a measurement. */
    static final Duration PATIENCE = Duration.ofSeconds(20);

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;

    private SseClient(HttpResponse<InputStream> response) {
        this.response = response;
        this.reader = new Thread(this::read, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static SseClient open(HttpClient client, URI uri, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        headers.forEach(request::header);
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new AssertionError("event stream answered " + response.statusCode());
            }
            return new SseClient(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    HttpResponse<InputStream> response() {
        return response;
    }

    /** The next event; fails the test when none comes in {@link #PATIENCE}. */
    Event next() {
        try {
            Event event = events.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            if (event == null) {
                throw new AssertionError("no event within " + PATIENCE);
            }
            return event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Skips events until one matches. */
    Event next(Predicate<Event> wanted) {
        while (true) {
            Event event = next();
            if (wanted.test(event)) {
                return event;
            }
        }
    }

    /** An event that has already arrived, or null: for checking that nothing more was announced. */
    Event pending() {
        return events.poll();
    }

    @Override
    public void close() throws IOException {
        response.body().close();
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new Event(id, name, data.toString()));
                    }
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("id: ")) {
                    id = line.substring(4);
                } else if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring(6));
                }
            }
        } catch (IOException closed) {
            // close() ended the stream.
        }
    }
}
